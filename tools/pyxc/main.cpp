// pyxc: the driver. Python source -> parse -> exports -> infer -> C++ -> extension module.
// Every stage lives elsewhere (frontend/, codegen/); this file only wires them and the
// command line together.

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "codegen/emit.hpp"
#include "frontend/builtins.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/export_spec.hpp"
#include "frontend/infer.hpp"
#include "frontend/parser.hpp"
#include "frontend/source.hpp"
#include "tools/pyxc/build.hpp"
#include "tools/pyxc/clang_plugin.hpp"
#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/phase_timer.hpp"
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
  int opt_level = -1;  // -1: not given (-O2, or -O3 for modules using numpy)
  bool verbose = false;
  bool native = false;
  bool debug = false;
  bool keep_cpp = false;
  bool no_cache = false;
  bool no_pch = false;
  bool pch_wait = false;
  std::string pch_dir;
  bool time_phases = false;
  bool list_diagnostics = false;
  bool list_builtins = false;
  std::vector<std::string> defines;
  std::vector<std::string> undefines;
  std::vector<std::string> include_dirs;
  std::vector<std::string> lib_dirs;
  std::vector<std::string> libs;
  std::vector<std::string> f_flags;  // -fopenmp, -fuse-ld=LD
};

int fail(const std::string& message) {
  fmt::print(stderr, "pyxc: error: {}\n", message);
  return 1;
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

/// The first `#omp` annotation in source order, for the note that they are ignored.
const OmpAnnotation* first_omp_annotation(const Block& block) {
  for (const auto& s : block) {
    if (s->omp) return s->omp.get();
    std::vector<const Block*> blocks = child_blocks(*s);
    if (s->function) blocks.push_back(&s->function->body);
    for (const Block* b : blocks)
      if (const OmpAnnotation* found = first_omp_annotation(*b)) return found;
  }
  return nullptr;
}

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

/// The "supported functions" listing, generated from the one table in frontend/builtins.cpp.
int list_builtins() {
  for (const auto& fn : all_builtin_functions())
    fmt::print("{}{}\n", fn.module.empty() ? "" : fn.module + ".", fn.doc);
  for (const auto& c : all_builtin_constants()) fmt::print("{}.{}: {}\n", c.module, c.name, to_string(c.type));
  for (const auto& m : str_methods()) {
    std::string params;
    for (std::size_t i = 0; i < m.params.size(); ++i)
      params += fmt::format("{}{}{}{}", i ? ", " : "", i == m.required ? "[" : "", to_string(m.params[i]),
                            i + 1 == m.params.size() && m.required < m.params.size() ? "]" : "");
    fmt::print("str.{}({}) -> {}\n", m.name, params, to_string(m.result));
  }
  // join and format take any iterable / any arguments, so they are typed outside the table.
  fmt::print("str.join(xs: str iterable) -> str\nstr.format(*args, **kwargs) -> str\n");
  for (const auto& name : exception_class_names()) fmt::print("exception {}\n", name);
  return 0;
}

// ------------------------------------------------------------------ the pipeline

/// The compiler and flags the command line asks for (build_module adds what it finds).
BuildOptions build_options(const Options& opts) {
  BuildOptions build;
  CompileJob& job = build.job;
  job.cxx = opts.cxx.empty() ? env_or("PYXC_CXX", "") : opts.cxx;  // "": in-process Clang
  job.user_defines = opts.defines;
  job.user_undefines = opts.undefines;
  job.user_include_dirs = opts.include_dirs;
  job.lib_dirs = opts.lib_dirs;
  job.libs = opts.libs;
  job.opt_level = opts.opt_level >= 0 ? opts.opt_level : 2;
  job.opt_level_given = opts.opt_level >= 0;
  job.native = opts.native;
  job.debug = opts.debug;
  for (const auto& f : opts.f_flags) {
    if (f == "openmp") job.openmp = true;
    if (f.rfind("use-ld=", 0) == 0) job.linker = f.substr(7);
  }
  build.use_cache = !opts.no_cache;
  // What to do when no precompiled runtime is built: the flags, else $PYXC_PCH_BUILD.
  const char* when_missing = std::getenv("PYXC_PCH_BUILD");
  std::string_view missing = when_missing ? when_missing : "";
  build.pch = opts.no_pch                         ? PchMode::Off
              : opts.pch_wait || missing == "wait" ? PchMode::Wait
              : missing == "never"                 ? PchMode::UseOnly
                                                   : PchMode::Background;
  build.pch_dir = opts.pch_dir;
  build.keep_cpp = opts.keep_cpp;
  build.verbose = opts.verbose;
  return build;
}

int run(const Options& opts, PhaseTimer& timer) {
  if (opts.list_diagnostics) return list_diagnostics();
  if (opts.list_builtins) return list_builtins();
  if (opts.input.empty()) return fail("no input file (usage: pyxc FILE.py [-o OUT] [-e | -E])");
  const bool emit_only = opts.emit_plain || opts.emit_glue;
  if (opts.output == "-" && !emit_only) return fail("'-o -' (stdout) needs -e or -E");

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
  std::vector<ExportedConstant> exported_constants;
  std::vector<ExportedFunction> exports = resolve_exports(*module, diags, &exported_constants);
  if (diags.has_errors()) return 1;
  timer.done("exports");
  std::optional<TypedProgram> program = infer_program(*module, exports, diags);
  if (!program || diags.has_errors()) return 1;
  for (const ExportedConstant& c : exported_constants) program->exported_constants.push_back(c.name);
  timer.done("infer");
  // `#omp` annotations take effect with -fopenmp only (as with C compilers); say so once.
  bool openmp = std::find(opts.f_flags.begin(), opts.f_flags.end(), "openmp") != opts.f_flags.end();
  if (program->runtime_features.count("openmp") && !openmp && !emit_only)
    if (const OmpAnnotation* first = first_omp_annotation(module->body))
      diags.report(DiagId::omp_ignored, first->range);

  EmitOptions emit_options;
  emit_options.module_name = module_name;
  emit_options.source_name = opts.input;  // as given, like the diagnostics
  emit_options.module_glue = !opts.emit_plain;
  emit_options.line_directives = opts.debug;
  std::string cpp = emit_cpp(*program, emit_options);
  timer.done("codegen");

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
  BuildOptions build = build_options(opts);
  // Float and complex dot/`@` call CBLAS (runtime/include/pyxc/numpy/blas.hpp): OpenBLAS, the
  // library numpy loads too on Debian, so one process shares one copy and its threads.
  if (program->runtime_features.count("blas")) build.job.libs.push_back("openblas");
  return build_module(build, module_name, cpp, output, *python, diags, timer);
}

}  // namespace

