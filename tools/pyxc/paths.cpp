#include "tools/pyxc/paths.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

constexpr std::array<std::string_view, 35> kPythonKeywords = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

bool is_executable_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::string module_name_from_path(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  return name.substr(0, name.find('.'));
}

std::string invalid_module_name_reason(std::string_view name) {
  if (name.empty()) return "it is empty";
  if (std::isdigit(static_cast<unsigned char>(name[0]))) return "it starts with a digit";
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) {
      if (static_cast<unsigned char>(c) >= 0x80) return "it contains a non-ASCII character";
      return std::string("it contains '") + c + "'";
    }
  }
  for (auto keyword : kPythonKeywords)
    if (name == keyword) return "it is a Python keyword";
  return "";
}

std::string executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? "" : exe.parent_path().string();
}

std::string installed_pch_dir() {
  std::string exe_dir = executable_dir();
  if (exe_dir.empty()) return "";
  std::error_code ec;
  return fs::weakly_canonical(fs::path(exe_dir) / ".." / "share" / "pyxc" / "pch", ec).string();
}

std::string runtime_include_dir() {
  if (std::string dir = env("PYXC_RUNTIME_DIR"); !dir.empty()) return dir;
  std::error_code ec;
#ifdef PYXC_SOURCE_RUNTIME_DIR
  if (fs::is_directory(PYXC_SOURCE_RUNTIME_DIR, ec)) return PYXC_SOURCE_RUNTIME_DIR;
#endif
  std::string exe_dir = executable_dir();
  if (exe_dir.empty()) return "";
  return fs::weakly_canonical(fs::path(exe_dir) / ".." / "include", ec).string();
}

std::string cache_dir() {
  if (std::string dir = env("PYXC_CACHE_DIR"); !dir.empty()) return dir;
  if (std::string xdg = env("XDG_CACHE_HOME"); !xdg.empty()) return xdg + "/pyxc";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.cache/pyxc";
  return "";
}

std::string make_temp_dir() {
  std::string base = env("TMPDIR");
  if (base.empty()) base = "/tmp";
  std::string pattern = base + "/pyxc-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) return "";
  return pattern;
}

void remove_tree(const std::string& dir) {
  std::error_code ec;
  fs::remove_all(dir, ec);
}

std::string find_in_path(const std::string& program) {
  if (program.empty()) return "";
  if (program.find('/') != std::string::npos) return is_executable_file(program) ? program : "";
  std::string path = env("PATH");
  if (path.empty()) path = "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  for (;;) {
    std::size_t colon = path.find(':', start);
    std::string_view dir = std::string_view(path).substr(
        start, colon == std::string::npos ? std::string::npos : colon - start);
    // An empty PATH entry means the current directory.
    std::string candidate = std::string(dir.empty() ? "." : dir) + "/" + program;
    if (is_executable_file(candidate)) return candidate;
    if (colon == std::string::npos) return "";
    start = colon + 1;
  }
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

bool write_file(const std::string& path, std::string_view text, std::string* error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (out) out.close();
  if (!out) {
    *error = errno ? std::strerror(errno) : "write failed";
    return false;
  }
  return true;
}

bool move_file(const std::string& from, const std::string& to, std::string* error) {
  if (std::rename(from.c_str(), to.c_str()) == 0) return true;
  if (errno != EXDEV) {
    *error = std::strerror(errno);
    return false;
  }
  // Different file systems: copy next to the target, then rename over it.
  std::string staging = to + ".pyxc-tmp";
  std::error_code ec;
  fs::copy_file(from, staging, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(staging, to, ec);
  if (ec) {
    *error = ec.message();
    fs::remove(staging, ec);
    return false;
  }
  fs::remove(from, ec);
  return true;
}

}  // namespace pyxc::driver
