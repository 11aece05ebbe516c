// libpyxc_clang.so: Clang 14 as a library, compiling pyxc's generated C++ inside the pyxc
// process (see plugin_api.h for why it is a plugin). The clang++ driver logic
// (clang::driver::Driver) turns ordinary clang++ arguments into cc1 jobs, so that include
// paths, the GCC installation, the target and the resource directory are found as clang++
// finds them; each cc1 job then runs here through CompilerInvocation + the frontend action it
// names (EmitObj, or GeneratePCH). The module's C++ is served from memory through an overlay
// file system, never written to disk. The driver computes the linker command; when it names
// ld.lld, lld runs here too (built with PYXC_HAVE_LLD), which saves loading libLLVM again in
// a linker process.
//
// This is the one translation unit of pyxc that includes LLVM or Clang headers.
#include <dlfcn.h>
#include <stdlib.h>

#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/DiagnosticOptions.h>
#include <clang/Basic/Stack.h>
#include <clang/Basic/Version.h>
#include <clang/CodeGen/ObjectFilePCHContainerOperations.h>
#include <clang/Driver/Compilation.h>
#include <clang/Driver/Driver.h>
#include <clang/Driver/Job.h>
#include <clang/Driver/Tool.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/CompilerInvocation.h>
#include <clang/Frontend/TextDiagnosticPrinter.h>
#include <clang/FrontendTool/Utils.h>
#ifdef PYXC_HAVE_LLD
#include <lld/Common/CommonLinkerContext.h>
#include <lld/Common/Driver.h>
#endif
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/BuryPointer.h>
#include <llvm/Support/CrashRecoveryContext.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Host.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/VirtualFileSystem.h>
#include <llvm/Support/raw_ostream.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "tools/pyxc/clang_backend/plugin_api.h"

