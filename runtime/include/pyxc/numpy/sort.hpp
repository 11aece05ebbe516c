// np.sort, np.argsort, a.sort() (along an axis, or the flattened array) and np.unique. NaNs
// sort last, as in numpy. Every sort is stable: the values are numpy's for any `kind`, and
// argsort's order of equal items is numpy's for kind='stable' (numpy's default quicksort
// leaves it unspecified).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "pyxc/numpy/elementwise.hpp"

namespace pyxc::np {

namespace detail {
/// numpy's sort order: NaN after every number.
template <class T>
PYXC_INLINE bool sort_less(const T& a, const T& b) {
  if constexpr (std::is_floating_point_v<T>) return a < b || (b != b && a == a);
  else return a < b;
}

/// An axis of an N-d array (Python's negative axes), numpy's AxisError.
inline int sort_axis(int_t axis, int ndim) {
  int_t a = axis < 0 ? axis + ndim : axis;
  if (a < 0 || a >= ndim)
    raise(exc_kind::AxisError, "axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                                    std::to_string(ndim));
  return static_cast<int>(a);
}

/// f(base, n, stride) for every 1-d lane of `a` along `axis`.
template <class T, int N, class F>
void for_each_lane(const ndarray<T, N>& a, int axis, F&& f) {
  const index_t n = a.shape()[axis], stride = a.strides()[axis];
  index_t lanes = 1;
  for (int d = 0; d < N; ++d)
    if (d != axis) lanes *= a.shape()[d];
  if (n == 0 || lanes == 0) return;
  std::array<index_t, N> idx{};
  for (index_t k = 0; k < lanes; ++k) {
    T* base = a.data();
    for (int d = 0; d < N; ++d) base += idx[d] * a.strides()[d];
    f(base, n, stride);
    for (int d = N - 1; d >= 0; --d) {
      if (d == axis) continue;
      if (++idx[d] < a.shape()[d]) break;
      idx[d] = 0;
    }
  }
}

/// Sorts the lanes of `a` (an array pyxc owns) in place.
template <class T, int N>
void sort_lanes(const ndarray<T, N>& a, int axis) {
  std::vector<T> buf;
  for_each_lane(a, axis, [&](T* base, index_t n, index_t stride) {
    if (stride == 1) {
      std::stable_sort(base, base + n, sort_less<T>);
      return;
    }
    buf.assign(static_cast<std::size_t>(n), T{});
    for (index_t i = 0; i < n; ++i) buf[i] = base[i * stride];
    std::stable_sort(buf.begin(), buf.end(), sort_less<T>);
    for (index_t i = 0; i < n; ++i) base[i * stride] = buf[i];
  });
}
}  // namespace detail

/// np.sort(a, axis): a sorted copy.
template <class E>
auto sort(const E& e, int_t axis = -1) {
  using T = value_of<E>;
  constexpr int N = rank_of<E>;
  ndarray<T, N> out{shape_of(e)};
  assign(out, e);
  detail::sort_lanes(out, detail::sort_axis(axis, N));
  return out;
}

/// np.sort(a, axis=None): the flattened array, sorted.
template <class E>
auto sort_flat(const E& e) {
  return sort(eval(e).flatten(), 0);
}

/// a.sort(axis): in place (a view sorts the elements it sees).
template <class T, int N>
void sort_inplace(const ndarray<T, N>& a, int_t axis = -1) {
  detail::sort_lanes(a, detail::sort_axis(axis, N));
}

/// np.argsort(a, axis): int64 indices that sort each lane (stable).
template <class E>
auto argsort(const E& e, int_t axis = -1) {
  using T = value_of<E>;
  constexpr int N = rank_of<E>;
  const auto a = eval(e);
  const int ax = detail::sort_axis(axis, N);
  ndarray<std::int64_t, N> out{a.shape()};
  // The lanes of `a` and `out` are visited in the same order.
  std::vector<std::pair<std::int64_t*, index_t>> out_lanes;
  detail::for_each_lane(out, ax, [&](std::int64_t* base, index_t, index_t stride) { out_lanes.emplace_back(base, stride); });
  std::size_t lane = 0;
  std::vector<std::int64_t> order;
  detail::for_each_lane(a, ax, [&](T* base, index_t n, index_t stride) {
    order.resize(static_cast<std::size_t>(n));
    for (index_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [base, stride](std::int64_t i, std::int64_t j) {
      return detail::sort_less<T>(base[i * stride], base[j * stride]);
    });
    auto [o, ostride] = out_lanes[lane++];
    for (index_t i = 0; i < n; ++i) o[i * ostride] = order[i];
  });
  return out;
}

/// np.argsort(a, axis=None): indices into the flattened array.
template <class E>
auto argsort_flat(const E& e) {
  return argsort(eval(e).flatten(), 0);
}

/// np.unique(a): the sorted distinct values of the flattened array (NaNs collapse to one, as
/// numpy's equal_nan=True).
template <class E>
auto unique(const E& e) {
  using T = value_of<E>;
  auto sorted = sort_flat(e);
  const T* p = sorted.data();
  const index_t n = sorted.size();
  index_t k = 0;
  for (index_t i = 0; i < n; ++i) {
    bool same = k > 0 && p[k - 1] == p[i];
    if constexpr (std::is_floating_point_v<T>) same = same || (k > 0 && p[k - 1] != p[k - 1] && p[i] != p[i]);
    if (!same) sorted.data()[k++] = p[i];
  }
  ndarray<T, 1> out{shape_t<1>{k}};
  std::copy(p, p + k, out.data());
  return out;
}

}  // namespace pyxc::np
