// np.dot and `@` for 1-d and 2-d operands: plain loops (i-k-j order for matrix products so the
// inner loop streams rows), accumulating in the promoted dtype Acc.
#pragma once

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
}  // namespace detail

/// 1-d . 1-d: the inner product.
template <class Acc, class A, class B>
  requires(rank_of<A> == 1 && rank_of<B> == 1)
Acc dot(const A& ea, const B& eb) {
  auto a = eval(ea);
  auto b = eval(eb);
  index_t n = a.shape()[0];
  if (b.shape()[0] != n) detail::not_aligned(n, 0, 1, b.shape()[0], 0, 1, n, b.shape()[0]);
  Acc acc = Acc(0);
  for (index_t i = 0; i < n; ++i)
    acc = ops::wrap_add<Acc>(acc, ops::wrap_mul<Acc>(static_cast<Acc>(a.at(i)), static_cast<Acc>(b.at(i))));
  return acc;
}

/// 2-d . 1-d: matrix times vector.
template <class Acc, class A, class B>
  requires(rank_of<A> == 2 && rank_of<B> == 1)
ndarray<Acc, 1> dot(const A& ea, const B& eb) {
  auto a = eval(ea);
  auto b = eval(eb);
  index_t n = a.shape()[0], k = a.shape()[1];
  if (b.shape()[0] != k) detail::not_aligned(n, k, 2, b.shape()[0], 0, 1, k, b.shape()[0]);
  ndarray<Acc, 1> out{shape_t<1>{n}};
  for (index_t i = 0; i < n; ++i) {
    Acc acc = Acc(0);
    for (index_t j = 0; j < k; ++j)
      acc = ops::wrap_add<Acc>(acc, ops::wrap_mul<Acc>(static_cast<Acc>(a.at(i, j)), static_cast<Acc>(b.at(j))));
    out.data()[i] = acc;
  }
  return out;
}

/// 1-d . 2-d: vector times matrix.
template <class Acc, class A, class B>
  requires(rank_of<A> == 1 && rank_of<B> == 2)
ndarray<Acc, 1> dot(const A& ea, const B& eb) {
  auto a = eval(ea);
  auto b = eval(eb);
  index_t k = a.shape()[0], m = b.shape()[1];
  if (b.shape()[0] != k) detail::not_aligned(k, 0, 1, b.shape()[0], m, 2, k, b.shape()[0]);
  ndarray<Acc, 1> out{shape_t<1>{m}};
  for (index_t j = 0; j < k; ++j)
    for (index_t i = 0; i < m; ++i)
      out.data()[i] = ops::wrap_add<Acc>(out.data()[i], ops::wrap_mul<Acc>(static_cast<Acc>(a.at(j)), static_cast<Acc>(b.at(j, i))));
  return out;
}

/// 2-d . 2-d: the matrix product.
template <class Acc, class A, class B>
  requires(rank_of<A> == 2 && rank_of<B> == 2)
ndarray<Acc, 2> dot(const A& ea, const B& eb) {
  auto a = eval(ea);
  auto b = eval(eb);
  index_t n = a.shape()[0], k = a.shape()[1], m = b.shape()[1];
  if (b.shape()[0] != k) detail::not_aligned(n, k, 2, b.shape()[0], m, 2, k, b.shape()[0]);
  ndarray<Acc, 2> out{shape_t<2>{n, m}};
  for (index_t i = 0; i < n; ++i) {
    Acc* row = out.data() + i * m;
    for (index_t j = 0; j < k; ++j) {
      Acc x = static_cast<Acc>(a.at(i, j));
      for (index_t l = 0; l < m; ++l) row[l] = ops::wrap_add<Acc>(row[l], ops::wrap_mul<Acc>(x, static_cast<Acc>(b.at(j, l))));
    }
  }
  return out;
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
