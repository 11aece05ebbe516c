// The numpy functions and ndarray methods pyxc compiles: how each binds its arguments (numpy's
// parameter names, so keywords work) and which typing rule applies. Shared by inference
// (frontend/infer_numpy.cpp), code generation (codegen/emit_numpy.cpp) and the builtins table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/numpy_types.hpp"

namespace pyxc {

enum class NumpyRule {
  UnaryFloat,   // sqrt, exp, ...: float result (ints -> float64)
  UnarySame,    // abs, negative, square, sign: the input dtype (abs of complex -> float)
  UnaryBool,    // isnan, isinf, isfinite, logical_not
  UnaryPart,    // real, imag, conj
  BinaryArith,  // add, subtract, multiply, power, minimum, maximum, floor_divide, remainder
  BinaryFloat,  // true_divide, arctan2, hypot
  BinaryCompare,  // equal, less, ... and logical_and/or: bool result
  Where, Clip,
  Reduce,       // sum prod mean var std min max argmin argmax any all
  Cumulative,   // cumsum cumprod
  Create,       // zeros ones empty full
  CreateLike,   // zeros_like ones_like empty_like full_like
  Arange, Linspace, Array, Eye,
  Dot,
  Reshape, Ravel, Transpose, Copy, Astype,
  Len,          // np.size / np.ndim / np.shape
  Random,       // np.random.*: numpy's legacy global RandomState (frontend/infer_numpy_library.cpp)
  Sort,         // sort argsort (and the in-place a.sort()), unique
  Join,         // concatenate stack vstack hstack
  Norm,         // np.linalg.norm
  LinalgLU,     // np.linalg.det inv solve (an LU decomposition)
};

struct NumpyFunction {
  std::string name;               // numpy's name (`sum`, `true_divide`)
  NumpyRule rule;
  std::vector<std::string> params;  // numpy's parameter names, positional order
  std::size_t required;
  std::string op;                 // the runtime operation (`ops::add`, `sum`, ...)
  bool method = false;            // also an ndarray method (`a.sum()`)
  bool function = true;           // also a numpy module function (`np.sum(a)`)
  std::string submodule = "";     // "random" for np.random.rand, "linalg" for np.linalg.norm
  std::string header = "";        // its runtime header pyxc/numpy/<header>.hpp when not in pyxc/numpy.hpp
  bool varargs = false;           // positional arguments are extents (np.random.rand(2, 3))
};

const std::vector<NumpyFunction>& numpy_functions();
/// The numpy function `name` of `submodule` ("" for numpy itself, "random", "linalg").
const NumpyFunction* find_numpy_function(const std::string& name, const std::string& submodule = "");
/// Is `name` a numpy submodule pyxc knows (np.random, np.linalg)?
bool is_numpy_submodule(const std::string& name);
const NumpyFunction* find_ndarray_method(const std::string& name);

/// Binds a call's arguments to fn's parameters: slots[i] is the argument for params[i] (null
/// when omitted). For a method, `receiver` fills the first parameter. Returns "" or an error
/// (an unknown or repeated keyword, too many arguments, a missing one).
std::string bind_numpy_args(const NumpyFunction& fn, const Expr& call, const Expr* receiver,
                            std::vector<const Expr*>& slots);

/// The dtype an expression names in `dtype=` position (`np.float32`, `float`, `"int32"`).
std::optional<Dtype> dtype_argument(const Expr& e, const std::vector<std::string>& numpy_aliases);

/// A norm order written as a literal: 2, -1, 0.5, np.inf, -math.inf (nullopt otherwise).
std::optional<double> literal_norm_order(const Expr& e);

/// The result dtype of reduction `op` (sum, mean, var, argmax, any, ...) of a d array.
Dtype reduce_dtype(const std::string& op, Dtype d);

/// The dtype sum/prod/cumsum accumulate in (numpy: ints widen to int64/uint64, bool to int64).
Dtype sum_dtype(Dtype d);

}  // namespace pyxc
