// np.sort, np.argsort, a.sort() (along an axis, or the flattened array) and np.unique (with
// return_index/inverse/counts, and axis= for 1-d and 2-d arrays). NaNs sort last and complex values lexicographically, as in numpy. Every sort is stable: the values are numpy's for any `kind`, and
// argsort's order of equal items is numpy's for kind='stable' (numpy's default quicksort
// leaves it unspecified).
#pragma once

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

#include "pyxc/numpy/elementwise.hpp"

namespace pyxc::np {

namespace detail {
/// numpy's sort order: NaN after every number; complex values by real part, then imaginary
/// part, NaN parts last (numpy's CLT: R + Rj < R + nanj < nan + Rj < nan + nanj).
template <class T>
PYXC_INLINE bool sort_less(const T& a, const T& b) {
  if constexpr (is_complex_v<T>) {
    auto ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
    if (ar < br) return ai == ai || bi != bi;
    if (ar > br) return bi != bi && ai == ai;
    if (ar == br || (ar != ar && br != br)) return ai < bi || (bi != bi && ai == ai);
    return br != br;
  } else if constexpr (std::is_floating_point_v<T>) {
    return a < b || (b != b && a == a);
  } else {
    return a < b;
  }
}

template <class T>
PYXC_INLINE bool is_nan_value(const T& x) {
  if constexpr (is_complex_v<T>) return x.real() != x.real() || x.imag() != x.imag();
  else if constexpr (std::is_floating_point_v<T>) return x != x;
  else return false;
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
  detail::sort_lanes(out, normalize_axis(axis, N));
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
  detail::sort_lanes(a, normalize_axis(axis, N));
}

/// np.argsort(a, axis): int64 indices that sort each lane (stable).
template <class E>
auto argsort(const E& e, int_t axis = -1) {
  using T = value_of<E>;
  constexpr int N = rank_of<E>;
  const auto a = eval(e);
  const int ax = normalize_axis(axis, N);
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

/// The inverse and counts arrays of unique_with, as asked.
template <bool Inverse, bool Counts>
auto unique_rest(const std::int64_t* order, const std::vector<index_t>& starts, index_t n) {
  const index_t k = static_cast<index_t>(starts.size());
  auto inverse = [&] {
    ndarray<std::int64_t, 1> out{shape_t<1>{n}};
    for (index_t j = 0; j < k; ++j) {
      index_t end = j + 1 < k ? starts[j + 1] : n;
      for (index_t i = starts[j]; i < end; ++i) out.data()[order[i]] = j;
    }
    return std::make_tuple(out);
  };
  auto counts = [&] {
    ndarray<std::int64_t, 1> out{shape_t<1>{k}};
    for (index_t j = 0; j < k; ++j) out.data()[j] = (j + 1 < k ? starts[j + 1] : n) - starts[j];
    return std::make_tuple(out);
  };
  if constexpr (Inverse && Counts) return std::tuple_cat(inverse(), counts());
  else if constexpr (Inverse) return inverse();
  else if constexpr (Counts) return counts();
  else return std::tuple<>{};
}

/// np.unique(a, return_index=, return_inverse=, return_counts=): the tuple (values, then the
/// int64 arrays asked for) as numpy 1.x computes it: a stable argsort of the flattened array,
/// so `index` is each value's first occurrence; `inverse` maps every item (flattened) to its
/// value's position; NaNs collapse to one value.
template <bool Index, bool Inverse, bool Counts, class E>
auto unique_with(const E& e) {
  using T = value_of<E>;
  const auto flat = eval(e).flatten();
  const auto perm = argsort(flat, 0);
  const index_t n = flat.size();
  const T* v = flat.data();
  const std::int64_t* order = perm.data();
  // starts[j]: the position in sorted order where the j-th distinct value begins.
  // As numpy's equal_nan: when the last sorted value is NaN, the values sorting equal to it
  // (from the first of them, found as searchsorted does) are one value.
  index_t first_nan = n;
  if (n > 0 && detail::is_nan_value(v[order[n - 1]])) {
    const T& last = v[order[n - 1]];
    first_nan = 0;
    while (detail::sort_less<T>(v[order[first_nan]], last)) ++first_nan;
  }
  std::vector<index_t> starts;
  for (index_t i = 0; i < std::min(n, first_nan + 1); ++i)
    if (i == 0 || i == first_nan || v[order[i - 1]] != v[order[i]]) starts.push_back(i);
  const index_t k = static_cast<index_t>(starts.size());
  ndarray<T, 1> values{shape_t<1>{k}};
  for (index_t j = 0; j < k; ++j) values.data()[j] = v[order[starts[j]]];
  auto result = std::make_tuple(values);
  if constexpr (Index) {
    ndarray<std::int64_t, 1> index{shape_t<1>{k}};
    for (index_t j = 0; j < k; ++j) index.data()[j] = order[starts[j]];
    return std::tuple_cat(result, std::make_tuple(index), unique_rest<Inverse, Counts>(order, starts, n));
  } else {
    return std::tuple_cat(result, unique_rest<Inverse, Counts>(order, starts, n));
  }
}

/// np.unique(a): the sorted distinct values of the flattened array (NaNs collapse to one, as
/// numpy's equal_nan=True).
template <class E>
auto unique(const E& e) {
  return std::get<0>(unique_with<false, false, false>(e));
}

/// np.unique(a, axis=...) of a 1-d or 2-d array: the distinct slices along `axis` (rows for
/// axis 0), sorted lexicographically (each item in numpy's sort order, NaN last), then the
/// int64 arrays asked for, as numpy 1.x computes them by viewing each slice as one structured
/// item: a stable sort (first occurrences), and slices equal when every item is == (so slices
/// holding NaN stay apart, 0.0 and -0.0 are one). AxisError as numpy's.
template <bool Index, bool Inverse, bool Counts, class E>
auto unique_axis(const E& e, int_t axis) {
  using T = value_of<E>;
  constexpr int N = rank_of<E>;
  static_assert(N == 1 || N == 2, "unique(axis=) of a 1-d or 2-d array");
  const auto arr = eval(e);
  const int ax = normalize_axis(axis, N);
  // The slices as rows of an (n, c) view: a 1-d array's items are rows of one item.
  ndarray<T, 2> rows = [&] {
    if constexpr (N == 1) return ndarray<T, 2>(arr.data(), {arr.shape()[0], 1}, {arr.strides()[0], 1}, arr.owner());
    else return ax == 0 ? arr : arr.transposed();
  }();
  const index_t n = rows.shape()[0], c = rows.shape()[1];
  std::vector<std::int64_t> order(static_cast<std::size_t>(n));
  for (index_t i = 0; i < n; ++i) order[i] = i;
  auto less = [&](std::int64_t x, std::int64_t y) {
    for (index_t j = 0; j < c; ++j) {
      const T& a = rows.at(x, j);
      const T& b = rows.at(y, j);
      if (detail::sort_less<T>(a, b)) return true;
      if (detail::sort_less<T>(b, a)) return false;
    }
    return false;
  };
  std::stable_sort(order.begin(), order.end(), less);
  auto same = [&](std::int64_t x, std::int64_t y) {
    for (index_t j = 0; j < c; ++j)
      if (!(rows.at(x, j) == rows.at(y, j))) return false;
    return true;
  };
  std::vector<index_t> starts;
  for (index_t i = 0; i < n; ++i)
    if (i == 0 || !same(order[i - 1], order[i])) starts.push_back(i);
  const index_t k = static_cast<index_t>(starts.size());
  ndarray<T, 2> picked{shape_t<2>{k, c}};
  for (index_t j = 0; j < k; ++j)
    for (index_t l = 0; l < c; ++l) picked.at(j, l) = rows.at(order[starts[j]], l);
  // Back along the axis it came from (numpy's moveaxis: a transposed view for axis 1).
  ndarray<T, N> values = [&] {
    if constexpr (N == 1) return picked.template reshape<1>({k});
    else return ax == 0 ? picked : picked.transposed();
  }();
  auto result = std::make_tuple(values);
  if constexpr (Index) {
    ndarray<std::int64_t, 1> index{shape_t<1>{k}};
    for (index_t j = 0; j < k; ++j) index.data()[j] = order[starts[j]];
    return std::tuple_cat(result, std::make_tuple(index), unique_rest<Inverse, Counts>(order.data(), starts, n));
  } else {
    return std::tuple_cat(result, unique_rest<Inverse, Counts>(order.data(), starts, n));
  }
}

}  // namespace pyxc::np
