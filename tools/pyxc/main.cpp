// pyxc: the driver. Python source -> parse -> exports -> infer -> C++ -> extension module.
// Every stage lives elsewhere (frontend/, codegen/); this file only wires them and the
// command line together.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "codegen/emit.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/export_spec.hpp"
#include "frontend/infer.hpp"
#include "frontend/parser.hpp"
#include "frontend/source.hpp"
#include "tools/pyxc/compile.hpp"
#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/process.hpp"
#include "tools/pyxc/python_probe.hpp"

namespace fs = std::filesystem;
using namespace pyxc;
using namespace pyxc::driver;

namespace {

struct Options {
  std::string input;
  std::string output;       // "" if -o was not given; "-" is stdout (only with -e / -E)
  bool emit_plain = false;  // -e: C++ without module glue
  bool emit_glue = false;   // -E: C++ with module glue
  std::string cxx;
  std::string python;
  int opt_level = 2;
  bool verbose = false;
  bool native = false;
  bool keep_cpp = false;
  bool list_diagnostics = false;
  std::vector<std::string> defines;
  std::vector<std::string> include_dirs;
};

int fail(const std::string& message) {
  fmt::print(stderr, "pyxc: error: {}\n", message);
  return 1;
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

/// Prints "pyxc: <phase> (N ms)" under -v.
class PhaseTimer {
 public:
  explicit PhaseTimer(bool verbose) : verbose_(verbose) {}
  void done(const char* phase) {
    auto now = std::chrono::steady_clock::now();
    if (verbose_)
      fmt::print(stderr, "pyxc: {} ({:.1f} ms)\n", phase,
                 std::chrono::duration<double, std::milli>(now - start_).count());
    start_ = now;
  }

 private:
  bool verbose_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

int list_diagnostics() {
  for (DiagId id : all_diag_ids()) {
    const DiagInfo& info = diag_info(id);
    const char* severity = info.severity == Severity::Error     ? "error"
                           : info.severity == Severity::Warning ? "warning"
                                                                : "note";
    fmt::print("{} {} {}\n", info.name, severity, info.format);
  }
  return 0;
}

// ------------------------------------------------------------------ building the module

/// Compiles `cpp` into the extension module `output`. Returns the exit status.
int build_module(const Options& opts, const std::string& module_name, const std::string& cpp,
                 const std::string& output, const PythonInfo& python, Diagnostics& diags) {
  std::string runtime_dir = runtime_include_dir();
  if (runtime_dir.empty() || !fs::is_directory(fs::path(runtime_dir) / "pyxc"))
    return fail(
        fmt::format("pyxc runtime headers not found in '{}' (set $PYXC_RUNTIME_DIR)", runtime_dir));
  if (!fs::exists(fs::path(python.include_dir) / "Python.h"))
    return fail(fmt::format(
        "Python.h not found in '{}': install the development headers of {} (Debian: python3-dev)",
        python.include_dir, python.executable));

  std::string work_dir = make_temp_dir();
  if (work_dir.empty()) return fail("cannot create a temporary directory");
  std::string error;
  std::string cpp_path = work_dir + "/" + module_name + ".cpp";
  if (opts.keep_cpp) {
    fs::path parent = fs::path(output).parent_path();
    cpp_path = (parent.empty() ? fs::path(module_name + ".cpp") : parent / (module_name + ".cpp"))
                   .string();
  }
  if (!write_file(cpp_path, cpp, &error)) {
    remove_tree(work_dir);
    return fail(fmt::format("cannot write '{}': {}", cpp_path, error));
  }
  if (opts.verbose && opts.keep_cpp) fmt::print(stderr, "pyxc: C++ kept in {}\n", cpp_path);

  CompileJob job;
  job.cxx = opts.cxx.empty() ? env_or("PYXC_CXX", "g++") : opts.cxx;
  job.cpp_path = cpp_path;
  // Build inside the work directory, then move into place: a failed build leaves no
  // half-written module, and a process that has the old module loaded keeps its copy.
  job.output_path = work_dir + "/" + module_name + ".so";
  job.include_dirs = {runtime_dir, python.include_dir};
  if (!python.numpy_include.empty()) job.include_dirs.push_back(python.numpy_include);
  job.user_defines = opts.defines;
  job.user_include_dirs = opts.include_dirs;
  job.opt_level = opts.opt_level;
  job.native = opts.native;
  // `#omp parallel for` comments become pragmas; they need the OpenMP runtime linked in.
  job.openmp = cpp.find("#pragma omp") != std::string::npos;

  std::vector<std::string> argv = compiler_command(job);
  if (opts.verbose) fmt::print(stderr, "pyxc: {}\n", shell_command_line(argv));
  std::string log_path = work_dir + "/compile.log";
  ProcessResult run = run_to_file(argv, log_path);
  if (!run.started) {
    remove_tree(work_dir);
    return fail(
        fmt::format("cannot run the C++ compiler '{}': {} (choose one with --cxx or $PYXC_CXX)",
                    job.cxx, run.error));
  }
  std::string log;
  read_file(log_path, &log);
  if (opts.verbose && !log.empty()) fmt::print(stderr, "{}", log);

  if (!run.ok()) {
    // The frontend accepted the program, so this is our bug: keep everything for the report.
    if (opts.keep_cpp) {
      std::string copy_error;
      write_file(work_dir + "/" + module_name + ".cpp", cpp, &copy_error);
    }
    if (!run.error.empty()) log += fmt::format("\npyxc: the C++ compiler was {}\n", run.error);
    write_file(log_path, log, &error);
    CppErrorSite site = locate_first_error(log, cpp_path, cpp);
    report_internal_error(diags, site, log_path);
    return 1;
  }
  if (!move_file(job.output_path, output, &error)) {
    remove_tree(work_dir);
    return fail(fmt::format("cannot write '{}': {}", output, error));
  }
  remove_tree(work_dir);
  return 0;
}

// ------------------------------------------------------------------ the pipeline

int run(const Options& opts) {
  if (opts.list_diagnostics) return list_diagnostics();
  if (opts.input.empty()) return fail("no input file (usage: pyxc FILE.py [-o OUT] [-e | -E])");
  const bool emit_only = opts.emit_plain || opts.emit_glue;
  if (opts.output == "-" && !emit_only) return fail("'-o -' (stdout) needs -e or -E");

  PhaseTimer timer(opts.verbose);
  SourceFile file("", "");
  if (!SourceFile::load(opts.input, &file))
    return fail(fmt::format("cannot read '{}'", opts.input));

  std::string name_source = opts.output.empty() || opts.output == "-" ? opts.input : opts.output;
  std::string module_name = module_name_from_path(name_source);
  if (std::string why = invalid_module_name_reason(module_name); !why.empty())
    return fail(
        fmt::format("module name '{}' (from '{}') is not a valid Python identifier: {}; choose "
                    "another name with -o NAME{}",
                    module_name, name_source, why, emit_only ? ".cpp" : ".so"));
  timer.done("read");

  Diagnostics diags(file);
  std::optional<Module> module = parse_module(file, module_name, diags);
  if (!module || diags.has_errors()) return 1;
  timer.done("parse");
  std::vector<ExportedFunction> exports = resolve_exports(*module, diags);
  if (diags.has_errors()) return 1;
  timer.done("exports");
  std::optional<TypedProgram> program = infer_program(*module, exports, diags);
  if (!program || diags.has_errors()) return 1;
  timer.done("infer");

  EmitOptions emit_options;
  emit_options.module_name = module_name;
  emit_options.source_name = opts.input;  // as given, like the diagnostics
  emit_options.module_glue = !opts.emit_plain;
  std::string cpp = emit_cpp(*program, emit_options);
  timer.done("emit");

  if (emit_only) {
    if (opts.output == "-") {
      std::fwrite(cpp.data(), 1, cpp.size(), stdout);
      return std::fflush(stdout) == 0 ? 0 : fail("cannot write to stdout");
    }
    std::string out = opts.output.empty() ? module_name + ".cpp" : opts.output;
    std::string error;
    if (!write_file(out, cpp, &error))
      return fail(fmt::format("cannot write '{}': {}", out, error));
    return 0;
  }

  std::string error;
  std::optional<PythonInfo> python = select_python(
      opts.python.empty() ? env_or("PYXC_PYTHON", "") : opts.python, opts.verbose, &error);
  if (!python) return fail(error);
  if (opts.verbose)
    fmt::print(stderr, "pyxc: python {} ({}), numpy headers: {}\n", python->version,
               python->executable, python->numpy_include.empty() ? "none" : python->numpy_include);
  timer.done("python probe");
  std::string output = opts.output.empty()
                           ? module_name + (python->ext_suffix.empty() ? ".so" : python->ext_suffix)
                           : opts.output;
  if (fs::path parent = fs::path(output).parent_path();
      !parent.empty() && !fs::is_directory(parent))
    return fail(
        fmt::format("cannot write '{}': directory '{}' does not exist", output, parent.string()));
  int status = build_module(opts, module_name, cpp, output, *python, diags);
  timer.done("C++ compile");
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  Options opts;
  CLI::App app{"pyxc: compile an annotated Python module into a CPython extension module", "pyxc"};
  app.set_version_flag("--version", "pyxc " PYXC_VERSION);
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return fmt::format("pyxc: error: {}\nRun 'pyxc --help' for more information.\n", e.what());
  });
  app.add_option("FILE.py", opts.input, "The Python source to compile");
  app.add_option("-o", opts.output,
                 "Output file; its name up to the first '.' is the module name (default: "
                 "<stem><EXT_SUFFIX>, or <stem>.cpp with -e/-E; '-' is stdout with -e/-E)")
      ->option_text("OUT");
  auto* plain =
      app.add_flag("-e", opts.emit_plain, "Write the C++ without module glue, do not compile");
  auto* glue = app.add_flag("-E", opts.emit_glue, "Write the C++ with module glue, do not compile");
  plain->excludes(glue);
  app.add_option("--cxx", opts.cxx, "C++ compiler to run (default: $PYXC_CXX, else g++)")
      ->option_text("CXX");
  app.add_option(
         "--python", opts.python,
         "Python interpreter to build for (default: $PYXC_PYTHON, else the first of python3 on "
         "PATH and /usr/bin/python3 that has numpy)")
      ->option_text("PY");
  app.add_option("-O", opts.opt_level, "C++ optimization level, -O0 to -O3 (default -O2)")
      ->check(CLI::Range(0, 3))
      ->option_text("N");
  app.add_option("-D", opts.defines, "Define a macro for the C++ compiler (-DNAME or -DNAME=VALUE)")
      ->allow_extra_args(false)
      ->option_text("MACRO");
  app.add_option("-I", opts.include_dirs, "Add a C++ include directory")
      ->allow_extra_args(false)
      ->option_text("DIR");
  app.add_flag("--native", opts.native, "Optimize for this machine's CPU (-march=native)");
  app.add_flag("--keep-cpp", opts.keep_cpp, "Keep the generated C++ next to the output");
  app.add_flag("-v", opts.verbose, "Print each phase and the exact C++ compiler command");
  app.add_flag("--list-diagnostics", opts.list_diagnostics,
               "List every diagnostic pyxc can report");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 1;
  }
  return run(opts);
}
