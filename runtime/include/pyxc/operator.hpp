// The operator module. Its functions compile to the operators they name (operator.add(a, b)
// is `a + b` with Python's semantics, see codegen/emit_function_values.cpp), so this header
// only gathers what those operators need.
#pragma once

#include "pyxc/arith.hpp"
#include "pyxc/builtins.hpp"
