// The precompiled runtime: Python.h and every runtime header (numpy's only for modules that use
// numpy), compiled once per (compiler, flags, runtime headers, Python) and reused by every
// module: parsing these headers is most of a small module's compile time. With clang, their
// code is compiled once too, into an object that modules link (-fpch-codegen). pyxc's build
// precompiles the default configurations into <prefix>/share/pyxc/pch (installed_pch_dir());
// others are built into the build cache, in the background unless --pch-wait.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tools/pyxc/backend.hpp"
#include "tools/pyxc/cache.hpp"
#include "tools/pyxc/compile.hpp"

namespace pyxc::driver {

struct PchRequest {
  const CompileJob* job = nullptr;
  Backend* backend = nullptr;   // builds it: the in-process Clang, or a spawned compiler
  std::string_view cpp;          // the module's C++: its `#include <pyxc/...>` lines are used
  std::string runtime_hash;      // runtime_headers_hash()
  std::string python_stamp;      // file_stamp() of Python.h
  std::string runtime_dir;       // where the runtime headers are (the umbrella lists them)
  std::string build_root;        // where one is built and looked for: the cache's pch/
  std::vector<std::string> prebuilt_roots;  // also looked in first, never written: pyxc's own
  bool verbose = false;
};

struct PrecompiledRuntime {
  std::vector<std::string> flags;  // what the module's compilation adds; empty: no PCH
  std::string object;  // clang only: the header's code, compiled once, to link with the module
  bool ready = false;  // built: `flags` and `object` can be used now
  // Where and from what it is built.
  std::string dir, header, pch, umbrella;
};

/// The precompiled runtime the module would use, ready or not. Empty flags when there can be
/// none: no build root (no cache directory), a compiler that is neither g++ nor clang, no runtime headers, or
/// a build that failed before (kept as failed, so that it is not retried at every build).
PrecompiledRuntime locate_precompiled_runtime(const PchRequest& request);

/// Builds what `runtime` lacks, now; false if it cannot be used.
bool build_precompiled_runtime(const PchRequest& request, const PrecompiledRuntime& runtime);

/// Builds what `runtime` lacks in a detached process (nice'd, output discarded), so that the
/// build that found it missing need not wait: the next build of a module with the same
/// headers uses it. At most one such builder per precompiled runtime.
void build_precompiled_runtime_in_background(const PchRequest& request,
                                             const PrecompiledRuntime& runtime);

}  // namespace pyxc::driver
