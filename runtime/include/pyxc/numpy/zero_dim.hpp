// numpy's 0-d arrays used as values: in arithmetic, ufuncs, comparisons and float()/int() a
// 0-d array stands for its element, a numpy scalar, which pyxc hands to Python as a Python
// scalar (README); reductions see it as one element.
#pragma once

#include <complex>
#include <type_traits>

#include "pyxc/numpy/ndarray.hpp"
#include "pyxc/numpy/ops.hpp"

namespace pyxc::np {

/// A numpy scalar as the Python scalar pyxc represents it by: bool, int (int64), float
/// (double) or complex (complex_t); a float32 stays the float32 value.
template <class T>
PYXC_INLINE auto py_scalar(T x) {
  if constexpr (std::is_same_v<T, bool>) return x;
  else if constexpr (std::is_integral_v<T>) return static_cast<int_t>(x);
  else if constexpr (std::is_floating_point_v<T>) return static_cast<double>(x);
  else return complex_t(static_cast<double>(x.real()), static_cast<double>(x.imag()));
}

/// x[()] of a 0-d array as a Python scalar (float(x), int(x), `x + 1` of a 0-d x).
template <class T>
PYXC_INLINE auto item(const ndarray<T, 0>& x) {
  return py_scalar(*x.data());
}

/// A 0-d array as a 1-d view of its one element (what reductions of it read).
template <class T>
ndarray<T, 1> as_1d(const ndarray<T, 0>& x) {
  return ndarray<T, 1>(x.data(), {1}, {1}, x.owner());
}

/// The same when the reduction names an axis. numpy lets its ufunc reductions (sum, max, any,
/// ...) and argmin/argmax take axis 0 or -1 of a 0-d array (a compatibility special case) and
/// words the AxisError with dimension 0, resp. 1 (argmax ravels first); mean/var/std allow no
/// axis at all (allow_first false).
template <class T>
ndarray<T, 1> as_1d(const ndarray<T, 0>& x, int_t axis, bool allow_first, int message_ndim) {
  if (!allow_first || (axis != 0 && axis != -1)) normalize_axis(axis, message_ndim);
  return as_1d(x);
}

/// `x ** e` of a 0-d x (element type T) and a scalar exponent: numpy's fast_scalar_power
/// computes exponents 1, -1, 0, 0.5 and 2 of a float or complex x, and 2 of an integer x, by a
/// unary ufunc in x's own dtype (float32 stays float32); other exponents go through power in
/// the promoted compute type C.
template <class C, class T, class E>
PYXC_INLINE auto power_zero_dim(T x, E e) {
  constexpr bool real_exponent = std::is_arithmetic_v<E>;
  if constexpr (real_exponent && (std::is_floating_point_v<T> || is_complex_v<T>)) {
    if (e == 1) return py_scalar(static_cast<C>(x));
    if (e == -1) return py_scalar(static_cast<C>(ops::truediv<T>{}(T(1), x)));
    if (e == 0) return py_scalar(static_cast<C>(T(1)));
    if (e == 0.5) return py_scalar(static_cast<C>(ops::sqrt<T>{}(x)));
    if (e == 2) return py_scalar(static_cast<C>(ops::square<T>{}(x)));
  } else if constexpr (real_exponent && std::is_integral_v<T>) {
    if (e == 2) {
      // An integer x squares in its dtype; with a float exponent numpy squares a float64 copy.
      if constexpr (std::is_integral_v<E>) return py_scalar(static_cast<C>(ops::square<T>{}(x)));
      else return py_scalar(ops::square<C>{}(static_cast<C>(x)));
    }
  }
  return py_scalar(ops::power<C>{}(static_cast<C>(x), static_cast<C>(e)));
}

/// `x += v` of a 0-d x: its element updated by op (in compute type C), cast back to T.
template <class Op, class T, class V>
void update_zero_dim(const ndarray<T, 0>& x, V value) {
  using C = std::remove_cvref_t<decltype(value)>;
  *x.data() = static_cast<T>(Op{}(static_cast<C>(*x.data()), value));
}

}  // namespace pyxc::np
