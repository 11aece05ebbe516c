#include "tools/pyxc/python_probe.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <vector>

#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/process.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

// One subprocess, no `import numpy` (that alone costs 3x the probe): find_spec locates the
// package and its headers sit at a fixed place inside it (core/ for 1.x, _core/ for 2.x).
constexpr const char* kProbeScript = R"PY(
import importlib.util, json, os, sys, sysconfig
info = {
    "executable": sys.executable,
    "include_dir": sysconfig.get_paths()["include"],
    "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX") or "",
    "numpy_include": "",
    "version": "%d.%d.%d" % sys.version_info[:3],
}
# Where packages get installed: their mtimes tell pyxc when a cached probe is stale. The
# user site directory counts even before it exists (`pip install --user` creates it).
dirs = [p for p in sys.path if p and os.path.isdir(p)]
try:
    import site
    if site.getusersitepackages() not in dirs:
        dirs.append(site.getusersitepackages())
except Exception:
    pass
info["site_dirs"] = "\n".join(dirs)
try:
    spec = importlib.util.find_spec("numpy")
except Exception:
    spec = None
if spec is not None and spec.submodule_search_locations:
    base = list(spec.submodule_search_locations)[0]
    for sub in ("_core/include", "core/include"):
        inc = os.path.join(base, sub)
        if os.path.isfile(os.path.join(inc, "numpy", "arrayobject.h")):
            info["numpy_include"] = inc
            break
print(json.dumps(info))
)PY";

