// np.dot and `@` for 1-d and 2-d operands, accumulating in the promoted dtype Acc. Float and
// complex products above a size threshold call BLAS (blas.hpp) on the operands in place when
// their layout allows (C- or F-ordered, transposed, rows or columns at a stride), else on a
// C-ordered copy; smaller ones and integer products run plain loops (i-k-j order for matrix
// products so the inner loop streams rows; unrolled when the inner extent is 2 to 4).
#pragma once

#include "pyxc/numpy/blas.hpp"
#include "pyxc/numpy/elementwise.hpp"
#include "pyxc/numpy/ops.hpp"

namespace pyxc::np {

namespace detail {
[[noreturn]] inline void not_aligned(index_t a0, index_t a1, int da, index_t b0, index_t b1, int db, index_t x,
                                     index_t y) {
  std::string sa = da == 1 ? "(" + std::to_string(a0) + ",)" : "(" + std::to_string(a0) + "," + std::to_string(a1) + ")";
  std::string sb = db == 1 ? "(" + std::to_string(b0) + ",)" : "(" + std::to_string(b0) + "," + std::to_string(b1) + ")";
  raise(exc_kind::ValueError, "shapes " + sa + " and " + sb + " not aligned: " + std::to_string(x) + " (dim " +
                                  std::to_string(da - 1) + ") != " + std::to_string(y) + " (dim 0)");
}

/// An operand of dot as an array: the array itself (no copy of its shared owner: two atomic
/// operations fewer per operand, which a 3x3 product in a loop notices), else an evaluated
/// expression (bound to a const reference by the caller, which extends its life).
template <class E>
decltype(auto) operand(const E& e) {
  if constexpr (is_ndarray<E>::value) return (e);
  else return eval(e);
}

/// An operand as BLAS reads it: of dtype Acc (converted if need be), laid out for BLAS.
template <class Acc, class T, int N>
ndarray<Acc, N> converted(const ndarray<T, N>& a) {
  if constexpr (std::is_same_v<T, Acc>) return a;
  else return a.template astype<Acc>();
}
template <class Acc, class T>
ndarray<Acc, 1> blas_vector(const ndarray<T, 1>& v) {
  return blas::readable(converted<Acc>(v));
}
template <class Acc, class T>
ndarray<Acc, 2> blas_matrix(const ndarray<T, 2>& a, blas::matrix_layout* layout) {
  return blas::readable(converted<Acc>(a), layout);
}

/// x . y of two vectors of n < INT_MAX elements.
template <class Acc, class TA, class TB>
Acc blas_dot(const ndarray<TA, 1>& a, const ndarray<TB, 1>& b) {
  ndarray<Acc, 1> x = blas_vector<Acc>(a), y = blas_vector<Acc>(b);
  return blas::dot<Acc>(static_cast<int>(a.shape()[0]), x.data(), blas::vector_inc(x), y.data(), blas::vector_inc(y));
}

/// y = a @ x for a (n x k) and x (k): gemv on a, or on the stored transpose of a.
template <class Acc, class TA, class TX>
ndarray<Acc, 1> blas_matrix_vector(const ndarray<TA, 2>& a, const ndarray<TX, 1>& x) {
  blas::matrix_layout la;
  ndarray<Acc, 2> m = blas_matrix<Acc>(a, &la);
  ndarray<Acc, 1> v = blas_vector<Acc>(x);
  int n = static_cast<int>(a.shape()[0]), k = static_cast<int>(a.shape()[1]);
  ndarray<Acc, 1> out{shape_t<1>{n}, ndarray<Acc, 1>::uninitialized};
  if (la.trans) blas::gemv<Acc>(blas::trans, k, n, m.data(), static_cast<int>(la.ld), v.data(), blas::vector_inc(v), out.data());
  else blas::gemv<Acc>(blas::no_trans, n, k, m.data(), static_cast<int>(la.ld), v.data(), blas::vector_inc(v), out.data());
  return out;
}

/// y = x @ b for x (k) and b (k x m): b^T x.
template <class Acc, class TX, class TB>
ndarray<Acc, 1> blas_vector_matrix(const ndarray<TX, 1>& x, const ndarray<TB, 2>& b) {
  blas::matrix_layout lb;
  ndarray<Acc, 2> m = blas_matrix<Acc>(b, &lb);
  ndarray<Acc, 1> v = blas_vector<Acc>(x);
  int k = static_cast<int>(b.shape()[0]), n = static_cast<int>(b.shape()[1]);
  ndarray<Acc, 1> out{shape_t<1>{n}, ndarray<Acc, 1>::uninitialized};
  if (lb.trans) blas::gemv<Acc>(blas::no_trans, n, k, m.data(), static_cast<int>(lb.ld), v.data(), blas::vector_inc(v), out.data());
  else blas::gemv<Acc>(blas::trans, k, n, m.data(), static_cast<int>(lb.ld), v.data(), blas::vector_inc(v), out.data());
  return out;
}

/// c = a @ b for a (n x k) and b (k x m).
template <class Acc, class TA, class TB>
ndarray<Acc, 2> blas_matrix_matrix(const ndarray<TA, 2>& a, const ndarray<TB, 2>& b) {
  blas::matrix_layout la, lb;
  ndarray<Acc, 2> x = blas_matrix<Acc>(a, &la);
  ndarray<Acc, 2> y = blas_matrix<Acc>(b, &lb);
  int n = static_cast<int>(a.shape()[0]), k = static_cast<int>(a.shape()[1]), m = static_cast<int>(b.shape()[1]);
  ndarray<Acc, 2> out{shape_t<2>{n, m}, ndarray<Acc, 2>::uninitialized};
  // `a @ a.T`, `a.T @ a` (one buffer read both ways): the symmetric product, as numpy.
  bool mirrored = x.data() == y.data() && la.ld == lb.ld && la.trans != lb.trans && n == m;
  if constexpr (!is_complex_v<Acc>)
    if (mirrored) {
      blas::syrk<Acc>(la.trans ? blas::trans : blas::no_trans, n, k, x.data(), static_cast<int>(la.ld), out.data());
      return out;
    }
  blas::gemm<Acc>(la.trans ? blas::trans : blas::no_trans, lb.trans ? blas::trans : blas::no_trans, n, m, k, x.data(),
                  static_cast<int>(la.ld), y.data(), static_cast<int>(lb.ld), out.data());
  return out;
}
}  // namespace detail

namespace detail {
// The loops, for integer products and for float products below blas's thresholds.
template <class Acc, class TA, class TB>
Acc loop_dot(const ndarray<TA, 1>& a, const ndarray<TB, 1>& b) {
  Acc acc = Acc(0);
  for (index_t i = 0, n = a.shape()[0]; i < n; ++i)
    acc = ops::wrap_add<Acc>(acc, ops::wrap_mul<Acc>(static_cast<Acc>(a.at(i)), static_cast<Acc>(b.at(i))));
  return acc;
}

template <class Acc, class TA, class TB>
ndarray<Acc, 1> loop_matrix_vector(const ndarray<TA, 2>& a, const ndarray<TB, 1>& b) {
  index_t n = a.shape()[0], k = a.shape()[1];
  ndarray<Acc, 1> out{shape_t<1>{n}, ndarray<Acc, 1>::uninitialized};  // every element written below
  for (index_t i = 0; i < n; ++i) {
    Acc acc = Acc(0);
    for (index_t j = 0; j < k; ++j)
      acc = ops::wrap_add<Acc>(acc, ops::wrap_mul<Acc>(static_cast<Acc>(a.at(i, j)), static_cast<Acc>(b.at(j))));
    out.data()[i] = acc;
  }
  return out;
}

template <class Acc, class TA, class TB>
ndarray<Acc, 1> loop_vector_matrix(const ndarray<TA, 1>& a, const ndarray<TB, 2>& b) {
  index_t k = a.shape()[0], m = b.shape()[1];
  ndarray<Acc, 1> out{shape_t<1>{m}};
  for (index_t j = 0; j < k; ++j)
    for (index_t i = 0; i < m; ++i)
      out.data()[i] = ops::wrap_add<Acc>(out.data()[i], ops::wrap_mul<Acc>(static_cast<Acc>(a.at(j)), static_cast<Acc>(b.at(j, i))));
  return out;
}

/// Row i of a small product with K (2, 3 or 4) terms per element, unrolled: each element
/// summed from zero in the order of j, as the general loop does (the same bits).
template <int K, class Acc, class TA, class TB>
PYXC_INLINE void small_product_row(const TA* ai, index_t sa, const TB* b, index_t sb0, index_t sb1, index_t m, Acc* row) {
  Acc x[K];
  for (int j = 0; j < K; ++j) x[j] = static_cast<Acc>(ai[j * sa]);
  for (index_t l = 0; l < m; ++l) {
    Acc acc = Acc(0);
    for (int j = 0; j < K; ++j) acc = ops::wrap_add<Acc>(acc, ops::wrap_mul<Acc>(x[j], static_cast<Acc>(b[j * sb0 + l * sb1])));
    row[l] = acc;
  }
}

template <class Acc, class TA, class TB>
ndarray<Acc, 2> loop_matrix_matrix(const ndarray<TA, 2>& a, const ndarray<TB, 2>& b) {
  index_t n = a.shape()[0], k = a.shape()[1], m = b.shape()[1];
  ndarray<Acc, 2> out{shape_t<2>{n, m}, ndarray<Acc, 2>::uninitialized};
  const TA* pa = a.data();
  const TB* pb = b.data();
  index_t sa0 = a.strides()[0], sa1 = a.strides()[1], sb0 = b.strides()[0], sb1 = b.strides()[1];
  Acc* po = out.data();
  if (k >= 2 && k <= 4) {
    for (index_t i = 0; i < n; ++i) {
      const TA* ai = pa + i * sa0;
      if (k == 2) small_product_row<2>(ai, sa1, pb, sb0, sb1, m, po + i * m);
      else if (k == 3) small_product_row<3>(ai, sa1, pb, sb0, sb1, m, po + i * m);
      else small_product_row<4>(ai, sa1, pb, sb0, sb1, m, po + i * m);
    }
    return out;
  }
  // i-k-j order (the inner loop streams rows of b and of the result); the first term
  // initialises the row, from zero as the sums above.
  for (index_t i = 0; i < n; ++i) {
    Acc* row = po + i * m;
    if (k == 0) {
      for (index_t l = 0; l < m; ++l) row[l] = Acc(0);
      continue;
    }
    for (index_t j = 0; j < k; ++j) {
      Acc x = static_cast<Acc>(pa[i * sa0 + j * sa1]);
      const TB* bj = pb + j * sb0;
      if (j == 0)
        for (index_t l = 0; l < m; ++l) row[l] = ops::wrap_add<Acc>(Acc(0), ops::wrap_mul<Acc>(x, static_cast<Acc>(bj[l * sb1])));
      else
        for (index_t l = 0; l < m; ++l) row[l] = ops::wrap_add<Acc>(row[l], ops::wrap_mul<Acc>(x, static_cast<Acc>(bj[l * sb1])));
    }
  }
  return out;
}
}  // namespace detail

/// 1-d . 1-d: the inner product.
template <class Acc, class A, class B>
  requires(rank_of<A> == 1 && rank_of<B> == 1)
Acc dot(const A& ea, const B& eb) {
  const auto& a = detail::operand(ea);
  const auto& b = detail::operand(eb);
  index_t n = a.shape()[0];
  if (b.shape()[0] != n) detail::not_aligned(n, 0, 1, b.shape()[0], 0, 1, n, b.shape()[0]);
  if constexpr (blas::supports<Acc>)
    if (n >= blas::dot_threshold<Acc> && blas::fits_int(n)) return detail::blas_dot<Acc>(a, b);
  return detail::loop_dot<Acc>(a, b);
}

/// 2-d . 1-d: matrix times vector.
template <class Acc, class A, class B>
  requires(rank_of<A> == 2 && rank_of<B> == 1)
ndarray<Acc, 1> dot(const A& ea, const B& eb) {
  const auto& a = detail::operand(ea);
  const auto& b = detail::operand(eb);
  index_t n = a.shape()[0], k = a.shape()[1];
  if (b.shape()[0] != k) detail::not_aligned(n, k, 2, b.shape()[0], 0, 1, k, b.shape()[0]);
  if constexpr (blas::supports<Acc>)
    if (n * k >= blas::gemv_threshold<Acc> && blas::fits_int(n, k)) return detail::blas_matrix_vector<Acc>(a, b);
  return detail::loop_matrix_vector<Acc>(a, b);
}

/// 1-d . 2-d: vector times matrix.
template <class Acc, class A, class B>
  requires(rank_of<A> == 1 && rank_of<B> == 2)
ndarray<Acc, 1> dot(const A& ea, const B& eb) {
  const auto& a = detail::operand(ea);
  const auto& b = detail::operand(eb);
  index_t k = a.shape()[0], m = b.shape()[1];
  if (b.shape()[0] != k) detail::not_aligned(k, 0, 1, b.shape()[0], m, 2, k, b.shape()[0]);
  if constexpr (blas::supports<Acc>)
    if (k * m >= blas::gemv_threshold<Acc> && blas::fits_int(k, m)) return detail::blas_vector_matrix<Acc>(a, b);
  return detail::loop_vector_matrix<Acc>(a, b);
}

/// 2-d . 2-d: the matrix product.
template <class Acc, class A, class B>
  requires(rank_of<A> == 2 && rank_of<B> == 2)
ndarray<Acc, 2> dot(const A& ea, const B& eb) {
  const auto& a = detail::operand(ea);
  const auto& b = detail::operand(eb);
  index_t n = a.shape()[0], k = a.shape()[1], m = b.shape()[1];
  if (b.shape()[0] != k) detail::not_aligned(n, k, 2, b.shape()[0], m, 2, k, b.shape()[0]);
  if constexpr (blas::supports<Acc>)
    if (n * k * m >= blas::gemm_threshold<Acc> && blas::fits_int(n, k, m)) return detail::blas_matrix_matrix<Acc>(a, b);
  return detail::loop_matrix_matrix<Acc>(a, b);
}

/// `a @ b` / np.matmul: dot for 1-d and 2-d operands, with matmul's error message.
template <class Acc, class A, class B>
auto matmul(const A& a, const B& b) {
  index_t k = a.shape()[rank_of<A> - 1], kb = b.shape()[0];
  if (k != kb)
    raise(exc_kind::ValueError,
          "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          "(n?,k),(k,m?)->(n?,m?) (size " + std::to_string(kb) + " is different from " + std::to_string(k) + ")");
  return dot<Acc>(a, b);
}

}  // namespace pyxc::np
