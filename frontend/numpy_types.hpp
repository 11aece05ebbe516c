// numpy's dtypes as pyxc sees them: names, the Python scalar type of each, numpy's type
// promotion (array with array, array with Python scalar) and the spelling of array types.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/types.hpp"

namespace pyxc {

enum class DtypeKind { Bool, Signed, Unsigned, Float, Complex };

DtypeKind dtype_kind(Dtype d);
int dtype_itemsize(Dtype d);
/// "float64", "int32", "bool", ...
const char* dtype_name(Dtype d);
/// A dtype from its numpy name (also `float`, `int`, `complex`, `bool`, `double`); nullopt if none.
std::optional<Dtype> dtype_from_name(std::string_view name);
/// The C++ element type in the runtime: `double`, `std::int32_t`, `std::complex<float>`.
const char* dtype_cpp(Dtype d);
/// The pyxc scalar type an element reads as: bool, int, float or complex.
Type dtype_scalar_type(Dtype d);
/// The dtype numpy gives a Python scalar of type t (bool, int64, float64, complex128).
std::optional<Dtype> scalar_dtype(Type t);

/// numpy.promote_types(a, b).
Dtype promote(Dtype a, Dtype b);
/// The result dtype of an operation between an array of dtype `a` and a Python scalar of type
/// `scalar` (numpy 1.x: the scalar does not widen the array within its kind).
Dtype promote_with_scalar(Dtype a, Type scalar);
/// The same for a 0-d array of dtype `zero_dim` beside an array of dtype `a` (numpy 1.x: a 0-d
/// array of a higher category promotes as an array, else it joins as a Python scalar would;
/// numpy's value-based widening for values that do not fit is not modelled).
Dtype promote_with_zero_dim(Dtype a, Dtype zero_dim);
/// The dtype a float-valued function (sqrt, exp, true division, mean) gives for inputs of d:
/// ints go to float64; nullopt for the dtypes numpy would compute in float16 (int8, int16,
/// uint8, uint16, bool), which pyxc does not support.
std::optional<Dtype> float_result(Dtype d);

/// The dtype numpy computes an elementwise operation in: array dtypes promote together, then
/// each Python scalar joins by promote_with_scalar and each 0-d array by promote_with_zero_dim
/// (scalars and 0-d arrays alone promote as dtypes, Python's int as int64). nullopt
/// when an operand is not a number or an array.
std::optional<Dtype> elementwise_dtype(const std::vector<Type>& operands);

/// `a[i]` of an array: its scalar for rank 1, else the array of one rank less.
Type ndarray_item_type(Type t);
/// `float64[:, :]`, `int32[:, ::1]`.
std::string ndarray_spelling(Type t);

}  // namespace pyxc
