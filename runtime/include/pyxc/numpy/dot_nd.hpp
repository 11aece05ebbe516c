// np.dot and `@` (np.matmul) with an operand of more than 2 dimensions, built on the 1-d/2-d
// products of dot.hpp (which pick BLAS or loops per product):
// - matmul broadcasts stacks of matrices: the leading (batch) axes broadcast, the last two are
//   the matrices; a 1-d operand is a row (left) or column (right) vector whose axis goes away.
// - dot sums over the last axis of a and the second-to-last of b (the last of a 1-d b): its
//   result has a's leading axes, then b's leading axes and b's last axis; each item is one
//   inner product, as numpy computes it.
// Both raise numpy's ValueErrors (its core-dimension and remapped-broadcast texts for matmul,
// "shapes ... not aligned" for dot).
#pragma once

#include <string>
#include <vector>

#include "pyxc/numpy/dot.hpp"

namespace pyxc::np {

namespace detail {
/// numpy's spelling of a shape with the core axes replaced: `(2,3,newaxis,newaxis)`.
template <std::size_t N>
std::string remapped_text(const std::array<index_t, N>& s, int core) {
  std::string out = "(";
  for (int d = 0; d < static_cast<int>(N) - core; ++d) out += (d ? "," : "") + std::to_string(s[d]);
  for (int c = 0; c < core; ++c) out += (N - core + c ? "," : "") + std::string("newaxis");
  return out + ")";
}

/// The view of `a` at element offset `offset` with the given trailing (core) axes.
template <int C, class T, int N>
ndarray<T, C> core_view(const ndarray<T, N>& a, index_t offset) {
  shape_t<C> shape{}, strides{};
  for (int c = 0; c < C; ++c) {
    shape[c] = a.shape()[N - C + c];
    strides[c] = a.strides()[N - C + c];
  }
  return ndarray<T, C>(a.data() + offset, shape, strides, a.owner());
}

/// An odometer over a C-ordered index space that tracks one offset per operand (strides 0
/// where the operand broadcasts).
class batch_walker {
 public:
  batch_walker(std::vector<index_t> extents, std::vector<std::vector<index_t>> strides)
      : extents_(std::move(extents)), strides_(std::move(strides)), index_(extents_.size(), 0), offsets_(strides_.size(), 0) {}
  index_t offset(std::size_t operand) const { return offsets_[operand]; }
  void next() {
    for (std::size_t d = extents_.size(); d-- > 0;) {
      for (std::size_t o = 0; o < offsets_.size(); ++o) offsets_[o] += strides_[o][d];
      if (++index_[d] < extents_[d]) return;
      for (std::size_t o = 0; o < offsets_.size(); ++o) offsets_[o] -= strides_[o][d] * index_[d];
      index_[d] = 0;
    }
  }

