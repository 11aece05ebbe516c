// The numpy runtime (`import numpy`): arrays, elementwise expressions, reductions, creation
// and dot. The CPython side (arguments viewed in place, results shared) is python/numpy.hpp.
#pragma once

#include "pyxc/numpy/create.hpp"
#include "pyxc/numpy/dot.hpp"
#include "pyxc/numpy/elementwise.hpp"
#include "pyxc/numpy/fancy.hpp"
#include "pyxc/numpy/iterate.hpp"
#include "pyxc/numpy/ndarray.hpp"
#include "pyxc/numpy/ops.hpp"
#include "pyxc/numpy/reduce.hpp"
#include "pyxc/numpy/zero_dim.hpp"

namespace pyxc::np {
inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double inf = __builtin_inf();
inline constexpr double nan = __builtin_nan("");
}  // namespace pyxc::np
