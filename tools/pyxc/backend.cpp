#include "tools/pyxc/backend.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "tools/pyxc/clang_plugin.hpp"
#include "tools/pyxc/paths.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

/// Runs one command with its output in `log_path`; the command and its output go to stderr
/// under -v.
ProcessResult run_logged(const std::vector<std::string>& argv, const std::string& log_path,
                         bool verbose, std::string* log) {
  if (verbose) fmt::print(stderr, "pyxc: {}\n", shell_command_line(argv));
  ProcessResult run = run_to_file(argv, log_path);
  log->clear();
  read_file(log_path, log);
  if (verbose && !log->empty()) fmt::print(stderr, "{}", *log);
  return run;
}

class ExternalBackend final : public Backend {
 public:
  ExternalBackend(std::string program, CompilerIdentity identity)
      : program_(std::move(program)), identity_(std::move(identity)) {}
  const CompilerIdentity& identity() const override { return identity_; }
  std::string program() const override { return program_; }
  std::string description() const override {
    return fmt::format("external compiler {}", identity_.path);
  }
  bool reads_cpp_from_disk() const override { return true; }

  ProcessResult compile(const CompileJob& job, const std::vector<std::string>& extra,
                        const std::string& cpp_path, std::string_view,
                        const std::string& object_path, const std::string& log_path, bool verbose,
                        std::string* log) override {
    return run_logged(compile_command(job, extra, cpp_path, object_path), log_path, verbose, log);
  }
  ProcessResult compile_file(const CompileJob& job, const std::vector<std::string>& extra,
                             const std::string& path, const std::string& object_path,
                             const std::string& log_path, bool verbose, std::string* log) override {
    return run_logged(compile_command(job, extra, path, object_path), log_path, verbose, log);
  }
  ProcessResult precompile(const CompileJob& job, const std::string& header_path,
                           const std::string& pch_path, const std::string& log_path, bool verbose,
                           std::string* log) override {
    return run_logged(precompile_command(job, header_path, pch_path), log_path, verbose, log);
  }
  ProcessResult link(const CompileJob& job, const std::string& object_path,
                     const std::string& output_path, const std::string& log_path, bool verbose,
                     std::string* log) override {
    return run_logged(link_command(job, object_path, output_path), log_path, verbose, log);
  }

 private:
  std::string program_;
  CompilerIdentity identity_;
};

/// What the plugin says about itself, memoized per plugin file: "version\nlibrary\nresource".
std::optional<std::string> plugin_facts(const PyxcClangPlugin& api) {
  return fmt::format("{}\n{}\n{}", api.version, api.library_path, api.resource_dir);
}

/// Clang in this process, through the plugin, loaded on first use. Its -v lines are the
/// clang++ commands it runs the equivalent of (the C++ file named there is never written).
class InProcessBackend final : public Backend {
 public:
  InProcessBackend(std::string plugin_path, const std::string& facts, ClangPlugin loaded)
      : plugin_path_(std::move(plugin_path)), plugin_(std::move(loaded)) {
    std::size_t first = facts.find('\n'), second = facts.find('\n', first + 1);
    version_ = facts.substr(0, first);
    library_ = facts.substr(first + 1, second - first - 1);
    std::error_code ec;
    identity_.path = fs::canonical(plugin_path_, ec).string();
    if (ec) identity_.path = plugin_path_;
    // The plugin and the libclang-cpp it runs: a rebuilt plugin or an upgraded Clang misses.
    identity_.version = fmt::format("{}\nlibclang-cpp {}\nplugin {}\n", facts,
                                    file_stamp(library_), file_stamp(identity_.path));
    identity_.kind = CompilerKind::Clang;
  }
  const CompilerIdentity& identity() const override { return identity_; }
  std::string program() const override { return "clang++"; }
  std::string description() const override {
    return fmt::format("in-process clang ({}, {})", version_, library_);
  }
  bool load(bool verbose, std::string* why) override {
    if (!plugin_.api) plugin_ = load_clang_plugin(plugin_path_, verbose, why);
    return plugin_.api != nullptr;
  }
  bool reads_cpp_from_disk() const override { return false; }

