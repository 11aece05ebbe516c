#include "tools/pyxc/pch.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <system_error>

#include "tools/pyxc/hash.hpp"
#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/process.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

bool uses_numpy(std::string_view cpp) {
  return cpp.find("#include <pyxc/numpy.hpp>") != std::string_view::npos ||
         cpp.find("#include <pyxc/python/numpy.hpp>") != std::string_view::npos;
}

bool is_numpy_header(const std::string& name) {
  return name == "pyxc/numpy.hpp" || name == "pyxc/python/numpy.hpp" ||
         name.rfind("pyxc/numpy/", 0) == 0;
}

/// The umbrella header: Python.h first (it must precede every standard header), then every
/// runtime header, except numpy's for a module that does not use numpy. One precompiled
/// runtime then serves every module with the same flags, whatever it includes (its own
/// includes find the headers already there), and one can be built ahead of time: the build
/// of pyxc itself does (see --pch-dir). "" if the module includes no runtime header.
std::string umbrella_text(const std::string& runtime_dir, std::string_view cpp) {
  if (cpp.find("#include <pyxc/") == std::string_view::npos) return "";
  const bool numpy = uses_numpy(cpp);
  std::vector<std::string> headers;
  std::error_code ec;
  const fs::path root(runtime_dir);
  for (fs::recursive_directory_iterator it(root / "pyxc", ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".hpp") continue;
    std::string name = it->path().lexically_relative(root).generic_string();
    if (numpy || !is_numpy_header(name)) headers.push_back(std::move(name));
  }
  if (ec || headers.empty()) return "";
  std::sort(headers.begin(), headers.end());
  std::string text =
      "// pyxc precompiled runtime (generated; the build cache owns this file)\n"
      "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n";
  for (const auto& name : headers) text += "#include <" + name + ">\n";
  return text;
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

bool readable(const std::string& path) { return access(path.c_str(), R_OK) == 0; }

/// Creates `path` exclusively; an existing one older than `stale_after` is replaced (its
/// owner died).
bool take_lock(const std::string& path, std::chrono::seconds stale_after) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    int fd = open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY, 0644);
    if (fd >= 0) {
      close(fd);
      return true;
    }
    std::error_code ec;
    auto age = fs::file_time_type::clock::now() - fs::last_write_time(path, ec);
    if (ec || age < stale_after) return false;
    fs::remove(path, ec);
  }
  return false;
}

}  // namespace

PrecompiledRuntime locate_precompiled_runtime(const PchRequest& request) {
  const CompilerIdentity& compiler = request.backend->identity();
  const CompilerKind kind = compiler.kind;
  if (kind == CompilerKind::Other) return {};
  PrecompiledRuntime found;
  found.umbrella = umbrella_text(request.runtime_dir, request.cpp);
  if (found.umbrella.empty()) return {};

  std::vector<std::string> flags = compile_flags(*request.job);
  Sha256 key;
  key.field("pyxc pch 3");  // 3: clang PCHs instantiate templates, with code in an object
  key.field(compiler.path);
  key.field(compiler.version);
  for (const auto& flag : flags) key.field(flag);
  key.field(found.umbrella);
  key.field(request.runtime_hash);
  key.field(request.python_stamp);
  const std::string name = key.hex_digest().substr(0, 32);
  auto place = [&](const std::string& root) {
    found.dir = fmt::format("{}/{}", root, name);
    found.header = found.dir + "/pyxc_pch.hpp";
    // g++ finds `X.gch` by itself when `-include X` names the header; clang is given the file.
    found.pch = kind == CompilerKind::Gcc ? found.header + ".gch" : found.dir + "/pyxc_pch.pch";
    found.flags = kind == CompilerKind::Gcc
                      ? std::vector<std::string>{"-include", found.header, "-Winvalid-pch"}
                      : std::vector<std::string>{"-include-pch", found.pch};
    found.object = kind == CompilerKind::Clang ? found.dir + "/pyxc_pch.o" : "";
    found.ready = readable(found.pch) && (found.object.empty() || readable(found.object));
  };
  // One built with pyxc (read-only) serves as well as one in the cache.
  for (const auto& root : request.prebuilt_roots) {
    place(root);
    if (found.ready) return found;
  }
  if (request.build_root.empty()) return {};
  place(request.build_root);
  // A build that failed once (kept as failed.log) is not retried at every build.
  if (!found.ready && readable(found.dir + "/failed.log")) return {};
  return found;
}

bool build_precompiled_runtime(const PchRequest& request, const PrecompiledRuntime& runtime) {
  if (runtime.flags.empty()) return false;
  if (runtime.ready) return true;
  std::error_code ec;
  fs::create_directories(runtime.dir, ec);
  if (ec || !create_once(runtime.header, runtime.umbrella)) return false;
  // Each file is built under a private name, then renamed: a concurrent build never sees half
  // of one.
  auto build = [&](const std::string& target, auto&& run_build) {
    if (readable(target)) return true;
    std::string staging = fmt::format("{}.{}.tmp", target, getpid());
    std::string log_path = staging + ".log", log;
    ProcessResult run = run_build(staging, log_path, &log);
    fs::remove(log_path, ec);
    if (run.ok()) fs::rename(staging, target, ec);
    if (run.ok() && !ec) return true;
    fs::remove(staging, ec);
    std::string error;
    write_file(runtime.dir + "/failed.log", log + run.error, &error);
    if (request.verbose) fmt::print(stderr, "pyxc: no precompiled runtime: its build failed\n");
    return false;
  };
  const CompileJob& job = *request.job;
  Backend& backend = *request.backend;
  if (!build(runtime.pch, [&](const std::string& out, const std::string& log_path, std::string* log) {
        return backend.precompile(job, runtime.header, out, log_path, request.verbose, log);
      }))
    return false;
  // Sections per function: the module's link keeps only what it calls.
  return runtime.object.empty() ||
         build(runtime.object, [&](const std::string& out, const std::string& log_path,
                                   std::string* log) {
           return backend.compile_file(
               job, {"-ffunction-sections", "-fdata-sections", "-Wno-unused-command-line-argument"},
               runtime.pch, out, log_path, request.verbose, log);
         });
}

void build_precompiled_runtime_in_background(const PchRequest& request,
                                             const PrecompiledRuntime& runtime) {
  if (runtime.flags.empty() || runtime.ready) return;
  std::error_code ec;
  fs::create_directories(runtime.dir, ec);
  if (ec) return;
  // One builder per precompiled runtime: the lock names it; a lock left by a builder that
  // died is taken over once it is older than any real build.
  std::string lock = runtime.dir + "/building.lock";
  if (!take_lock(lock, std::chrono::minutes(10))) return;
  PchRequest quiet = request;
  quiet.verbose = false;
  bool started = run_detached([quiet, runtime, lock] {
    build_precompiled_runtime(quiet, runtime);
    unlink(lock.c_str());
  });
  if (!started) unlink(lock.c_str());
}

}  // namespace pyxc::driver
