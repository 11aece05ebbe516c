/* The C interface between the pyxc driver and its in-process Clang plugin (libpyxc_clang.so).
 *
 * The plugin is the only part of pyxc that links libclang-cpp and libLLVM: loading them costs
 * about 0.1 s, so the driver dlopen()s the plugin only when it builds a module, and `pyxc -e`
 * or `pyxc --help` never pay for it. Plain C types only, so that neither side depends on the
 * other's C++ standard library layout; strings the plugin returns are released with
 * `release`. */
#ifndef PYXC_CLANG_PLUGIN_API_H
#define PYXC_CLANG_PLUGIN_API_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever this struct changes: a plugin of another ABI is not used. */
#define PYXC_CLANG_PLUGIN_ABI 2
#define PYXC_CLANG_PLUGIN_ENTRY "pyxc_clang_plugin"

typedef struct PyxcClangPlugin {
  int abi; /* PYXC_CLANG_PLUGIN_ABI */
  /* Non-null if the plugin cannot work (no Clang resource directory found, say): why. */
  const char* error;
  /* "Debian clang version 14.0.6", and the libclang-cpp it runs: part of the cache key. */
  const char* version;
  const char* library_path;  /* the real path of libclang-cpp */
  const char* resource_dir;  /* stddef.h, intrinsics, omp.h */

  /* Runs the compilations `args` asks for (clang++ driver arguments, without argv[0]: a
   * `-c` compile, or a `-x c++-header` precompiled header) inside this process. When
   * `source_path` is non-null, the file of that name reads as `source_text` (`source_size`
   * bytes) instead of the disk. Returns 0 on success; `*log` (never null on return) holds
   * the diagnostics, as clang++ prints them. */
  int (*compile)(const char* const* args, size_t nargs, const char* source_path,
                 const char* source_text, size_t source_size, char** log);

  /* The linker command clang++ would run for the link `args` (driver arguments without
   * argv[0]), as NUL-terminated strings one after the other, ended by an empty string, in
   * `*command`. Returns 0 on success, else nonzero with the reason in `*log`. */
  int (*link_command)(const char* const* args, size_t nargs, char** command, char** log);

  /* Runs a linker command (as link_command gives it: argv[0] is the linker) inside this
   * process when the linker is lld and the plugin has it; returns -1 without doing anything
   * otherwise (the caller spawns it). 0 on success; `*log` holds the linker's messages. */
  int (*run_linker)(const char* const* argv, size_t argc, char** log);

  void (*release)(char* text);
} PyxcClangPlugin;

/* The plugin's one exported symbol (PYXC_CLANG_PLUGIN_ENTRY). */
typedef const PyxcClangPlugin* (*PyxcClangPluginEntry)(void);

#ifdef __cplusplus
}
#endif

#endif /* PYXC_CLANG_PLUGIN_API_H */