// ------------------------------------------------------------------ flat JSON objects

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// Parses {"key": "string" | null, ...} (what the probe and the cache write). nullopt if the
/// text is anything else.
std::optional<std::map<std::string, std::string>> parse_flat_json(std::string_view text) {
  std::size_t i = 0;
  auto skip_ws = [&] {
    while (i < text.size() && std::strchr(" \t\r\n", text[i])) ++i;
  };
  auto read_hex4 = [&](std::uint32_t* cp) {
    if (i + 4 > text.size()) return false;
    *cp = 0;
    for (int k = 0; k < 4; ++k) {
      char c = text[i++];
      *cp <<= 4;
      if (c >= '0' && c <= '9')
        *cp |= c - '0';
      else if (c >= 'a' && c <= 'f')
        *cp |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        *cp |= c - 'A' + 10;
      else
        return false;
    }
    return true;
  };
  auto read_string = [&](std::string* out) {
    if (i >= text.size() || text[i] != '"') return false;
    ++i;
    while (i < text.size() && text[i] != '"') {
      char c = text[i++];
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (i >= text.size()) return false;
      char e = text[i++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          *out += e;
          break;
        case 'b':
          *out += '\b';
          break;
        case 'f':
          *out += '\f';
          break;
        case 'n':
          *out += '\n';
          break;
        case 'r':
          *out += '\r';
          break;
        case 't':
          *out += '\t';
          break;
        case 'u': {
          std::uint32_t cp;
          if (!read_hex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < text.size() && text[i] == '\\' &&
              text[i + 1] == 'u') {
            i += 2;
            std::uint32_t low;
            if (!read_hex4(&low)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(*out, cp);
          break;
        }
        default:
          return false;
      }
    }
    if (i >= text.size()) return false;
    ++i;
    return true;
  };

  std::map<std::string, std::string> result;
  skip_ws();
  if (i >= text.size() || text[i++] != '{') return std::nullopt;
  skip_ws();
  if (i < text.size() && text[i] == '}') return result;
  for (;;) {
    std::string key, value;
    skip_ws();
    if (!read_string(&key)) return std::nullopt;
    skip_ws();
    if (i >= text.size() || text[i++] != ':') return std::nullopt;
    skip_ws();
    if (text.substr(i, 4) == "null") {
      i += 4;
    } else if (!read_string(&value)) {
      return std::nullopt;
    }
    result[key] = value;
    skip_ws();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    if (i < text.size() && text[i] == '}') return result;
    return std::nullopt;
  }
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

using JsonFields = std::map<std::string, std::string>;

std::optional<PythonInfo> info_from_fields(JsonFields& fields) {
  PythonInfo info;
  info.executable = fields["executable"];
  info.include_dir = fields["include_dir"];
  info.ext_suffix = fields["ext_suffix"];
  info.numpy_include = fields["numpy_include"];
  info.version = fields["version"];
  if (info.executable.empty() || info.include_dir.empty()) return std::nullopt;
  return info;
}

// ------------------------------------------------------------------ the probe cache

/// "path@mtime" of the file that tells a pyenv shim which version to run: the nearest
/// .python-version from the current directory up, else pyenv's global `version` file.
std::string pyenv_version_file_stamp(const fs::path& shim) {
  std::error_code ec;
  std::vector<fs::path> candidates;
  for (fs::path dir = fs::current_path(ec); !ec && !dir.empty(); dir = dir.parent_path()) {
    candidates.push_back(dir / ".python-version");
    if (dir == dir.root_path()) break;
  }
  const char* root = std::getenv("PYENV_ROOT");
  candidates.push_back(root && *root ? fs::path(root) / "version"
                                     : shim.parent_path().parent_path() / "version");
  for (const auto& file : candidates) {
    struct stat st;
    if (stat(file.c_str(), &st) == 0)
      return fmt::format("{}@{}.{:09}", file.string(), st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
  }
  return "";
}

/// What a cached probe depends on: the interpreter file itself (a reinstall changes its
/// mtime) and, for a pyenv shim, what picks the version behind it ($PYENV_VERSION, or a
/// .python-version file found from the current directory up).
std::string cache_key(const std::string& program_path) {
  std::error_code ec;
  fs::path real = fs::canonical(program_path, ec);
  if (ec) return "";
  struct stat st;
  if (stat(real.c_str(), &st) != 0) return "";
  std::string key = fmt::format("{}|{}.{:09}|{}", real.string(), st.st_mtim.tv_sec,
                                st.st_mtim.tv_nsec, st.st_size);
  for (const char* var : {"PYTHONPATH", "PYTHONHOME", "PYTHONNOUSERSITE", "PYTHONUSERBASE"}) {
    const char* value = std::getenv(var);
    key += fmt::format("|{}", value ? value : "");
  }
  if (real.string().find("/shims/") != std::string::npos) {
    const char* pyenv = std::getenv("PYENV_VERSION");
    key += fmt::format("|{}|{}", pyenv ? pyenv : "", pyenv_version_file_stamp(real));
  }
  return key;
}

/// Installing or removing a package (numpy, say) changes the modification time of the
/// directory it goes into, so these stamps tell when a cached "no numpy" went stale.
std::string site_stamp(const std::string& site_dirs) {
  std::string stamp;
  std::size_t start = 0;
  while (start <= site_dirs.size()) {
    std::size_t end = site_dirs.find('\n', start);
    if (end == std::string::npos) end = site_dirs.size();
    std::string dir = site_dirs.substr(start, end - start);
    struct stat st;
    if (!dir.empty() && stat(dir.c_str(), &st) == 0)
      stamp += fmt::format("{}.{:09};", st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    else
      stamp += "-;";
    start = end + 1;
  }
  return stamp;
}

std::string cache_file(const std::string& key) {
  std::string dir = cache_dir();
  if (dir.empty() || key.empty()) return "";
  std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : key) hash = (hash ^ c) * 1099511628211ull;
  return fmt::format("{}/python-{:016x}.json", dir, hash);
}

std::optional<PythonInfo> read_cache(const std::string& key) {
  std::string path = cache_file(key), text;
  if (path.empty() || !read_file(path, &text)) return std::nullopt;
  auto fields = parse_flat_json(text);
  if (!fields || (*fields)["key"] != key) return std::nullopt;
  if ((*fields)["site_stamp"] != site_stamp((*fields)["site_dirs"])) return std::nullopt;
  auto info = info_from_fields(*fields);
  // The interpreter a shim resolved to may have been removed since.
  if (!info || access(info->executable.c_str(), X_OK) != 0) return std::nullopt;
  return info;
}

void write_cache(const std::string& key, const PythonInfo& info, const std::string& site_dirs) {
  std::string path = cache_file(key);
  if (path.empty()) return;
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::string text = fmt::format(
      "{{\"key\": {}, \"executable\": {}, \"include_dir\": {}, \"ext_suffix\": {}, "
      "\"numpy_include\": {}, \"version\": {}, \"site_dirs\": {}, \"site_stamp\": {}}}\n",
      json_quote(key), json_quote(info.executable), json_quote(info.include_dir),
      json_quote(info.ext_suffix), json_quote(info.numpy_include), json_quote(info.version),
      json_quote(site_dirs), json_quote(site_stamp(site_dirs)));
  // Write then rename, so a concurrent pyxc never reads half a file.
  std::string staging = fmt::format("{}.{}.tmp", path, getpid());
  std::string error;
  if (write_file(staging, text, &error)) fs::rename(staging, path, ec);
  if (ec) fs::remove(staging, ec);
}

// ------------------------------------------------------------------ probing

/// Probes `program` (a name looked up in PATH, or a path). On failure returns nullopt with
/// the reason in *why.
std::optional<PythonInfo> probe(const std::string& program, bool verbose, std::string* why) {
  std::string path = find_in_path(program);
  if (path.empty()) {
    *why = "not found";
    return std::nullopt;
  }
  std::string key = cache_key(path);
  if (auto cached = read_cache(key)) {
    if (verbose)
      fmt::print(stderr, "pyxc: python: {} -> {} (cached)\n", program, cached->executable);
    return cached;
  }
  std::string out;
  ProcessResult run = run_capture({path, "-c", kProbeScript}, &out);
  if (!run.started) {
    *why = fmt::format("cannot run {}: {}", path, run.error);
    return std::nullopt;
  }
  auto fields = run.exit_code == 0 ? parse_flat_json(out) : std::nullopt;
  auto info = fields ? info_from_fields(*fields) : std::nullopt;
  if (!info) {
    *why = fmt::format("{} does not run as a Python 3 interpreter (exit status {})", path,
                       run.exit_code);
    return std::nullopt;
  }
  if (verbose) fmt::print(stderr, "pyxc: python: {} -> {} (probed)\n", program, info->executable);
  write_cache(key, *info, (*fields)["site_dirs"]);
  return info;
}

}  // namespace

std::optional<PythonInfo> select_python(const std::string& requested, bool verbose,
                                        std::string* error) {
  if (!requested.empty()) {
    std::string why;
    auto info = probe(requested, verbose, &why);
    if (!info) *error = fmt::format("Python interpreter '{}' is not usable: {}", requested, why);
    return info;
  }

  std::vector<std::string> tried;
  std::optional<PythonInfo> first_working;
  std::vector<std::string> seen;  // real paths already probed (python3 may be /usr/bin/python3)
  for (std::string candidate : {"python3", "/usr/bin/python3"}) {
    std::string path = find_in_path(candidate);
    std::error_code ec;
    std::string real = path.empty() ? "" : fs::canonical(path, ec).string();
    if (!real.empty() && std::find(seen.begin(), seen.end(), real) != seen.end()) continue;
    seen.push_back(real);

    std::string why;
    auto info = probe(candidate, verbose, &why);
    if (!info) {
      tried.push_back(fmt::format("{} ({})", candidate, why));
      continue;
    }
    if (!info->numpy_include.empty()) return info;
    tried.push_back(fmt::format("{} ({}, no numpy)", candidate, info->executable));
    if (!first_working) first_working = info;
  }
  if (first_working) {
    if (verbose)
      fmt::print(stderr, "pyxc: python: no candidate has numpy; using {}\n",
                 first_working->executable);
    return first_working;
  }
  std::string list;
  for (const auto& t : tried) list += (list.empty() ? "" : "; ") + t;
  *error = fmt::format(
      "no usable Python 3 interpreter found (tried: {}); name one with --python or $PYXC_PYTHON",
      list);
  return std::nullopt;
}

}  // namespace pyxc::driver
