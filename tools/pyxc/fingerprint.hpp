// What a build depends on besides the generated C++ and the flags: the identity of pyxc
// itself, of the C++ compiler and of the runtime headers. Each is cheap to recheck (a few
// stat calls) and its slow part is memoized in the build cache.
#pragma once

#include <optional>
#include <string>

#include "tools/pyxc/cache.hpp"
#include "tools/pyxc/compile.hpp"

namespace pyxc::driver {

/// "mtime|size|inode|device" of the file at `path` (following symlinks), "" if it is missing.
std::string file_stamp(const std::string& path);

/// The running pyxc binary: its path and stamp. A rebuilt pyxc (new codegen, new glue) thus
/// misses every cache entry an earlier build of it made.
std::string pyxc_identity();

struct CompilerIdentity {
  std::string path;     // the real path the name resolves to
  std::string version;  // its `--version` output (or why there is none)
  CompilerKind kind = CompilerKind::Other;
};

/// Resolves `cxx` through PATH and symlinks; its `--version` output is memoized per stamp of
/// the real file, so that the usual build spawns no extra process. nullopt if not found.
std::optional<CompilerIdentity> compiler_identity(const std::string& cxx, const BuildCache& cache);

/// A digest over the names and contents of every file under `runtime_dir`, memoized by their
/// names and stamps: editing a runtime header invalidates the modules and headers built on it.
std::string runtime_headers_hash(const std::string& runtime_dir, const BuildCache& cache);

}  // namespace pyxc::driver