int main(int argc, char** argv) {
  report_libclang_at_exit_if_asked();
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
  app.add_option("--cxx", opts.cxx,
                 "External C++ compiler to run, e.g. g++ or clang++-14 (default: $PYXC_CXX, "
                 "else Clang in-process, else g++)")
      ->option_text("CXX");
  app.add_option(
         "--python", opts.python,
         "Python interpreter to build for (default: $PYXC_PYTHON, else the first of python3 on "
         "PATH and /usr/bin/python3 that has numpy)")
      ->option_text("PY");
  app.add_option("-O", opts.opt_level, "C++ optimization level, -O0 to -O3 (default -O2; -O3 when the module uses numpy)")
      ->check(CLI::Range(0, 3))
      ->option_text("N");
  app.add_option("-D", opts.defines, "Define a macro for the C++ compiler (-DNAME or -DNAME=VALUE)")
      ->allow_extra_args(false)
      ->option_text("MACRO");
  app.add_option("-I", opts.include_dirs, "Add a C++ include directory")
      ->allow_extra_args(false)
      ->option_text("DIR");
  app.add_option("-U", opts.undefines, "Undefine a macro for the C++ compiler")
      ->allow_extra_args(false)
      ->option_text("MACRO");
  app.add_option("-L", opts.lib_dirs, "Add a library directory for the linker")
      ->allow_extra_args(false)
      ->option_text("DIR");
  app.add_option("-l", opts.libs, "Link the module with a library (-lNAME)")
      ->allow_extra_args(false)
      ->option_text("NAME");
  app.add_option("-f", opts.f_flags,
                 "-fopenmp: compile and link with OpenMP; -fuse-ld=LD: link with LD (lld, bfd, "
                 "gold)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"openmp", "use-ld=lld", "use-ld=bfd", "use-ld=gold"}))
      ->option_text("openmp|use-ld=LD");
  app.add_flag("-g", opts.debug,
               "Debug info, with #line directives so that debuggers show the Python lines");
  std::string march;
  app.add_option("-m", march, "-march=native: optimize for this machine's CPU")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"arch=native"}))
      ->option_text("arch=native");
  app.add_flag("--native", opts.native, "The same as -march=native");
  app.add_flag("--keep-cpp", opts.keep_cpp, "Keep the generated C++ next to the output");
  app.add_flag("--no-cache", opts.no_cache,
               "Always compile: neither reuse nor keep a module in the build cache");
  app.add_flag("--no-pch", opts.no_pch, "Do not use the precompiled runtime headers");
  app.add_flag("--pch-wait", opts.pch_wait,
               "Build missing precompiled runtime headers before compiling (default: compile "
               "without them and build them in the background for the next build; "
               "$PYXC_PCH_BUILD=wait|never|background sets this default)");
  app.add_option("--pch-dir", opts.pch_dir,
                 "Build and look for the precompiled runtime headers only in DIR (default: the "
                 "build cache, and those built with pyxc in <prefix>/share/pyxc/pch)")
      ->option_text("DIR");
  app.add_flag("-v", opts.verbose, "Print each phase and the exact C++ compiler command");
  app.add_flag("--time-phases", opts.time_phases,
               "Print how long each phase took (parse, infer, codegen, compile, link)");
  app.add_flag("--list-diagnostics", opts.list_diagnostics,
               "List every diagnostic pyxc can report");
  app.add_flag("--list-builtins", opts.list_builtins,
               "List the builtins and module functions pyxc supports");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 1;
  }
  if (march == "arch=native") opts.native = true;
  PhaseTimer timer(opts.verbose, opts.time_phases);
  int status = run(opts, timer);
  timer.print_summary();
  return status;
}
