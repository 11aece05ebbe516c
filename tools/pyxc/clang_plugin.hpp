// Loading the in-process Clang backend (libpyxc_clang.so, see clang_backend/plugin_api.h).
// Only a module build calls load_clang_plugin(): `pyxc -e` and `pyxc --help` never map
// libclang-cpp, whose loading alone costs about 0.1 s.
#pragma once

#include <string>

#include "tools/pyxc/clang_backend/plugin_api.h"

namespace pyxc::driver {

struct ClangPlugin {
  const PyxcClangPlugin* api = nullptr;
  std::string path;  // the plugin file that was loaded
};

/// Where the plugin is: $PYXC_CLANG_PLUGIN, else <exe dir>/../lib/libpyxc_clang.so.
std::string clang_plugin_path();

/// Loads the plugin at `path`. On failure (not built, a library missing, another ABI, no Clang
/// resource directory) `api` is null and *why says what went wrong. Under `verbose` a
/// successful load is reported on stderr.
ClangPlugin load_clang_plugin(const std::string& path, bool verbose, std::string* why);

/// When $PYXC_REPORT_LIBCLANG is set: at exit, print on stderr whether libclang-cpp is mapped
/// into this process (from /proc/self/maps), so tests can check that a run did not load it.
void report_libclang_at_exit_if_asked();

}  // namespace pyxc::driver
