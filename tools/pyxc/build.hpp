// Building the generated C++ into an extension module: through the build cache (a module
// whose inputs are unchanged is copied, not rebuilt), the precompiled runtime, then the
// C++ compiler and the linker.
#pragma once

#include <string>

#include "frontend/diagnostics.hpp"
#include "tools/pyxc/compile.hpp"
#include "tools/pyxc/phase_timer.hpp"
#include "tools/pyxc/python_probe.hpp"

namespace pyxc::driver {

enum class PchMode {
  Background,  // use the precompiled runtime if built, else build it in the background
  Wait,        // --pch-wait: build a missing one first, then use it
  UseOnly,     // use one if built, never build one ($PYXC_PCH_BUILD=never: the test suite)
  Off,         // --no-pch
};

struct BuildOptions {
  CompileJob job;  // compiler and user flags; build_module adds the include directories
  bool use_cache = true;  // --no-cache: neither look up nor keep the module
  PchMode pch = PchMode::Background;
  std::string pch_dir;  // --pch-dir: build and look for the precompiled runtime only there
  bool keep_cpp = false;
  bool verbose = false;
};

/// Builds `cpp` (the module `module_name`) into `output` for `python`. Returns the exit
/// status; a C++ failure is reported in `diags` as an internal error at its Python line.
int build_module(BuildOptions options, const std::string& module_name, const std::string& cpp,
                 const std::string& output, const PythonInfo& python, Diagnostics& diags,
                 PhaseTimer& timer);

}  // namespace pyxc::driver
