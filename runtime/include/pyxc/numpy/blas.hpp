// The CBLAS routines behind dot/`@` for float32, float64, complex64 and complex128 operands
// (numpy calls the same ones). The prototypes are declared here instead of taken from cblas.h,
// whose place differs between Debian's BLAS packages; a module that multiplies float or
// complex arrays links -lopenblas (the driver adds it when inference notes the "blas" feature).
// Everything that calls the library is a template, so nothing refers to it in a module, or in
// the precompiled runtime, that does not instantiate a float product.
#pragma once

#include <climits>
#include <complex>
#include <type_traits>

#include "pyxc/numpy/ndarray.hpp"

extern "C" {
// blasint is int in Debian's OpenBLAS (LP64); the enums are passed as ints.
float cblas_sdot(int n, const float* x, int incx, const float* y, int incy);
double cblas_ddot(int n, const double* x, int incx, const double* y, int incy);
void cblas_cdotu_sub(int n, const void* x, int incx, const void* y, int incy, void* ret);
void cblas_zdotu_sub(int n, const void* x, int incx, const void* y, int incy, void* ret);
void cblas_sgemv(int order, int trans, int m, int n, float alpha, const float* a, int lda, const float* x, int incx,
                 float beta, float* y, int incy);
void cblas_dgemv(int order, int trans, int m, int n, double alpha, const double* a, int lda, const double* x,
                 int incx, double beta, double* y, int incy);
void cblas_cgemv(int order, int trans, int m, int n, const void* alpha, const void* a, int lda, const void* x,
                 int incx, const void* beta, void* y, int incy);
void cblas_zgemv(int order, int trans, int m, int n, const void* alpha, const void* a, int lda, const void* x,
                 int incx, const void* beta, void* y, int incy);
void cblas_ssyrk(int order, int uplo, int trans, int n, int k, float alpha, const float* a, int lda, float beta,
                 float* c, int ldc);
void cblas_dsyrk(int order, int uplo, int trans, int n, int k, double alpha, const double* a, int lda, double beta,
                 double* c, int ldc);
void cblas_sgemm(int order, int transa, int transb, int m, int n, int k, float alpha, const float* a, int lda,
                 const float* b, int ldb, float beta, float* c, int ldc);
void cblas_dgemm(int order, int transa, int transb, int m, int n, int k, double alpha, const double* a, int lda,
                 const double* b, int ldb, double beta, double* c, int ldc);
void cblas_cgemm(int order, int transa, int transb, int m, int n, int k, const void* alpha, const void* a, int lda,
                 const void* b, int ldb, const void* beta, void* c, int ldc);
void cblas_zgemm(int order, int transa, int transb, int m, int n, int k, const void* alpha, const void* a, int lda,
                 const void* b, int ldb, const void* beta, void* c, int ldc);
}

