// np.linalg.norm for real arrays (ints and bools as float64): the 2-norm/Frobenius norm, vector
// norms of any order (inf, -inf, 0, 1, 2, p), the matrix norms 1, -1, inf, -inf and 'fro', and
// vector norms along an axis. Sums follow numpy's pairwise order; numpy's whole-array 2-norm
// is a BLAS dot product, whose order pyxc does not reproduce (results agree to rounding).
#pragma once

#include <cmath>
#include <limits>
#include <string>

#include "pyxc/numpy/reduce.hpp"

namespace pyxc::np::linalg {

namespace detail {
template <class E>
auto as_double(const E& e) {
  return map<ops::abs<double>>(e);
}
}  // namespace detail

/// norm(x) / norm(x, 'fro') / norm(x, 2) of a vector: sqrt of the sum of squares.
template <class E>
double norm(const E& e) {
  auto a = detail::as_double(e);
  return std::sqrt(np::sum<double>(map<ops::square<double>>(a)));
}

/// A vector norm of order `ord` over all elements (numpy's branches, in its order).
template <class E>
double vector_norm(const E& e, double ord) {
  auto a = detail::as_double(e);
  if (ord == std::numeric_limits<double>::infinity()) return np::max(a);
  if (ord == -std::numeric_limits<double>::infinity()) return np::min(a);
  if (ord == 0) return np::sum<double>(map<ops::ne<double>>(a, 0.0));
  if (ord == 1) return np::sum<double>(a);
  if (ord == 2) return norm(e);
  double s = np::sum<double>(map<ops::power<double>>(a, ord));
  return std::pow(s, 1.0 / ord);
}

/// A matrix norm of a 2-d array: 1 / -1 (max / min column sum of |x|), inf / -inf (rows).
template <class E>
double matrix_norm(const E& e, double ord) {
  static_assert(rank_of<E> == 2);
  const double inf = std::numeric_limits<double>::infinity();
  if (ord != 1 && ord != -1 && ord != inf && ord != -inf) raise(exc_kind::ValueError, "Invalid norm order for matrices.");
  auto sums = np::sum_axis<double>(detail::as_double(e), ord == 1 || ord == -1 ? 0 : 1);
  return ord > 0 ? np::max(sums) : np::min(sums);
}

/// Vector norms along `axis`: an array of one rank less.
template <class E>
auto norm_axis(const E& e, int_t axis, double ord = 2) {
  constexpr int N = rank_of<E>;
  static_assert(N >= 2);
  auto a = eval(detail::as_double(e));
  const double inf = std::numeric_limits<double>::infinity();
  if (ord == inf) return np::max_axis(a, axis);
  if (ord == -inf) return np::min_axis(a, axis);
  if (ord == 0) return np::sum_axis<double>(map<ops::ne<double>>(a, 0.0), axis);
  if (ord == 1) return np::sum_axis<double>(a, axis);
  if (ord == 2) return ndarray<double, N - 1>(map<ops::sqrt<double>>(np::sum_axis<double>(map<ops::square<double>>(a), axis)));
  auto s = np::sum_axis<double>(map<ops::power<double>>(a, ord), axis);
  return ndarray<double, N - 1>(map<ops::power<double>>(s, 1.0 / ord));
}

/// norm(x, ord, axis) of a 1-d x: the axis must be 0 or -1.
template <class E>
double vector_norm_axis(const E& e, int_t axis, double ord = 2) {
  normalize_axis(axis, 1);
  return vector_norm(e, ord);
}

}  // namespace pyxc::np::linalg
