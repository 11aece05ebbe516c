// Typed AST -> C++ text.
#pragma once

#include <string>

#include "frontend/infer.hpp"

namespace pyxc {

struct EmitOptions {
  std::string module_name;   // the Python module name (PyInit_<module_name>)
  std::string source_name;   // the .py path as written in `// file.py:12` comments
  bool module_glue = true;   // false for `-e`: plain C++ functions only
  bool line_directives = false;  // -g: `#line N "file.py"` after each statement comment
};

/// The complete C++ translation unit for `program`.
std::string emit_cpp(const TypedProgram& program, const EmitOptions& options);

}  // namespace pyxc