 private:
  std::vector<index_t> extents_;
  std::vector<std::vector<index_t>> strides_;
  std::vector<index_t> index_;
  std::vector<index_t> offsets_;
};
}  // namespace detail

/// `a @ b` / np.matmul with an operand of rank 3 or more: stacks of matrix products.
template <class Acc, class A, class B>
  requires(rank_of<A> > 2 || rank_of<B> > 2)
auto matmul(const A& ea, const B& eb) {
  const auto& a = detail::operand(ea);
  const auto& b = detail::operand(eb);
  constexpr int NA = rank_of<A>, NB = rank_of<B>;
  constexpr int CA = NA == 1 ? 1 : 2, CB = NB == 1 ? 1 : 2;  // core axes of each
  constexpr int BA = NA - CA, BB = NB - CB, NBATCH = BA > BB ? BA : BB;
  constexpr int R = NBATCH + (CA - 1) + (CB - 1);
  const index_t k = a.shape()[NA - 1], kb = b.shape()[NB - CB];
  const index_t n = CA == 2 ? a.shape()[NA - 2] : 1, m = CB == 2 ? b.shape()[NB - 1] : 1;
  if (k != kb)
    raise(exc_kind::ValueError,
          "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          "(n?,k),(k,m?)->(n?,m?) (size " + std::to_string(kb) + " is different from " + std::to_string(k) + ")");
  // The batch axes broadcast (right-aligned); an operand's extent 1 repeats (stride 0).
  std::vector<index_t> batch(NBATCH, 1);
  std::vector<std::vector<index_t>> strides(2, std::vector<index_t>(NBATCH, 0));
  bool ok = true;
  auto join = [&](const auto& x, int nb, int which) {
    for (int d = 0; d < nb; ++d) {
      int out = NBATCH - nb + d;
      index_t e = x.shape()[d];
      if (e != 1) {
        if (batch[out] != 1 && batch[out] != e) ok = false;
        batch[out] = e;
        strides[which][out] = x.strides()[d];
      }
    }
  };
  join(a, BA, 0);
  join(b, BB, 1);
  if (!ok)
    raise(exc_kind::ValueError, "operands could not be broadcast together with remapped shapes [original->remapped]: " +
                                    shape_text(a.shape()) + "->" + detail::remapped_text(a.shape(), CA) + " " +
                                    shape_text(b.shape()) + "->" + detail::remapped_text(b.shape(), CB) +
                                    "  and requested shape (" + std::to_string(n) + "," + std::to_string(m) + ")");
  shape_t<R> out_shape{};
  for (int d = 0; d < NBATCH; ++d) out_shape[d] = batch[d];
  if constexpr (CA == 2) out_shape[NBATCH] = n;
  if constexpr (CB == 2) out_shape[R - 1] = m;
  ndarray<Acc, R> out{out_shape, ndarray<Acc, R>::uninitialized};
  constexpr int CR = R - NBATCH;  // the core axes of the result
  const index_t count = shape_size<NBATCH>([&] {
    shape_t<NBATCH> s{};
    for (int d = 0; d < NBATCH; ++d) s[d] = batch[d];
    return s;
  }());
  const index_t per = n * m;  // one product's items (a 1-d side contributes 1)
  detail::batch_walker walk(batch, strides);
  for (index_t i = 0; i < count; ++i, walk.next()) {
    auto product = dot<Acc>(detail::core_view<CA>(a, walk.offset(0)), detail::core_view<CB>(b, walk.offset(1)));
    ndarray<Acc, CR> place = detail::core_view<CR>(out, i * per);
    assign(place, product);
  }
  return out;
}

/// np.dot with an operand of rank 3 or more: sums over a's last axis and b's second-to-last.
template <class Acc, class A, class B>
  requires(rank_of<A> > 2 || rank_of<B> > 2)
auto dot(const A& ea, const B& eb) {
  const auto& a = detail::operand(ea);
  const auto& b = detail::operand(eb);
  constexpr int NA = rank_of<A>, NB = rank_of<B>;
  constexpr int R = NA + NB - 2;
  const int bk = NB >= 2 ? NB - 2 : 0;  // b's summed axis
  const index_t k = a.shape()[NA - 1];
  if (b.shape()[bk] != k)
    raise(exc_kind::ValueError, "shapes " + shape_text(a.shape()) + " and " + shape_text(b.shape()) + " not aligned: " +
                                    std::to_string(k) + " (dim " + std::to_string(NA - 1) + ") != " +
                                    std::to_string(b.shape()[bk]) + " (dim " + std::to_string(bk) + ")");
  shape_t<R> out_shape{};
  for (int d = 0; d < NA - 1; ++d) out_shape[d] = a.shape()[d];
  for (int d = 0; d < NB; ++d)
    if (d != bk) out_shape[NA - 1 + d - (d > bk ? 1 : 0)] = b.shape()[d];
  ndarray<Acc, R> out{out_shape, ndarray<Acc, R>::uninitialized};
  // Every row of a (its leading axes walked in C order) times every matrix (or the vector) of b.
  std::vector<index_t> a_lead(a.shape().begin(), a.shape().end() - 1), a_strides(a.strides().begin(), a.strides().end() - 1);
  std::vector<index_t> b_lead, b_strides;
  for (int d = 0; d < NB - 2; ++d) b_lead.push_back(b.shape()[d]), b_strides.push_back(b.strides()[d]);
  index_t rows = 1, mats = 1;
  for (index_t e : a_lead) rows *= e;
  for (index_t e : b_lead) mats *= e;
  const index_t m = NB >= 2 ? b.shape()[NB - 1] : 1;
  index_t at = 0;  // the result's items come in C order: row, then matrix, then b's last axis
  detail::batch_walker row_walk(a_lead, {a_strides});
  for (index_t r = 0; r < rows; ++r, row_walk.next()) {
    auto row = detail::core_view<1>(a, row_walk.offset(0));
    if constexpr (NB == 1) {
      out.data()[at++] = dot<Acc>(row, b);
    } else {
      // One inner product per item, as numpy's dot computes them (its dtype's dot, BLAS ?dot
      // for floats), so the sums round as numpy's do.
      detail::batch_walker mat_walk(b_lead, {b_strides});
      const index_t column_step = b.strides()[NB - 1];
      for (index_t p = 0; p < mats; ++p, mat_walk.next()) {
        auto matrix = detail::core_view<2>(b, mat_walk.offset(0));
        for (index_t j = 0; j < m; ++j) {
          ndarray<value_of<decltype(b)>, 1> column(matrix.data() + j * column_step, {k}, {matrix.strides()[0]}, b.owner());
          out.data()[at++] = dot<Acc>(row, column);
        }
      }
    }
  }
  return out;
}

}  // namespace pyxc::np