  ProcessResult compile(const CompileJob& job, const std::vector<std::string>& extra,
                        const std::string& cpp_path, std::string_view cpp,
                        const std::string& object_path, const std::string&, bool verbose,
                        std::string* log) override {
    return run_cc1(compile_command(job, extra, cpp_path, object_path), cpp_path.c_str(), cpp,
                   verbose, log);
  }
  ProcessResult compile_file(const CompileJob& job, const std::vector<std::string>& extra,
                             const std::string& path, const std::string& object_path,
                             const std::string&, bool verbose, std::string* log) override {
    return run_cc1(compile_command(job, extra, path, object_path), nullptr, {}, verbose, log);
  }
  ProcessResult precompile(const CompileJob& job, const std::string& header_path,
                           const std::string& pch_path, const std::string&, bool verbose,
                           std::string* log) override {
    return run_cc1(precompile_command(job, header_path, pch_path), nullptr, {}, verbose, log);
  }
  ProcessResult link(const CompileJob& job, const std::string& object_path,
                     const std::string& output_path, const std::string& log_path, bool verbose,
                     std::string* log) override {
    std::vector<std::string> argv = link_command(job, object_path, output_path);
    if (verbose) fmt::print(stderr, "pyxc: in-process: {}\n", shell_command_line(argv));
    std::vector<const char*> args = tail_of(argv);
    char* command = nullptr;
    char* driver_log = nullptr;
    int status = plugin_.api->link_command(args.data(), args.size(), &command, &driver_log);
    *log = take(driver_log);
    if (status != 0 || !command) {
      if (verbose) fmt::print(stderr, "{}", *log);
      if (command) plugin_.api->release(command);
      return finished(status == 0 ? 1 : status);
    }
    std::vector<std::string> linker;
    for (const char* p = command; *p; p += linker.back().size() + 1) linker.emplace_back(p);
    plugin_.api->release(command);
    // lld links inside this process when the plugin has it (libLLVM is loaded already).
    std::vector<const char*> linker_argv;
    for (const auto& arg : linker) linker_argv.push_back(arg.c_str());
    char* linker_log = nullptr;
    int linked = plugin_.api->run_linker(linker_argv.data(), linker_argv.size(), &linker_log);
    if (linked < 0) return run_logged(linker, log_path, verbose, log);
    if (verbose) fmt::print(stderr, "pyxc: in-process: {}\n", shell_command_line(linker));
    *log = take(linker_log);
    if (verbose && !log->empty()) fmt::print(stderr, "{}", *log);
    return finished(linked);
  }

 private:
  /// argv without the program name, as the plugin takes it.
  static std::vector<const char*> tail_of(const std::vector<std::string>& argv) {
    std::vector<const char*> args;
    for (std::size_t i = 1; i < argv.size(); ++i) args.push_back(argv[i].c_str());
    return args;
  }
  std::string take(char* text) const {
    std::string out = text ? text : "";
    if (text) plugin_.api->release(text);
    return out;
  }
  static ProcessResult finished(int status) {
    ProcessResult result;
    result.started = true;
    result.exit_code = status;
    return result;
  }

  ProcessResult run_cc1(const std::vector<std::string>& argv, const char* source_path,
                        std::string_view source, bool verbose, std::string* log) {
    if (verbose) fmt::print(stderr, "pyxc: in-process: {}\n", shell_command_line(argv));
    std::vector<const char*> args = tail_of(argv);
    char* text = nullptr;
    int status = plugin_.api->compile(args.data(), args.size(), source_path, source.data(),
                                      source.size(), &text);
    *log = take(text);
    if (verbose && !log->empty()) fmt::print(stderr, "{}", *log);
    return finished(status);
  }

  std::string plugin_path_, version_, library_;
  ClangPlugin plugin_;  // api null until load()
  CompilerIdentity identity_;
};

}  // namespace

std::unique_ptr<Backend> choose_backend(const std::string& cxx, const BuildCache& cache,
                                        bool verbose, std::string* error) {
  if (cxx.empty()) {
    std::string path = clang_plugin_path(), why;
    if (path.empty() || !fs::exists(path))
      return fallback_backend(path.empty() ? "cannot tell where pyxc is installed"
                                           : fmt::format("{}: not found", path),
                              cache, verbose, error);
    ClangPlugin loaded;
    std::optional<std::string> facts =
        cache.memo("clang-plugin", path + "|" + file_stamp(path), [&] {
          loaded = load_clang_plugin(path, verbose, &why);
          return loaded.api ? plugin_facts(*loaded.api) : std::nullopt;
        });
    if (!facts) return fallback_backend(why, cache, verbose, error);
    return std::make_unique<InProcessBackend>(path, *facts, std::move(loaded));
  }
  std::optional<CompilerIdentity> identity = compiler_identity(cxx, cache);
  if (!identity) {
    *error = fmt::format(
        "cannot run the C++ compiler '{}': not found (choose one with --cxx or $PYXC_CXX)", cxx);
    return nullptr;
  }
  return std::make_unique<ExternalBackend>(cxx, std::move(*identity));
}

std::unique_ptr<Backend> fallback_backend(const std::string& why, const BuildCache& cache,
                                          bool verbose, std::string* error) {
  if (verbose) fmt::print(stderr, "pyxc: no in-process Clang ({}); spawning g++\n", why);
  return choose_backend("g++", cache, verbose, error);
}

}  // namespace pyxc::driver
