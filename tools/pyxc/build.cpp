#include "tools/pyxc/build.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <optional>

#include "tools/pyxc/backend.hpp"
#include "tools/pyxc/cache.hpp"
#include "tools/pyxc/fingerprint.hpp"
#include "tools/pyxc/hash.hpp"
#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/pch.hpp"
#include "tools/pyxc/process.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

int fail(const std::string& message) {
  fmt::print(stderr, "pyxc: error: {}\n", message);
  return 1;
}

/// Everything the module built from `cpp` depends on, one fact per line; the cache key is its
/// digest. The generated C++ stands for the source text and pyxc's code generation; pyxc's
/// own identity is there too, so that a rebuilt pyxc (new module glue) misses. Libraries
/// named by -l are keyed by name only.
std::string module_manifest(const CompileJob& job, const CompilerIdentity& compiler,
                            const PythonInfo& python, const std::string& runtime_hash,
                            const std::string& module_name, const std::string& cpp) {
  std::vector<std::string> link = link_flags(job);
  for (const auto& lib : job.libs) link.push_back("-l" + lib);
  return fmt::format(
      "pyxc build cache 1\n"
      "pyxc: {}\n"
      "compiler: {} (--version sha256 {})\n"
      "compile: {}\n"
      "link: {}\n"
      "python: {} {} {} numpy={} Python.h={}\n"
      "runtime headers: {}\n"
      "module: {}\n"
      "C++ sha256: {}\n",
      pyxc_identity(), compiler.path, sha256_hex(compiler.version),
      shell_command_line(compile_flags(job)), shell_command_line(link), python.executable,
      python.include_dir, python.ext_suffix, python.numpy_include,
      file_stamp(python.include_dir + "/Python.h"), runtime_hash, module_name, sha256_hex(cpp));
}

/// Where --keep-cpp puts the C++: next to the output.
std::string kept_cpp_path(const std::string& output, const std::string& module_name) {
  fs::path parent = fs::path(output).parent_path();
  return (parent.empty() ? fs::path(module_name + ".cpp") : parent / (module_name + ".cpp"))
      .string();
}

}  // namespace

