// Reductions: sum, prod, mean, var, std, min, max, argmin, argmax, any, all (whole array or
// along one axis) and cumsum/cumprod. Float sums follow numpy's order exactly: pairwise
// summation (8 accumulators over blocks of up to 128 items) applied to chunks of 8192 items
// (numpy's buffer size) added in sequence (pairwise.hpp), so contiguous results are
// bit-identical. var/std over a whole array read memory once and follow numpy's two passes'
// rounding (moments.hpp).
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

#include "pyxc/numpy/elementwise.hpp"
#include "pyxc/numpy/moments.hpp"
#include "pyxc/numpy/pairwise.hpp"
#include "pyxc/numpy/ops.hpp"

namespace pyxc::np {

namespace detail {

/// numpy's float sum of one row: 8192-item chunks, each summed pairwise, added in order.
template <class Acc, class Get>
Acc row_sum(const Get& get, index_t n, Acc acc) {
  if constexpr (std::is_floating_point_v<Acc> || is_complex_v<Acc>) {
    for (index_t lo = 0; lo < n; lo += kBufferSize) acc += pairwise_sum<Acc>(get, lo, std::min(kBufferSize, n - lo));
  } else {
    for (index_t i = 0; i < n; ++i) acc = ops::wrap_add<Acc>(acc, static_cast<Acc>(get(i)));
  }
  return acc;
}

template <class Cur>
auto getter(const Cur& c, bool unit) {
  return [&c, unit](index_t i) { return unit ? c.at_unit(i) : c[i]; };
}

[[noreturn]] inline void empty_reduction(const char* op) {
  raise(exc_kind::ValueError, std::string("zero-size array to reduction operation ") + op + " which has no identity");
}

template <class E>
index_t expr_size(const E& e) {
  return shape_size<rank_of<E>>(e.shape());
}

/// The view numpy's iterator walks when it reduces a whole array: its axes ordered by
/// decreasing stride (order 'K': memory order for an F-ordered or transposed array; negative
/// strides are not flipped). Other expressions are walked in C order, as numpy's temporary
/// for them would be.
template <class E>
decltype(auto) reduction_order(const E& e) {
  if constexpr (is_ndarray<E>::value && E::rank > 1) {
    constexpr int N = E::rank;
    std::array<int, N> axes;
    for (int d = 0; d < N; ++d) axes[d] = d;
    const auto& st = e.strides();
    std::stable_sort(axes.begin(), axes.end(), [&](int x, int y) { return std::abs(st[x]) > std::abs(st[y]); });
    shape_t<N> shape, strides;
    for (int d = 0; d < N; ++d) shape[d] = e.shape()[axes[d]], strides[d] = st[axes[d]];
    return E(const_cast<typename E::value_type*>(e.data()), shape, strides, e.owner());
  } else {
    return (e);
  }
}

/// Calls f(get, n, contiguous) for each chunk numpy's whole-array sum of e adds pairwise: e's
/// items in reduction_order, cut into chunks of kBufferSize. When e is not one contiguous
/// run numpy copies the items into its buffer and so do we (chunks then cross rows).
/// `contiguous` points at the chunk's n items when they are contiguous values of e (else null).
template <class E, class F>
void for_each_reduction_chunk(const E& e_in, F&& f) {
  using T = value_of<E>;
  auto&& e = reduction_order(e_in);
  std::unique_ptr<T[]> buffer;  // not a vector: vector<bool> has no data()
  index_t filled = 0;
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t* outer) {
    using Cur = std::remove_cvref_t<decltype(c)>;
    if (!outer) {  // the whole array is one run: chunks are its pieces
      for (index_t lo = 0; lo < n; lo += kBufferSize) {
        index_t k = std::min(kBufferSize, n - lo);
        const T* run = nullptr;
        if constexpr (reads_array_of<Cur, T>::value) run = c.unit() ? c.row + lo : nullptr;
        if (c.unit()) f([&](index_t i) { return c.at_unit(lo + i); }, k, run);
        else f([&](index_t i) { return c[lo + i]; }, k, run);
      }
      return;
    }
    if (!buffer) buffer.reset(new T[static_cast<std::size_t>(std::min(kBufferSize, expr_size(e)))]);
    for (index_t i = 0; i < n;) {
      index_t take = std::min(n - i, kBufferSize - filled);
      for (index_t j = 0; j < take; ++j) buffer[filled + j] = static_cast<T>(c[i + j]);
      filled += take;
      i += take;
      if (filled == kBufferSize) {
        const T* b = buffer.get();
        f([b](index_t j) { return b[j]; }, filled, b);
        filled = 0;
      }
    }
  });
  if (filled) {
    const T* b = buffer.get();
    f([b](index_t j) { return b[j]; }, filled, b);
  }
}

}  // namespace detail

