// Array creation: zeros, ones, empty, full (and the _like forms), arange, linspace, array(list)
// and eye. Shapes come as an int (1-d) or a tuple of ints.
#pragma once

#include <cmath>
#include <tuple>

#include "pyxc/list.hpp"
#include "pyxc/numpy/elementwise.hpp"

namespace pyxc::np {

namespace detail {
template <class... I>
shape_t<sizeof...(I)> shape_from(const std::tuple<I...>& t) {
  return std::apply([](auto... e) { return shape_t<sizeof...(I)>{static_cast<index_t>(e)...}; }, t);
}
inline shape_t<1> shape_from(int_t n) { return {n}; }
}  // namespace detail

template <class T, class S>
auto zeros(const S& shape) {
  auto s = detail::shape_from(shape);
  return ndarray<T, static_cast<int>(s.size())>(s);
}

/// np.empty: pyxc zero-fills it too (reading it is undefined in numpy anyway).
template <class T, class S>
auto empty(const S& shape) {
  return zeros<T>(shape);
}

template <class T, class S, class V>
auto full(const S& shape, V value) {
  auto a = zeros<T>(shape);
  assign(a, static_cast<T>(value));
  return a;
}

template <class T, class S>
auto ones(const S& shape) {
  return full<T>(shape, 1);
}

namespace detail {
/// A new zero-filled array of e's shape, laid out as numpy's order='K' lays it out: Fortran
/// order when e's operands are Fortran-like (see evaluate_keep_order).
template <class T, class E>
ndarray<T, rank_of<E>> new_like(const E& e) {
  constexpr int N = rank_of<E>;
  int fortran = 0, c = 0;
  if constexpr (N >= 2) count_layout_votes(e, fortran, c);
  if (fortran > 0 && c == 0) {
    shape_t<N> reversed;
    for (int d = 0; d < N; ++d) reversed[d] = e.shape()[N - 1 - d];
    return ndarray<T, N>(reversed).transposed();
  }
  return ndarray<T, N>(e.shape());
}
}  // namespace detail

template <class T, class E>
auto zeros_like(const E& e) {
  return detail::new_like<T>(e);
}
template <class T, class E, class V>
auto full_like(const E& e, V value) {
  auto a = detail::new_like<T>(e);
  assign(a, static_cast<T>(value));
  return a;
}
template <class T, class E>
auto ones_like(const E& e) {
  return full_like<T>(e, 1);
}
template <class T, class E>
auto empty_like(const E& e) {
  return zeros_like<T>(e);
}

/// np.arange(start, stop, step) in T (int64 for int arguments, float64 if any is a float).
template <class T>
ndarray<T, 1> arange(T start, T stop, T step) {
  if (step == 0) raise(exc_kind::ZeroDivisionError, "division by zero");
  index_t n = 0;
  if constexpr (std::is_integral_v<T>) {
    if ((step > 0 && stop > start) || (step < 0 && stop < start))
      n = static_cast<index_t>((stop - start + step + (step > 0 ? -1 : 1)) / step);
  } else {
    double len = std::ceil((static_cast<double>(stop) - static_cast<double>(start)) / static_cast<double>(step));
    if (len > 0) n = static_cast<index_t>(len);
  }
  ndarray<T, 1> a{shape_t<1>{n}};
  T* p = a.data();
  if constexpr (std::is_integral_v<T>) {
    for (index_t i = 0; i < n; ++i) p[i] = static_cast<T>(start + i * step);
  } else {
    // numpy fills with start + i*delta, delta = (start + step) - start.
    T delta = (start + step) - start;
    for (index_t i = 0; i < n; ++i) p[i] = start + static_cast<T>(i) * delta;
  }
  return a;
}

/// np.linspace(start, stop, num, endpoint=True) as numpy computes it.
inline ndarray<double, 1> linspace(double start, double stop, int_t num, bool endpoint = true) {
  if (num < 0) raise(exc_kind::ValueError, "Number of samples, " + std::to_string(num) + ", must be non-negative.");
  ndarray<double, 1> a{shape_t<1>{num}};
  double* p = a.data();
  index_t div = endpoint ? num - 1 : num;
  double delta = stop - start;
  if (div > 0) {
    double step = delta / static_cast<double>(div);
    if (step == 0) {
      for (index_t i = 0; i < num; ++i) p[i] = (static_cast<double>(i) / static_cast<double>(div)) * delta + start;
    } else {
      for (index_t i = 0; i < num; ++i) p[i] = static_cast<double>(i) * step + start;
    }
  } else {
    for (index_t i = 0; i < num; ++i) p[i] = static_cast<double>(i) * delta + start;
  }
  if (endpoint && num > 1) p[num - 1] = stop;
  return a;
}

/// np.eye(n[, m]).
template <class T>
ndarray<T, 2> eye(int_t n, int_t m) {
  ndarray<T, 2> a{shape_t<2>{n, m}};
  for (index_t i = 0; i < std::min(n, m); ++i) a.at(i, i) = T(1);
  return a;
}

/// np.array(list) for a list of numbers (1-d) or a list of equal-length lists (2-d).
template <class T, class X>
ndarray<T, 1> array_from(const list<X>& xs) {
  index_t n = static_cast<index_t>(xs.size());
  ndarray<T, 1> a{shape_t<1>{n}};
  for (index_t i = 0; i < n; ++i) a.data()[i] = static_cast<T>(xs[i]);
  return a;
}
template <class T, class X>
ndarray<T, 2> array_from(const list<list<X>>& xs) {
  index_t n = static_cast<index_t>(xs.size());
  index_t m = n ? static_cast<index_t>(xs[0].size()) : 0;
  for (index_t i = 0; i < n; ++i)
    if (static_cast<index_t>(xs[i].size()) != m)
      raise(exc_kind::ValueError,
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 "
            "dimensions. The detected shape was (" + std::to_string(n) + ",) + inhomogeneous part.");
  ndarray<T, 2> a{shape_t<2>{n, m}};
  for (index_t i = 0; i < n; ++i)
    for (index_t j = 0; j < m; ++j) a.data()[i * m + j] = static_cast<T>(xs[i][j]);
  return a;
}
/// np.array(3.0): numpy's 0-d array.
template <class T, class X>
  requires(std::is_arithmetic_v<X> || is_complex_v<X>)
ndarray<T, 0> array_from(const X& x) {
  ndarray<T, 0> a{shape_t<0>{}, ndarray<T, 0>::uninitialized};
  *a.data() = static_cast<T>(x);
  return a;
}
/// np.array(a) of an array (or expression): a copy.
template <class T, class E>
  requires is_expr_v<E>
ndarray<T, rank_of<E>> array_from(const E& e) {
  return evaluate_keep_order<T, rank_of<E>>(e);  // numpy's order='K'
}

}  // namespace pyxc::np