int build_module(BuildOptions options, const std::string& module_name, const std::string& cpp,
                 const std::string& output, const PythonInfo& python, Diagnostics& diags,
                 PhaseTimer& timer) {
  CompileJob& job = options.job;
  // numpy's elementwise loops and reductions need the vectoriser's full cost model (-O3).
  if (!job.opt_level_given && cpp.find("#include <pyxc/numpy.hpp>") != std::string::npos) job.opt_level = 3;
  std::string runtime_dir = runtime_include_dir();
  if (runtime_dir.empty() || !fs::is_directory(fs::path(runtime_dir) / "pyxc"))
    return fail(
        fmt::format("pyxc runtime headers not found in '{}' (set $PYXC_RUNTIME_DIR)", runtime_dir));
  if (!fs::exists(fs::path(python.include_dir) / "Python.h"))
    return fail(fmt::format(
        "Python.h not found in '{}': install the development headers of {} (Debian: python3-dev)",
        python.include_dir, python.executable));
  job.include_dirs = {runtime_dir, python.include_dir};
  if (!python.numpy_include.empty()) job.include_dirs.push_back(python.numpy_include);

  // --------------------------------------------------------------- the module cache
  BuildCache cache(cache_dir());
  std::string error;
  std::unique_ptr<Backend> backend = choose_backend(job.cxx, cache, options.verbose, &error);
  if (!backend) return fail(error);
  std::string runtime_hash = runtime_headers_hash(runtime_dir, cache);
  const std::string user_linker = job.linker;
  std::string manifest, key;
  auto configure = [&] {  // the job's flags and the cache key for `backend`
    if (options.verbose) fmt::print(stderr, "pyxc: backend: {}\n", backend->description());
    job.cxx = backend->program();
    job.kind = backend->identity().kind;
    // lld links a module in about 60% of ld.bfd's time; -fuse-ld=bfd keeps the default.
    job.linker = user_linker;
    if (job.linker.empty() && job.kind != CompilerKind::Other && !find_in_path("ld.lld").empty())
      job.linker = "lld";
    manifest = module_manifest(job, backend->identity(), python, runtime_hash, module_name, cpp);
    key = sha256_hex(manifest);
  };
  configure();
  timer.done("backend");
  const bool use_cache = options.use_cache && cache.enabled();
  if (use_cache) {
    std::string hit = cache.find_module(key);
    if (!hit.empty() && copy_file_atomically(hit, output, &error)) {
      if (options.verbose) fmt::print(stderr, "pyxc: cache hit: {}\n", hit);
      if (options.keep_cpp) write_file(kept_cpp_path(output, module_name), cpp, &error);
      timer.done("cache");
      return 0;
    }
    if (options.verbose) fmt::print(stderr, "pyxc: cache miss: {}\n", cache.module_path(key));
  }
  timer.done("cache");

  // --------------------------------------------------------------- compile and link
  // Only now is the in-process Clang loaded (~0.1 s): a cache hit never needs it.
  if (std::string why; !backend->load(options.verbose, &why)) {
    backend = fallback_backend(why, cache, options.verbose, &error);
    if (!backend) return fail(error);
    configure();
  }
  timer.done("load compiler");
  std::string work_dir = make_temp_dir();
  if (work_dir.empty()) return fail("cannot create a temporary directory");
  // The in-process backend compiles the C++ from memory: it is written only when asked for.
  std::string cpp_path =
      options.keep_cpp ? kept_cpp_path(output, module_name) : work_dir + "/" + module_name + ".cpp";
  if ((options.keep_cpp || backend->reads_cpp_from_disk()) && !write_file(cpp_path, cpp, &error)) {
    remove_tree(work_dir);
    return fail(fmt::format("cannot write '{}': {}", cpp_path, error));
  }
  if (options.verbose && options.keep_cpp) fmt::print(stderr, "pyxc: C++ kept in {}\n", cpp_path);

  PrecompiledRuntime pch;
  if (options.pch != PchMode::Off) {
    PchRequest request;
    request.job = &job;
    request.backend = backend.get();
    request.cpp = cpp;
    request.runtime_hash = runtime_hash;
    request.python_stamp = file_stamp(python.include_dir + "/Python.h");
    request.verbose = options.verbose;
    request.runtime_dir = runtime_dir;
    if (!options.pch_dir.empty()) {
      request.build_root = options.pch_dir;
    } else {
      if (cache.enabled()) request.build_root = cache.dir() + "/pch";
      if (std::string installed = installed_pch_dir(); !installed.empty())
        request.prebuilt_roots.push_back(installed);
    }
    pch = locate_precompiled_runtime(request);
    if (!pch.ready && options.pch == PchMode::Wait) {
      pch.ready = build_precompiled_runtime(request, pch);
      timer.done("pch build");
    } else if (!pch.ready && options.pch == PchMode::Background) {
      // This build does not wait for it: compiling the headers as text costs less than
      // precompiling them first. A detached process builds it for the next module.
      if (options.verbose && !pch.flags.empty())
        fmt::print(stderr, "pyxc: precompiled runtime missing: built in the background for the "
                           "next build\n");
      build_precompiled_runtime_in_background(request, pch);
    }
    if (!pch.ready) pch = {};
  }

  // Build inside the work directory, then move into place: a failed build leaves no
  // half-written module, and a process that has the old module loaded keeps its copy.
  if (!pch.object.empty()) {
    job.link_objects = {pch.object};
    job.export_map = work_dir + "/exports.map";
    if (!write_file(job.export_map, "{ global: PyInit_*; local: *; };\n", &error)) {
      remove_tree(work_dir);
      return fail(fmt::format("cannot write '{}': {}", job.export_map, error));
    }
  }
  std::string object_path = work_dir + "/" + module_name + ".o";
  std::string so_path = work_dir + "/" + module_name + ".so";
  std::string log_path = work_dir + "/compile.log", log;
  ProcessResult run = backend->compile(job, pch.flags, cpp_path, cpp, object_path, log_path,
                                       options.verbose, &log);
  if (run.started && !run.ok() && !pch.flags.empty()) {
    // A precompiled header that its compiler rejects (a changed system header, say) must not
    // fail the build: the same compilation without it says whether the C++ itself is wrong.
    if (options.verbose) fmt::print(stderr, "pyxc: retrying without the precompiled runtime\n");
    job.link_objects.clear();
    job.export_map.clear();
    run = backend->compile(job, {}, cpp_path, cpp, object_path, log_path, options.verbose, &log);
  }
  timer.done("compile");
  if (run.ok()) {
    run = backend->link(job, object_path, so_path, log_path, options.verbose, &log);
    timer.done("link");
  }
  if (!run.started) {
    remove_tree(work_dir);
    return fail(
        fmt::format("cannot run the C++ compiler '{}': {} (choose one with --cxx or $PYXC_CXX)",
                    job.cxx, run.error));
  }
  if (!run.ok()) {
    // The frontend accepted the program, so this is our bug: keep everything for the report
    // (the C++ too, which the in-process backend never wrote).
    write_file(work_dir + "/" + module_name + ".cpp", cpp, &error);
    if (!run.error.empty()) log += fmt::format("\npyxc: the C++ compiler was {}\n", run.error);
    write_file(log_path, log, &error);
    report_internal_error(diags, locate_first_error(log, cpp_path, cpp), log_path);
    return 1;
  }
  if (use_cache) cache.store_module(key, so_path, manifest);
  if (!move_file(so_path, output, &error)) {
    remove_tree(work_dir);
    return fail(fmt::format("cannot write '{}': {}", output, error));
  }
  remove_tree(work_dir);
  return 0;
}

}  // namespace pyxc::driver
