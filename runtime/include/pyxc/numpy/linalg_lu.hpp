// np.linalg.det, inv and solve for 2-d float64 matrices (ints as float64) by LU decomposition
// with partial pivoting, as LAPACK's getrf (the first largest pivot in each column): a zero
// pivot is numpy's LinAlgError("Singular matrix"), det of a singular matrix is 0.0. Results
// agree with numpy's LAPACK to rounding (unblocked loops, so not bit for bit).
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "pyxc/numpy/elementwise.hpp"

namespace pyxc::np::linalg {

namespace detail {
/// A row-major n x n copy of a square matrix, LU-factored in place; perm[i] is the source row.
struct lu {
  index_t n = 0;
  std::vector<double> a;
  std::vector<index_t> perm;
  int swaps = 0;
  bool singular = false;
};

template <class E>
lu factor(const E& e) {
  const auto m = eval(e);
  const index_t n = m.shape()[0];
  if (m.shape()[1] != n) raise(exc_kind::LinAlgError, "Last 2 dimensions of the array must be square");
  lu f;
  f.n = n;
  f.a.resize(static_cast<std::size_t>(n * n));
  f.perm.resize(static_cast<std::size_t>(n));
  for (index_t i = 0; i < n; ++i) {
    f.perm[i] = i;
    for (index_t j = 0; j < n; ++j) f.a[i * n + j] = static_cast<double>(m.at(i, j));
  }
  double* a = f.a.data();
  for (index_t k = 0; k < n; ++k) {
    index_t p = k;
    for (index_t i = k + 1; i < n; ++i)
      if (std::fabs(a[i * n + k]) > std::fabs(a[p * n + k])) p = i;
    if (p != k) {
      for (index_t j = 0; j < n; ++j) std::swap(a[k * n + j], a[p * n + j]);
      std::swap(f.perm[k], f.perm[p]);
      ++f.swaps;
    }
    const double pivot = a[k * n + k];
    if (pivot == 0.0) {
      f.singular = true;
      continue;  // as getrf: record it and go on (det is 0)
    }
    for (index_t i = k + 1; i < n; ++i) {
      const double l = a[i * n + k] / pivot;
      a[i * n + k] = l;
      for (index_t j = k + 1; j < n; ++j) a[i * n + j] -= l * a[k * n + j];
    }
  }
  return f;
}

/// Solves L U x = P b for the k columns of b (row-major n x k), in place.
inline void lu_solve(const lu& f, std::vector<double>& b, index_t k) {
  const index_t n = f.n;
  const double* a = f.a.data();
  std::vector<double> x(static_cast<std::size_t>(n * k));
  for (index_t i = 0; i < n; ++i)
    for (index_t c = 0; c < k; ++c) x[i * k + c] = b[f.perm[i] * k + c];
  for (index_t i = 0; i < n; ++i)
    for (index_t j = 0; j < i; ++j)
      for (index_t c = 0; c < k; ++c) x[i * k + c] -= a[i * n + j] * x[j * k + c];
  for (index_t i = n - 1; i >= 0; --i) {
    for (index_t j = i + 1; j < n; ++j)
      for (index_t c = 0; c < k; ++c) x[i * k + c] -= a[i * n + j] * x[j * k + c];
    for (index_t c = 0; c < k; ++c) x[i * k + c] /= a[i * n + i];
  }
  b.swap(x);
}

[[noreturn]] inline void raise_singular() { raise(exc_kind::LinAlgError, "Singular matrix"); }
}  // namespace detail

/// np.linalg.det(a).
template <class E>
double det(const E& e) {
  const auto f = detail::factor(e);
  if (f.singular) return 0.0;
  double d = f.swaps % 2 ? -1.0 : 1.0;
  for (index_t i = 0; i < f.n; ++i) d *= f.a[i * f.n + i];
  return d;
}

/// np.linalg.inv(a).
template <class E>
ndarray<double, 2> inv(const E& e) {
  const auto f = detail::factor(e);
  if (f.singular) detail::raise_singular();
  const index_t n = f.n;
  std::vector<double> b(static_cast<std::size_t>(n * n), 0.0);
  for (index_t i = 0; i < n; ++i) b[i * n + i] = 1.0;
  detail::lu_solve(f, b, n);
  ndarray<double, 2> out{shape_t<2>{n, n}};
  std::copy(b.begin(), b.end(), out.data());
  return out;
}

/// np.linalg.solve(a, b) for a vector b (n) or a matrix b (n, k).
template <class A, class B>
auto solve(const A& a, const B& b_expr) {
  constexpr int N = rank_of<B>;
  static_assert(N == 1 || N == 2);
  const auto f = detail::factor(a);
  const auto b = eval(b_expr);
  const index_t n = f.n, k = N == 1 ? 1 : b.shape()[1];
  if (b.shape()[0] != n)
    raise(exc_kind::ValueError,
          std::string(N == 1 ? "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                               "(m,m),(m)->(m) (size "
                             : "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                               "(m,m),(m,n)->(m,n) (size ") +
              std::to_string(b.shape()[0]) + " is different from " + std::to_string(n) + ")");
  if (f.singular) detail::raise_singular();
  std::vector<double> x(static_cast<std::size_t>(n * k));
  for (index_t i = 0; i < n; ++i)
    for (index_t c = 0; c < k; ++c) {
      if constexpr (N == 1) x[i] = static_cast<double>(b.at(i));
      else x[i * k + c] = static_cast<double>(b.at(i, c));
    }
  detail::lu_solve(f, x, k);
  ndarray<double, N> out{b.shape()};
  std::copy(x.begin(), x.end(), out.data());
  return out;
}

}  // namespace pyxc::np::linalg
