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

/// The flags that make the module's compilation use the precompiled runtime, building it
/// first if the cache has none (`*built` then says so). Empty when there is no usable one:
/// no cache directory, a compiler that is neither g++ nor clang, or a failed build (kept as
/// failed, so that it is not retried at every build).
std::vector<std::string> precompiled_runtime(const PchRequest& request, const BuildCache& cache,
                                             bool* built);

}  // namespace pyxc::driver
