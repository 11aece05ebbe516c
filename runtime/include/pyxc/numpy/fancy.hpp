// Boolean-mask and integer-array indexing: `a[mask]` and `a[idx]` read copies (1-d),
// `a[mask] = v` and `a[idx] = v` write through to a, with numpy's errors.
#pragma once

#include <vector>

#include "pyxc/numpy/elementwise.hpp"

namespace pyxc::np {

namespace detail {
/// Calls f(offset_a, offset_b) for every index of `shape` in C order, offsets by each strides.
template <int N, class F>
void for_each_pair(const shape_t<N>& shape, const shape_t<N>& sa, const shape_t<N>& sb, F&& f) {
  index_t total = shape_size<N>(shape);
  if (total == 0) return;
  std::array<index_t, N> idx{};
  index_t oa = 0, ob = 0;
  for (index_t k = 0; k < total; ++k) {
    f(oa, ob);
    for (int d = N - 1; d >= 0; --d) {
      oa += sa[d];
      ob += sb[d];
      if (++idx[d] < shape[d]) break;
      oa -= sa[d] * shape[d];
      ob -= sb[d] * shape[d];
      idx[d] = 0;
    }
  }
}

template <class T, int N>
void check_mask_shape(const shape_t<N>& a, const shape_t<N>& m) {
  for (int d = 0; d < N; ++d)
    if (a[d] != m[d])
      raise(exc_kind::IndexError, "boolean index did not match indexed array along dimension " + std::to_string(d) +
                                      "; dimension is " + std::to_string(a[d]) + " but corresponding boolean dimension is " +
                                      std::to_string(m[d]));
}
}  // namespace detail

/// `a[mask]`: the elements where mask is true, in C order (a new 1-d array).
template <class T, int N, class M>
ndarray<T, 1> mask_get(const ndarray<T, N>& a, const M& mask_expr) {
  auto mask = eval(mask_expr);
  detail::check_mask_shape<T, N>(a.shape(), mask.shape());
  index_t count = 0;
  detail::for_each_pair<N>(a.shape(), a.strides(), mask.strides(), [&](index_t, index_t om) { count += mask.data()[om]; });
  ndarray<T, 1> out{shape_t<1>{count}};
  T* o = out.data();
  detail::for_each_pair<N>(a.shape(), a.strides(), mask.strides(), [&](index_t oa, index_t om) {
    if (mask.data()[om]) *o++ = a.data()[oa];
  });
  return out;
}

/// `a[mask] = v`: v a scalar, or a 1-d array with one value per true element (or one value).
template <class T, int N, class M, class V>
void mask_set(const ndarray<T, N>& a, const M& mask_expr, const V& v) {
  auto mask = eval(mask_expr);
  detail::check_mask_shape<T, N>(a.shape(), mask.shape());
  if constexpr (is_expr_v<V>) {
    auto values = eval(v);
    static_assert(rank_of<V> == 1, "a[mask] = values takes a 1-d array of values");
    index_t count = 0;
    detail::for_each_pair<N>(a.shape(), a.strides(), mask.strides(), [&](index_t, index_t om) { count += mask.data()[om]; });
    index_t n = values.shape()[0];
    if (n != count && n != 1)
      raise(exc_kind::ValueError, "NumPy boolean array indexing assignment cannot assign " + std::to_string(n) +
                                      " input values to the " + std::to_string(count) + " output values where the mask is true");
    index_t k = 0;
    const index_t step = n == 1 ? 0 : values.strides()[0];
    detail::for_each_pair<N>(a.shape(), a.strides(), mask.strides(), [&](index_t oa, index_t om) {
      if (mask.data()[om]) a.data()[oa] = static_cast<T>(values.data()[(k++) * step]);
    });
  } else {
    const T x = static_cast<T>(v);
    detail::for_each_pair<N>(a.shape(), a.strides(), mask.strides(), [&](index_t oa, index_t om) {
      if (mask.data()[om]) a.data()[oa] = x;
    });
  }
}

/// `a[idx]` for a 1-d a and a 1-d integer array idx (negative indices count from the end).
template <class T, class I>
ndarray<T, 1> take(const ndarray<T, 1>& a, const I& idx_expr) {
  auto idx = eval(idx_expr);
  index_t n = idx.shape()[0];
  ndarray<T, 1> out{shape_t<1>{n}};
  for (index_t k = 0; k < n; ++k)
    out.data()[k] = a.data()[normalize_index(static_cast<index_t>(idx.at(k)), a.shape()[0], 0) * a.strides()[0]];
  return out;
}

/// `a[idx] = v` for a 1-d a: v a scalar or a 1-d array broadcast against idx.
template <class T, class I, class V>
void put(const ndarray<T, 1>& a, const I& idx_expr, const V& v) {
  auto idx = eval(idx_expr);
  index_t n = idx.shape()[0];
  if constexpr (is_expr_v<V>) {
    auto values = eval(v);
    index_t m = values.shape()[0];
    if (m != n && m != 1)
      raise(exc_kind::ValueError, "shape mismatch: value array of shape (" + std::to_string(m) +
                                      ",) could not be broadcast to indexing result of shape (" + std::to_string(n) + ",)");
    for (index_t k = 0; k < n; ++k)
      a.data()[normalize_index(static_cast<index_t>(idx.at(k)), a.shape()[0], 0) * a.strides()[0]] =
          static_cast<T>(values.at(m == 1 ? 0 : k));
  } else {
    for (index_t k = 0; k < n; ++k)
      a.data()[normalize_index(static_cast<index_t>(idx.at(k)), a.shape()[0], 0) * a.strides()[0]] = static_cast<T>(v);
  }
}

}  // namespace pyxc::np
