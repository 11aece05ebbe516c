// The precompiled runtime: Python.h and the runtime headers a module includes, compiled once
// per (compiler, flags, headers) into the build cache and reused by every module that
// includes the same headers. Parsing these headers is most of a small module's compile time.
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
/// none: no cache directory, a compiler that is neither g++ nor clang, no runtime headers, or
/// a build that failed before (kept as failed, so that it is not retried at every build).
PrecompiledRuntime locate_precompiled_runtime(const PchRequest& request, const BuildCache& cache);

/// Builds what `runtime` lacks, now; false if it cannot be used.
bool build_precompiled_runtime(const PchRequest& request, const PrecompiledRuntime& runtime);

/// Builds what `runtime` lacks in a detached process (nice'd, output discarded), so that the
/// build that found it missing need not wait: the next build of a module with the same
/// headers uses it. At most one such builder per precompiled runtime.
void build_precompiled_runtime_in_background(const PchRequest& request,
                                             const PrecompiledRuntime& runtime);

}  // namespace pyxc::driver
