// Which Python the extension module is built for, and what we need to know about it
// (headers, extension suffix, numpy headers), from one cached probe subprocess.
#pragma once

#include <optional>
#include <string>

namespace pyxc::driver {

struct PythonInfo {
  std::string executable;     // sys.executable (the real interpreter, not a pyenv shim)
  std::string include_dir;    // sysconfig.get_paths()["include"]: where Python.h is
  std::string ext_suffix;     // ".cpython-311-x86_64-linux-gnu.so"
  std::string numpy_include;  // the directory holding numpy/arrayobject.h; "" without numpy
  std::string version;        // "3.11.2"
};

/// Picks the interpreter: `requested` (from --python or $PYXC_PYTHON) if not empty, else the
/// first of `python3` on PATH and /usr/bin/python3 that has numpy, else the first that runs.
/// On failure returns nullopt with a message naming every candidate tried in *error.
/// With `verbose`, says on stderr what it tried and whether the cache answered.
std::optional<PythonInfo> select_python(const std::string& requested, bool verbose,
                                        std::string* error);

}  // namespace pyxc::driver
