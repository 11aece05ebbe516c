// Matrix norms from singular values: np.linalg.norm(A, 2) (the largest), norm(A, -2) (the
// smallest) and norm(A, 'nuc') (their sum). The singular values come from LAPACK's dgesdd
// (OpenBLAS's LAPACK; the driver links -lopenblas, see blas.hpp) called as numpy's
// svd(A, compute_uv=False) calls it: a column-major float64 copy, jobz 'N', the queried
// optimal workspace. A failure to converge (NaN input) is numpy's LinAlgError.
#pragma once

#include <climits>
#include <cstddef>
#include <vector>

#include "pyxc/numpy/reduce.hpp"

extern "C" {
// Fortran LAPACK: every argument by address; the trailing length of the character argument
// is gfortran's hidden parameter.
void dgesdd_(const char* jobz, const int* m, const int* n, double* a, const int* lda, double* s, double* u,
             const int* ldu, double* vt, const int* ldvt, double* work, const int* lwork, int* iwork, int* info,
             std::size_t jobz_length);
}

namespace pyxc::np::linalg {

/// The singular values of a 2-d array (any real dtype, as float64), in descending order.
template <class E>
ndarray<double, 1> singular_values(const E& e) {
  static_assert(rank_of<E> == 2);
  auto a = eval(e);
  index_t rows = a.shape()[0], cols = a.shape()[1], k = std::min(rows, cols);
  ndarray<double, 1> s{shape_t<1>{k}};
  if (k == 0) return s;
  if (rows > INT_MAX / cols) raise(exc_kind::ValueError, "array too big for LAPACK");
  std::vector<double> f(static_cast<std::size_t>(rows * cols));  // column-major, as LAPACK reads it
  for (index_t j = 0; j < cols; ++j)
    for (index_t i = 0; i < rows; ++i) f[static_cast<std::size_t>(j * rows + i)] = static_cast<double>(a.at(i, j));
  int m = static_cast<int>(rows), n = static_cast<int>(cols), lda = m, ldu = m, ldvt = 1, info = 0, lwork = -1;
  double u = 0, vt = 0, query = 0;
  std::vector<int> iwork(static_cast<std::size_t>(8 * k));
  dgesdd_("N", &m, &n, f.data(), &lda, s.data(), &u, &ldu, &vt, &ldvt, &query, &lwork, iwork.data(), &info, 1);
  lwork = std::max(1, static_cast<int>(query));
  std::vector<double> work(static_cast<std::size_t>(lwork));
  dgesdd_("N", &m, &n, f.data(), &lda, s.data(), &u, &ldu, &vt, &ldvt, work.data(), &lwork, iwork.data(), &info, 1);
  if (info != 0) raise(exc_kind::LinAlgError, "SVD did not converge");
  return s;
}

/// norm(A, 2) (largest singular value) or norm(A, -2) (smallest): numpy's ValueError for an
/// empty matrix.
template <class E>
double spectral_norm(const E& e, bool largest) {
  auto s = singular_values(e);
  return largest ? np::max(s) : np::min(s);
}

/// norm(A, 'nuc'): the sum of the singular values (0.0 for an empty matrix).
template <class E>
double nuclear_norm(const E& e) {
  return np::sum<double>(singular_values(e));
}

}  // namespace pyxc::np::linalg