namespace pyxc::np::blas {

inline constexpr int row_major = 101;  // CblasRowMajor
inline constexpr int no_trans = 111;   // CblasNoTrans
inline constexpr int trans = 112;      // CblasTrans (numpy never conjugates in dot/matmul)
inline constexpr int upper = 121;      // CblasUpper

/// The dtypes BLAS multiplies (integer products stay on pyxc's loops, as in numpy).
template <class T>
inline constexpr bool supports = std::is_same_v<T, float> || std::is_same_v<T, double> ||
                                 std::is_same_v<T, std::complex<float>> || std::is_same_v<T, std::complex<double>>;

/// Below these sizes (multiply-adds of the whole product) pyxc's inline loops win: a BLAS call
/// costs a fixed dispatch (and, for gemm, packing) that small products do not repay. Measured
/// with examples/bench_dot_threshold.cpp, one thread, C-ordered operands: float64 dot of 64
/// elements 17 ns in loops vs 24 ns in BLAS, of 128 46 vs 27; A @ v 16x16 115 vs 132, 32x32
/// 322 vs 205; A @ B 6^3 143 vs 158, 8^3 237 vs 179 (float32 alike); complex128 dot 64: 44 vs
/// 41, A @ v 8x8 128 vs 133, 16x16 285 vs 167, A @ B 4^3 146 vs 177, 6^3 373 vs 197.
template <class T>
inline constexpr index_t dot_threshold = is_complex_v<T> ? 64 : 96;
template <class T>
inline constexpr index_t gemv_threshold = is_complex_v<T> ? 128 : 512;
template <class T>
inline constexpr index_t gemm_threshold = is_complex_v<T> ? 150 : 400;

/// True when every extent fits BLAS's int.
inline bool fits_int(index_t a, index_t b = 0, index_t c = 0) {
  return a <= INT_MAX && b <= INT_MAX && c <= INT_MAX;
}

/// A vector BLAS reads in place: a positive stride (a copy is made for others).
template <class T>
bool vector_ok(const ndarray<T, 1>& v) {
  return v.shape()[0] <= 1 || (v.strides()[0] > 0 && v.strides()[0] <= INT_MAX);
}
template <class T>
int vector_inc(const ndarray<T, 1>& v) {
  return v.shape()[0] <= 1 ? 1 : static_cast<int>(v.strides()[0]);
}

/// How BLAS reads a 2-d operand in place: a row-major matrix with leading dimension `ld`,
/// the operand itself (trans false) or its transpose (trans true: a C-ordered view of the
/// transpose, e.g. an F-ordered array or `a.T`). ok false: neither; the operand is copied.
struct matrix_layout {
  bool ok = false;
  bool trans = false;
  index_t ld = 1;
};

/// numpy's rule (blas_stride): one axis of unit stride, the other a stride of at least the
/// row length; axes of length 1 have any stride.
template <class T>
matrix_layout layout_of(const ndarray<T, 2>& a) {
  index_t rows = a.shape()[0], cols = a.shape()[1], s0 = a.strides()[0], s1 = a.strides()[1];
  auto fits = [](index_t ld) { return ld <= INT_MAX; };
  if ((cols <= 1 || s1 == 1) && (rows <= 1 || s0 >= std::max<index_t>(cols, 1))) {
    index_t ld = rows <= 1 ? std::max<index_t>(cols, 1) : s0;
    if (fits(ld)) return {true, false, ld};
  }
  if ((rows <= 1 || s0 == 1) && (cols <= 1 || s1 >= std::max<index_t>(rows, 1))) {
    index_t ld = cols <= 1 ? std::max<index_t>(rows, 1) : s1;
    if (fits(ld)) return {true, true, ld};
  }
  return {};
}

/// `a` as BLAS reads it: itself when its layout allows, else a C-ordered copy.
template <class T>
ndarray<T, 2> readable(const ndarray<T, 2>& a, matrix_layout* layout) {
  *layout = layout_of(a);
  if (layout->ok) return a;
  ndarray<T, 2> c = a.copy();
  *layout = layout_of(c);
  return c;
}
template <class T>
ndarray<T, 1> readable(const ndarray<T, 1>& v) {
  return vector_ok(v) ? v : v.copy();
}

/// x . y (unconjugated) for n < INT_MAX elements at positive strides.
template <class T>
T dot(int n, const T* x, int incx, const T* y, int incy) {
  if constexpr (std::is_same_v<T, float>) {
    return cblas_sdot(n, x, incx, y, incy);
  } else if constexpr (std::is_same_v<T, double>) {
    return cblas_ddot(n, x, incx, y, incy);
  } else {
    T out{};
    if constexpr (std::is_same_v<T, std::complex<float>>) cblas_cdotu_sub(n, x, incx, y, incy, &out);
    else cblas_zdotu_sub(n, x, incx, y, incy, &out);
    return out;
  }
}

/// y = op(A) x for the row-major m x n matrix A (op: transposed when tr == trans).
template <class T>
void gemv(int tr, int m, int n, const T* a, int lda, const T* x, int incx, T* y) {
  const T one(1), zero(0);
  if constexpr (std::is_same_v<T, float>) cblas_sgemv(row_major, tr, m, n, one, a, lda, x, incx, zero, y, 1);
  else if constexpr (std::is_same_v<T, double>) cblas_dgemv(row_major, tr, m, n, one, a, lda, x, incx, zero, y, 1);
  else if constexpr (std::is_same_v<T, std::complex<float>>) cblas_cgemv(row_major, tr, m, n, &one, a, lda, x, incx, &zero, y, 1);
  else cblas_zgemv(row_major, tr, m, n, &one, a, lda, x, incx, &zero, y, 1);
}

/// C (m x n, row-major, ldc n) = op(A) op(B), op(A) m x k, op(B) k x n.
template <class T>
void gemm(int ta, int tb, int m, int n, int k, const T* a, int lda, const T* b, int ldb, T* c) {
  const T one(1), zero(0);
  if constexpr (std::is_same_v<T, float>) cblas_sgemm(row_major, ta, tb, m, n, k, one, a, lda, b, ldb, zero, c, n);
  else if constexpr (std::is_same_v<T, double>) cblas_dgemm(row_major, ta, tb, m, n, k, one, a, lda, b, ldb, zero, c, n);
  else if constexpr (std::is_same_v<T, std::complex<float>>) cblas_cgemm(row_major, ta, tb, m, n, k, &one, a, lda, b, ldb, &zero, c, n);
  else cblas_zgemm(row_major, ta, tb, m, n, k, &one, a, lda, b, ldb, &zero, c, n);
}

/// C (n x n, row-major, ldc n) = op(A) op(A)^T for op(A) n x k, computed once per pair of
/// mirrored entries as numpy does for `a @ a.T` (real dtypes): ?syrk fills the upper triangle
/// and the lower one is copied from it, so the result is exactly symmetric.
template <class T>
void syrk(int ta, int n, int k, const T* a, int lda, T* c) {
  if constexpr (std::is_same_v<T, float>) cblas_ssyrk(row_major, upper, ta, n, k, 1.0f, a, lda, 0.0f, c, n);
  else cblas_dsyrk(row_major, upper, ta, n, k, 1.0, a, lda, 0.0, c, n);
  for (index_t i = 1; i < n; ++i)
    for (index_t j = 0; j < i; ++j) c[i * n + j] = c[j * n + i];
}

}  // namespace pyxc::np::blas