// ------------------------------------------------------------------ whole-array reductions

/// np.sum(e) accumulating in Acc (the result dtype numpy picks), in numpy's order.
template <class Acc, class E>
Acc sum(const E& e) {
  Acc acc = Acc(0);
  if constexpr (std::is_floating_point_v<Acc> || is_complex_v<Acc>) {
    detail::for_each_reduction_chunk(e, [&](const auto& get, index_t n, const auto*) {
      acc += detail::pairwise_sum<Acc>(get, 0, n);
    });
  } else {
    for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
      if (c.unit()) acc = detail::row_sum<Acc>([&](index_t i) { return c.at_unit(i); }, n, acc);
      else acc = detail::row_sum<Acc>([&](index_t i) { return c[i]; }, n, acc);
    });
  }
  return acc;
}

template <class Acc, class E>
Acc prod(const E& e) {
  Acc acc = Acc(1);
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n; ++i) acc = ops::wrap_mul<Acc>(acc, static_cast<Acc>(c[i]));
  });
  return acc;
}

/// np.mean(e): the float sum (Acc: float64 for ints) divided by the count (nan when empty).
template <class Acc, class E>
Acc mean(const E& e) {
  index_t n = detail::expr_size(e);
  return sum<Acc>(e) / static_cast<Acc>(n);
}

/// np.var(e, ddof=ddof) over the whole array in one read of memory, in numpy's order (moments.hpp).
template <class Acc, class E>
Acc var(const E& e, index_t ddof = 0) {
  index_t count = detail::expr_size(e);
  if (count == 0) return std::numeric_limits<Acc>::quiet_NaN();
  const detail::contiguous_chunk_fn kernel = detail::contiguous_chunk_kernel();
  auto moments_of = [&](const auto& get, index_t n, const auto* run) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(*run)>, double> && std::is_same_v<Acc, double>)
      if (run) return kernel(run, n);  // contiguous float64: the SIMD kernel
    return detail::chunk_moments_of<Acc>(get, n);
  };
  if (count <= detail::kBufferSize) {  // one chunk: nothing to allocate (var of small arrays in loops)
    std::array<detail::chunk_moments<Acc>, 1> chunk;
    detail::for_each_reduction_chunk(e, [&](const auto& get, index_t n, const auto* run) { chunk[0] = moments_of(get, n, run); });
    return detail::var_of_chunks<Acc>(chunk, count, ddof);
  }
  std::vector<detail::chunk_moments<Acc>> chunks;
  chunks.reserve(static_cast<std::size_t>(count / detail::kBufferSize + 1));
  detail::for_each_reduction_chunk(e, [&](const auto& get, index_t n, const auto* run) { chunks.push_back(moments_of(get, n, run)); });
  return detail::var_of_chunks<Acc>(chunks, count, ddof);
}

template <class Acc, class E>
Acc std_(const E& e, index_t ddof = 0) {
  return std::sqrt(var<Acc>(e, ddof));
}

template <class E>
value_of<E> min(const E& e) {
  using T = value_of<E>;
  if (detail::expr_size(e) == 0) detail::empty_reduction("minimum");
  bool first = true;
  T best{};
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n; ++i) {
      T v = c[i];
      best = first ? v : ops::minimum<T>{}(best, v);
      first = false;
    }
  });
  return best;
}

template <class E>
value_of<E> max(const E& e) {
  using T = value_of<E>;
  if (detail::expr_size(e) == 0) detail::empty_reduction("maximum");
  bool first = true;
  T best{};
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n; ++i) {
      T v = c[i];
      best = first ? v : ops::maximum<T>{}(best, v);
      first = false;
    }
  });
  return best;
}

