#include "tools/pyxc/clang_plugin.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tools/pyxc/paths.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

std::string clang_plugin_path() {
  if (const char* env = std::getenv("PYXC_CLANG_PLUGIN"); env && *env) return env;
  std::string exe_dir = executable_dir();
  if (exe_dir.empty()) return "";
  std::error_code ec;
  return fs::weakly_canonical(fs::path(exe_dir) / ".." / "lib" / "libpyxc_clang.so", ec).string();
}

namespace {

bool libclang_mapped() {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line))
    if (line.find("libclang-cpp") != std::string::npos) return true;
  return false;
}

}  // namespace

ClangPlugin load_clang_plugin(const std::string& path, bool verbose, std::string* why) {
  ClangPlugin plugin;
  plugin.path = path;
  if (plugin.path.empty()) {
    *why = "cannot tell where pyxc is installed";
    return plugin;
  }
  // RTLD_LOCAL: LLVM's symbols stay out of the global namespace (and away from the ones of
  // anything else this process might load).
  void* handle = dlopen(plugin.path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char* error = dlerror();
    *why = error ? error : "dlopen failed";
    return plugin;
  }
  auto entry = reinterpret_cast<PyxcClangPluginEntry>(dlsym(handle, PYXC_CLANG_PLUGIN_ENTRY));
  if (!entry) {
    *why = fmt::format("{} has no {}()", plugin.path, PYXC_CLANG_PLUGIN_ENTRY);
    return plugin;
  }
  const PyxcClangPlugin* api = entry();
  if (!api || api->abi != PYXC_CLANG_PLUGIN_ABI) {
    *why = fmt::format("{} speaks another plugin interface (ABI {}, pyxc expects {})",
                       plugin.path, api ? api->abi : -1, PYXC_CLANG_PLUGIN_ABI);
    return plugin;
  }
  if (api->error) {
    *why = api->error;
    return plugin;
  }
  if (verbose) fmt::print(stderr, "pyxc: loaded the in-process Clang plugin {}\n", plugin.path);
  plugin.api = api;
  return plugin;
}

void report_libclang_at_exit_if_asked() {
  if (!std::getenv("PYXC_REPORT_LIBCLANG")) return;
  std::atexit([] {
    std::fprintf(stderr, "pyxc: libclang-cpp mapped at exit: %s\n", libclang_mapped() ? "yes" : "no");
  });
}

}  // namespace pyxc::driver
