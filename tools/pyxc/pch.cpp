#include "tools/pyxc/pch.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>

#include "tools/pyxc/hash.hpp"
#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/process.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

/// The umbrella header: Python.h first (it must precede every standard header), then the
/// module's own runtime includes, in its order. "" if the module includes none.
std::string umbrella_text(std::string_view cpp) {
  std::string includes;
  std::size_t start = 0;
  while (start < cpp.size()) {
    std::size_t end = cpp.find('\n', start);
    if (end == std::string_view::npos) end = cpp.size();
    std::string_view line = cpp.substr(start, end - start);
    if (line.substr(0, 15) == "#include <pyxc/") includes += std::string(line) + "\n";
    start = end + 1;
  }
  if (includes.empty()) return "";
  return "// pyxc precompiled runtime (generated; the build cache owns this file)\n"
         "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n" +
         includes;
}

/// Creates `path` with `text` unless it exists. Never replaces it: clang checks the mtime of
/// the header its PCH was built from, and another pyxc may be using this one.
bool create_once(const std::string& path, const std::string& text) {
  if (access(path.c_str(), R_OK) == 0) return true;
  std::string staging = fmt::format("{}.{}.tmp", path, getpid()), error;
  if (!write_file(staging, text, &error)) return false;
  bool ok = link(staging.c_str(), path.c_str()) == 0 || errno == EEXIST;
  unlink(staging.c_str());
  return ok;
}

}  // namespace

std::vector<std::string> precompiled_runtime(const PchRequest& request, const BuildCache& cache,
                                             bool* built) {
  *built = false;
  const CompilerIdentity& compiler = request.backend->identity();
  const CompilerKind kind = compiler.kind;
  if (!cache.enabled() || kind == CompilerKind::Other) return {};
  std::string umbrella = umbrella_text(request.cpp);
  if (umbrella.empty()) return {};

  std::vector<std::string> flags = compile_flags(*request.job);
  Sha256 key;
  key.field("pyxc pch 2");  // 2: clang PCHs instantiate templates
  key.field(compiler.path);
  key.field(compiler.version);
  for (const auto& flag : flags) key.field(flag);
  key.field(umbrella);
  key.field(request.runtime_hash);
  key.field(request.python_stamp);
  std::string dir = fmt::format("{}/pch/{}", cache.dir(), key.hex_digest().substr(0, 32));
  std::string header = dir + "/pyxc_pch.hpp";
  // g++ finds `X.gch` by itself when `-include X` names the header; clang is given the file.
  std::string pch = kind == CompilerKind::Gcc ? header + ".gch" : dir + "/pyxc_pch.pch";
  std::vector<std::string> use =
      kind == CompilerKind::Gcc ? std::vector<std::string>{"-include", header, "-Winvalid-pch"}
                                : std::vector<std::string>{"-include-pch", pch};
  if (access(pch.c_str(), R_OK) == 0) return use;
  if (access((dir + "/failed.log").c_str(), R_OK) == 0) return {};

  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !create_once(header, umbrella)) return {};
  // Built under a private name, then renamed: a concurrent build never sees half a PCH.
  std::string staging = fmt::format("{}.{}.tmp", pch, getpid());
  std::string log_path = staging + ".log", log;
  ProcessResult run =
      request.backend->precompile(*request.job, header, staging, log_path, request.verbose, &log);
  fs::remove(log_path, ec);
  if (!run.ok()) {
    fs::remove(staging, ec);
    std::string error;
    write_file(dir + "/failed.log", log + run.error, &error);
    if (request.verbose) fmt::print(stderr, "pyxc: no precompiled runtime: its build failed\n");
    return {};
  }
  fs::rename(staging, pch, ec);
  if (ec) return {};
  *built = true;
  return use;
}

}  // namespace pyxc::driver