namespace detail {
/// Index (in C order) of the first minimum (Less = greater for argmax); a NaN wins at once.
template <bool Max, class E>
index_t arg_extreme(const E& e) {
  using T = value_of<E>;
  if (expr_size(e) == 0) raise(exc_kind::ValueError, Max ? "attempt to get argmax of an empty sequence"
                                                         : "attempt to get argmin of an empty sequence");
  index_t best_at = 0, at = 0;
  T best{};
  bool done = false;
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n && !done; ++i, ++at) {
      T v = c[i];
      if (at == 0) {
        best = v;
      } else if (Max ? (v > best) : (v < best)) {
        best = v;
        best_at = at;
      }
      if constexpr (std::is_floating_point_v<T>)
        if (v != v) {
          best_at = at;
          done = true;
        }
    }
  });
  return best_at;
}
}  // namespace detail

template <class E>
int_t argmin(const E& e) {
  return detail::arg_extreme<false>(e);
}
template <class E>
int_t argmax(const E& e) {
  return detail::arg_extreme<true>(e);
}

template <class E>
bool any(const E& e) {
  bool found = false;
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n && !found; ++i) found = static_cast<bool>(c[i] != value_of<E>{});
  });
  return found;
}

template <class E>
bool all(const E& e) {
  bool ok = true;
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n && ok; ++i) ok = static_cast<bool>(c[i] != value_of<E>{});
  });
  return ok;
}

/// np.cumsum(e) / np.cumprod(e): the running sums of the flattened array, in Acc.
template <class Acc, bool Product = false, class E>
ndarray<Acc, 1> cumulative(const E& e) {
  ndarray<Acc, 1> out{shape_t<1>{detail::expr_size(e)}};
  Acc acc = Product ? Acc(1) : Acc(0);
  index_t k = 0;
  Acc* o = out.data();
  for_each_row<rank_of<E>>(e, e.shape(), [&](const auto& c, index_t n, const index_t*) {
    for (index_t i = 0; i < n; ++i)
      o[k++] = acc = Product ? ops::wrap_mul<Acc>(acc, static_cast<Acc>(c[i])) : ops::wrap_add<Acc>(acc, static_cast<Acc>(c[i]));
  });
  return out;
}

// ------------------------------------------------------------------ along one axis