namespace {

char* copy_out(const std::string& text) {
  char* out = static_cast<char*>(malloc(text.size() + 1));
  if (out) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

void release(char* text) { free(text); }

bool is_resource_dir(const std::string& dir) {
  return !dir.empty() && llvm::sys::fs::exists(dir + "/include/stddef.h");
}

/// Where this process loaded libclang-cpp from, symlinks resolved
/// ("/usr/lib/llvm-14/lib/libclang-cpp.so.14" on Debian).
std::string libclang_path() {
  Dl_info info;
  if (!dladdr(reinterpret_cast<void*>(&clang::getClangFullVersion), &info) || !info.dli_fname)
    return "";
  llvm::SmallString<256> real;
  if (llvm::sys::fs::real_path(info.dli_fname, real)) return info.dli_fname;
  return std::string(real.str());
}

/// The resource directory: $PYXC_CLANG_RESOURCE_DIR, else where clang derives it from the
/// library's location (<prefix>/lib/clang/<version>, as libclang does), else any
/// <libdir>/clang/* that holds the builtin headers.
std::string find_resource_dir(const std::string& library) {
  if (const char* env = getenv("PYXC_CLANG_RESOURCE_DIR"); env && *env) return env;
  std::string derived = clang::driver::Driver::GetResourcesPath(library);
  if (is_resource_dir(derived)) return derived;
  std::error_code ec;
  std::string clang_dir = std::string(llvm::sys::path::parent_path(library)) + "/clang";
  for (llvm::sys::fs::directory_iterator it(clang_dir, ec), end; !ec && it != end;
       it.increment(ec))
    if (is_resource_dir(it->path())) return it->path();
  return "";
}

struct PluginState {
  std::string version, library, resource_dir, clang_executable, error;
  PyxcClangPlugin api{};
};

PluginState& state() {
  static PluginState* s = [] {
    auto* s = new PluginState;
    s->version = clang::getClangFullVersion();
    s->library = libclang_path();
    s->resource_dir = find_resource_dir(s->library);
    // The driver finds its installation (ld.lld, libomp) next to the executable it is told it
    // is: <prefix>/bin/clang++, beside <prefix>/lib where libclang-cpp lives.
    llvm::SmallString<256> exe(llvm::sys::path::parent_path(llvm::sys::path::parent_path(s->library)));
    llvm::sys::path::append(exe, "bin", "clang++");
    s->clang_executable = std::string(exe.str());
    if (s->library.empty())
      s->error = "cannot tell where libclang-cpp was loaded from";
    else if (s->resource_dir.empty())
      s->error = "no Clang resource directory (include/stddef.h) found near " + s->library +
                 " (install libclang-common-14-dev, or set $PYXC_CLANG_RESOURCE_DIR)";
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    llvm::CrashRecoveryContext::Enable();
    return s;
  }();
  return *s;
}

/// One run of the clang++ driver logic: its diagnostics printed into `log`.
struct DriverRun {
  explicit DriverRun(llvm::raw_ostream& log,
                     llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> vfs = nullptr)
      : diag_options(new clang::DiagnosticOptions),
        diags(new clang::DiagnosticIDs, &*diag_options,
              new clang::TextDiagnosticPrinter(log, &*diag_options)),
        driver(state().clang_executable, llvm::sys::getDefaultTargetTriple(), diags,
               "pyxc in-process clang", std::move(vfs)) {
    driver.ResourceDir = state().resource_dir;
  }

  /// The jobs clang++ `args` would run; null after a diagnosed error.
  std::unique_ptr<clang::driver::Compilation> plan(const char* const* args, size_t nargs) {
    std::vector<const char*> argv = {state().clang_executable.c_str()};
    argv.insert(argv.end(), args, args + nargs);
    // The log is parsed for `file:line: error:`; colors would get in the way.
    argv.push_back("-fno-color-diagnostics");
    std::unique_ptr<clang::driver::Compilation> compilation(driver.BuildCompilation(argv));
    if (!compilation || diags.hasErrorOccurred()) return nullptr;
    return compilation;
  }

  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> diag_options;
  clang::DiagnosticsEngine diags;
  clang::driver::Driver driver;
};

/// Runs one cc1 job (its arguments start with "-cc1") in this process.
bool run_cc1(const clang::driver::Command& job, llvm::raw_ostream& log,
             llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> vfs) {
  const llvm::opt::ArgStringList& args = job.getArguments();
  auto instance = std::make_unique<clang::CompilerInstance>();
  {
    // As cc1_main: the arguments are parsed with a diagnostics engine of their own; the
    // instance's engine then takes the printer options (caret, columns) they set.
    llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> options(new clang::DiagnosticOptions);
    clang::DiagnosticsEngine arg_diags(new clang::DiagnosticIDs, &*options,
                                       new clang::TextDiagnosticPrinter(log, &*options));
    if (!clang::CompilerInvocation::CreateFromArgs(instance->getInvocation(),
                                                   llvm::makeArrayRef(args).drop_front(),
                                                   arg_diags, state().clang_executable.c_str()))
      return false;
  }
  instance->getDiagnosticOpts().ShowColors = false;
  instance->createDiagnostics(
      new clang::TextDiagnosticPrinter(log, &instance->getDiagnosticOpts()), true);
  instance->setVerboseOutputStream(log);  // "1 error generated."
  // As cc1_main: precompiled headers may be wrapped in object files (-gmodules).
  auto containers = instance->getPCHContainerOperations();
  containers->registerWriter(std::make_unique<clang::ObjectFilePCHContainerWriter>());
  containers->registerReader(std::make_unique<clang::ObjectFilePCHContainerReader>());
  instance->createFileManager(std::move(vfs));

  bool ok = false;
  llvm::CrashRecoveryContext crash_recovery;
  if (!crash_recovery.RunSafely([&] { ok = clang::ExecuteCompilerInvocation(instance.get()); })) {
    log << "error: clang crashed inside pyxc while compiling (in-process backend)\n";
    ok = false;
  }
  log.flush();
  // -disable-free (the driver's default): a process that exits soon leaves the AST to the OS,
  // as clang itself does; freeing it costs tens of milliseconds.
  if (instance->getFrontendOpts().DisableFree)
    llvm::BuryPointer(std::move(instance));
  return ok;
}

int compile(const char* const* args, size_t nargs, const char* source_path,
            const char* source_text, size_t source_size, char** log_out) {
  // As clang's main: deep template instantiations then move to a thread with a larger stack
  // instead of overflowing this one.
  clang::noteBottomOfStack();
  std::string log_text;
  llvm::raw_string_ostream log(log_text);
  int status = 1;
  if (!state().error.empty()) {
    log << "error: " << state().error << "\n";
  } else {
    auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
        llvm::vfs::getRealFileSystem());
    if (source_path) {
      auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
      memory->addFile(source_path, 0,
                      llvm::MemoryBuffer::getMemBufferCopy(
                          llvm::StringRef(source_text, source_size), source_path));
      overlay->pushOverlay(memory);
    }
    DriverRun run(log, overlay);
    if (auto compilation = run.plan(args, nargs)) {
      status = 0;
      for (const clang::driver::Command& job : compilation->getJobs()) {
        if (llvm::StringRef(job.getCreator().getName()) != "clang") {
          log << "error: pyxc's in-process clang runs compilations only, not '"
              << job.getExecutable() << "'\n";
          status = 1;
          break;
        }
        if (!run_cc1(job, log, overlay)) {
          status = 1;
          break;
        }
      }
    }
  }
  log.flush();
  *log_out = copy_out(log_text);
  return status;
}

int link_command(const char* const* args, size_t nargs, char** command_out, char** log_out) {
  std::string log_text, command;
  llvm::raw_string_ostream log(log_text);
  int status = 1;
  *command_out = nullptr;
  if (!state().error.empty()) {
    log << "error: " << state().error << "\n";
  } else {
    DriverRun run(log);
    if (auto compilation = run.plan(args, nargs)) {
      const auto& jobs = compilation->getJobs();
      if (jobs.size() != 1) {
        log << "error: expected one linker job from clang's driver, got " << jobs.size() << "\n";
      } else {
        const clang::driver::Command& job = *jobs.begin();
        command.append(job.getExecutable()).push_back('\0');
        for (const char* arg : job.getArguments()) command.append(arg).push_back('\0');
        command.push_back('\0');
        status = 0;
      }
    }
  }
  log.flush();
  if (status == 0) {
    *command_out = static_cast<char*>(malloc(command.size()));
    if (*command_out) std::memcpy(*command_out, command.data(), command.size());
  }
  *log_out = copy_out(log_text);
  return status;
}

int run_linker(const char* const* argv, size_t argc, char** log_out) {
  *log_out = nullptr;
#ifdef PYXC_HAVE_LLD
  if (argc == 0 || llvm::sys::path::filename(argv[0]) != "ld.lld") return -1;
  std::string log_text;
  llvm::raw_string_ostream log(log_text);
  bool ok = false;
  // lld reports a fatal error by exiting: inside a recovery context that returns here instead.
  llvm::CrashRecoveryContext recovery;
  if (!recovery.RunSafely([&] {
        ok = lld::elf::link(llvm::makeArrayRef(argv, argc), log, log, /*exitEarly=*/false,
                            /*disableOutput=*/false);
      })) {
    log << "error: lld failed inside pyxc (in-process backend)\n";
    ok = false;
  }
  // Its global state, as lld's own main frees it after a link.
  lld::CommonLinkerContext::destroy();
  log.flush();
  *log_out = copy_out(log_text);
  return ok ? 0 : 1;
#else
  (void)argv;
  (void)argc;
  return -1;
#endif
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const PyxcClangPlugin* pyxc_clang_plugin(void) {
  PluginState& s = state();
  s.api.abi = PYXC_CLANG_PLUGIN_ABI;
  s.api.error = s.error.empty() ? nullptr : s.error.c_str();
  s.api.version = s.version.c_str();
  s.api.library_path = s.library.c_str();
  s.api.resource_dir = s.resource_dir.c_str();
  s.api.compile = compile;
  s.api.link_command = link_command;
  s.api.run_linker = run_linker;
  s.api.release = release;
  return &s.api;
}