namespace detail {

/// out[j...] = reduce(row) for every row of `a` along `axis`; reduce(get, n, stride_is_inner).
template <class R, class T, int N, class F>
ndarray<R, N - 1> along_axis(const ndarray<T, N>& a, int axis, F&& reduce) {
  shape_t<N - 1> shape{};
  shape_t<N - 1> strides{};
  for (int d = 0, o = 0; d < N; ++d)
    if (d != axis) shape[o] = a.shape()[d], strides[o] = a.strides()[d], ++o;
  ndarray<R, N - 1> out{shape};
  const index_t n = a.shape()[axis], step = a.strides()[axis];
  const bool inner = axis == N - 1;
  index_t total = out.size();
  std::array<index_t, N - 1> idx{};
  R* o = out.data();
  for (index_t k = 0; k < total; ++k) {
    const T* base = a.data();
    for (int d = 0; d < N - 1; ++d) base += idx[d] * strides[d];
    o[k] = reduce([base, step](index_t i) { return base[i * step]; }, n, inner);
    for (int d = N - 2; d >= 0; --d) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

/// numpy's order along an axis: pairwise along the innermost axis, sequential along others.
template <class Acc, class Get>
Acc axis_sum(const Get& get, index_t n, bool inner) {
  if (inner) return row_sum<Acc>(get, n, Acc(0));
  Acc acc = Acc(0);
  for (index_t i = 0; i < n; ++i) acc = ops::wrap_add<Acc>(acc, static_cast<Acc>(get(i)));
  return acc;
}
}  // namespace detail

template <class Acc, class E>
auto sum_axis(const E& e, int_t axis) {
  auto a = eval(e);
  return detail::along_axis<Acc>(a, normalize_axis(axis, rank_of<E>),
                                 [](const auto& get, index_t n, bool inner) { return detail::axis_sum<Acc>(get, n, inner); });
}

template <class Acc, class E>
auto prod_axis(const E& e, int_t axis) {
  auto a = eval(e);
  return detail::along_axis<Acc>(a, normalize_axis(axis, rank_of<E>), [](const auto& get, index_t n, bool) {
    Acc acc = Acc(1);
    for (index_t i = 0; i < n; ++i) acc = ops::wrap_mul<Acc>(acc, static_cast<Acc>(get(i)));
    return acc;
  });
}

template <class Acc, class E>
auto mean_axis(const E& e, int_t axis) {
  auto a = eval(e);
  return detail::along_axis<Acc>(a, normalize_axis(axis, rank_of<E>), [](const auto& get, index_t n, bool inner) {
    return detail::axis_sum<Acc>(get, n, inner) / static_cast<Acc>(n);
  });
}

/// Along an axis var is numpy's two passes (mean, then squared deviations), in numpy's order.
template <class Acc, class E>
auto var_axis(const E& e, int_t axis, index_t ddof = 0) {
  auto a = eval(e);
  return detail::along_axis<Acc>(a, normalize_axis(axis, rank_of<E>), [ddof](const auto& get, index_t n, bool inner) {
    Acc mu = detail::axis_sum<Acc>(get, n, inner) / static_cast<Acc>(n);
    Acc ss = detail::axis_sum<Acc>(
        [&](index_t i) {
          Acc d = static_cast<Acc>(get(i)) - mu;
          return d * d;
        },
        n, inner);
    return ss / static_cast<Acc>(std::max<index_t>(n - ddof, 0));
  });
}

template <class Acc, class E>
auto std_axis(const E& e, int_t axis, index_t ddof = 0) {
  auto v = var_axis<Acc>(e, axis, ddof);
  return ndarray<Acc, rank_of<E> - 1>(map<ops::sqrt<Acc>>(v));
}

template <bool Max, class E>
auto extreme_axis(const E& e, int_t axis) {
  using T = value_of<E>;
  auto a = eval(e);
  return detail::along_axis<T>(a, normalize_axis(axis, rank_of<E>), [](const auto& get, index_t n, bool) {
    if (n == 0) detail::empty_reduction(Max ? "maximum" : "minimum");
    T best = get(0);
    for (index_t i = 1; i < n; ++i) best = Max ? ops::maximum<T>{}(best, get(i)) : ops::minimum<T>{}(best, get(i));
    return best;
  });
}
template <class E>
auto min_axis(const E& e, int_t axis) {
  return extreme_axis<false>(e, axis);
}
template <class E>
auto max_axis(const E& e, int_t axis) {
  return extreme_axis<true>(e, axis);
}

template <bool Max, class E>
auto arg_extreme_axis(const E& e, int_t axis) {
  using T = value_of<E>;
  auto a = eval(e);
  return detail::along_axis<int_t>(a, normalize_axis(axis, rank_of<E>), [](const auto& get, index_t n, bool) {
    if (n == 0) raise(exc_kind::ValueError, Max ? "attempt to get argmax of an empty sequence"
                                                : "attempt to get argmin of an empty sequence");
    T best = get(0);
    index_t at = 0;
    for (index_t i = 0; i < n; ++i) {
      T v = get(i);
      if constexpr (std::is_floating_point_v<T>)
        if (v != v) return static_cast<int_t>(i);
      if (Max ? v > best : v < best) best = v, at = i;
    }
    return static_cast<int_t>(at);
  });
}
template <class E>
auto argmin_axis(const E& e, int_t axis) {
  return arg_extreme_axis<false>(e, axis);
}
template <class E>
auto argmax_axis(const E& e, int_t axis) {
  return arg_extreme_axis<true>(e, axis);
}

template <class E>
auto any_axis(const E& e, int_t axis) {
  auto a = eval(e);
  return detail::along_axis<bool>(a, normalize_axis(axis, rank_of<E>), [](const auto& get, index_t n, bool) {
    for (index_t i = 0; i < n; ++i)
      if (get(i) != value_of<E>{}) return true;
    return false;
  });
}
template <class E>
auto all_axis(const E& e, int_t axis) {
  auto a = eval(e);
  return detail::along_axis<bool>(a, normalize_axis(axis, rank_of<E>), [](const auto& get, index_t n, bool) {
    for (index_t i = 0; i < n; ++i)
      if (get(i) == value_of<E>{}) return false;
    return true;
  });
}

}  // namespace pyxc::np
