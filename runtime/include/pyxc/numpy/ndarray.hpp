// pyxc::np::ndarray<T, N>: numpy's ndarray with the dtype (T) and rank (N) static and the
// shape and strides (in elements) dynamic. Copies alias, as Python names do (`b = a`); the
// memory is owned through a shared_ptr that is either pyxc's own buffer or, for an argument
// viewed in place, a reference to the caller's Python object (see pyxc/python/numpy.hpp).
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <complex>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include "pyxc/core.hpp"

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

namespace pyxc::np {

using index_t = std::int64_t;
template <int N>
using shape_t = std::array<index_t, N>;

/// Base of every array-valued expression (arrays and lazy elementwise expressions).
struct expr_tag {};
template <class E>
inline constexpr bool is_expr_v = std::is_base_of_v<expr_tag, std::remove_cvref_t<E>>;

template <class T>
struct is_complex : std::false_type {};
template <class T>
struct is_complex<std::complex<T>> : std::true_type {};
template <class T>
inline constexpr bool is_complex_v = is_complex<T>::value;

/// numpy's spelling of a shape: `(3,)`, `(2,3)` (as in its error messages).
template <std::size_t N>
std::string shape_text(const std::array<index_t, N>& s) {
  std::string out = "(";
  for (std::size_t i = 0; i < N; ++i) out += (i ? "," : "") + std::to_string(s[i]);
  return out + (N == 1 ? ",)" : ")");
}

/// How many array buffers pyxc has allocated (tests check that fused expressions allocate
/// only their result).
inline std::atomic<long>& allocation_count() {
  static std::atomic<long> count{0};
  return count;
}

namespace detail {
/// The bytes in front of an array's elements that hold its shared_ptr control block (a block
/// of libstdc++'s or libc++'s shared_ptr with a stateless deleter and a one-pointer allocator
/// takes 32), keeping the elements 64-byte aligned.
inline constexpr std::size_t buffer_header = 64;

/// The allocator a new array's shared_ptr gets for its control block: it hands out the header
/// of the array's own block, and frees the whole block when the control block goes (the last
/// step of releasing the last owner, after the deleter, which does nothing). So a new array
/// costs one malloc, not two (the buffer and the control block).
template <class U>
struct header_allocator {
  using value_type = U;
  void* block;  // what malloc returned
  char* header; // where the control block goes (buffer_header bytes before the elements)
  header_allocator(void* b, char* h) noexcept : block(b), header(h) {}
  template <class V>
  header_allocator(const header_allocator<V>& o) noexcept : block(o.block), header(o.header) {}
  U* allocate(std::size_t n) {
    if (n * sizeof(U) <= buffer_header && alignof(U) <= 16) return reinterpret_cast<U*>(header);
    return static_cast<U*>(::operator new(n * sizeof(U)));  // a library whose control block is larger
  }
  void deallocate(U* p, std::size_t) noexcept {
    void* b = block;
    if (reinterpret_cast<char*>(p) != header) ::operator delete(p);
    std::free(b);
  }
  template <class V>
  bool operator==(const header_allocator<V>& o) const noexcept { return block == o.block; }
};
struct keep_buffer {
  void operator()(void*) const noexcept {}
};
}  // namespace detail

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_no_memory(std::size_t bytes) {
  raise(exc_kind::MemoryError, "cannot allocate an array of " + std::to_string(bytes) + " bytes");
}
/// As numpy does: arrays of 4 MB and more ask for huge pages (512x fewer page faults).
PYXC_COLD inline void advise_huge_pages(char* first, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  auto start = reinterpret_cast<std::uintptr_t>(first);
  auto page = (start + 4095) & ~std::uintptr_t{4095};
  auto end = start + bytes;
  if (end > page) ::madvise(reinterpret_cast<void*>(page), end - page, MADV_HUGEPAGE);
#else
  (void)first, (void)bytes;
#endif
}
}  // namespace detail

/// 64-byte aligned memory for `count` elements of T (at least one), owned by the returned
/// pointer; one malloc holds the control block and the elements (detail::header_allocator).
/// Inline: a small array in a loop (a 3x3 product) costs little more than its malloc.
template <class T>
PYXC_INLINE std::shared_ptr<void> allocate(index_t count, T** data) {
  // A relaxed load and store, not an atomic increment (a locked instruction per array): the
  // count is for single-threaded tests.
  auto& counter = allocation_count();
  counter.store(counter.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  std::size_t bytes = static_cast<std::size_t>(std::max<index_t>(count, 1)) * sizeof(T);
  bytes = (bytes + 63) / 64 * 64;
  // malloc aligns to 16: up to 48 bytes of slack put the elements on a 64-byte boundary with
  // the header in front of them.
  constexpr std::size_t slack = 64 - 16;
  void* block = bytes <= SIZE_MAX - detail::buffer_header - slack ? std::malloc(bytes + detail::buffer_header + slack)
                                                                   : nullptr;
  if (!block) [[unlikely]] detail::raise_no_memory(bytes);
  auto first = (reinterpret_cast<std::uintptr_t>(block) + detail::buffer_header + 63) & ~std::uintptr_t{63};
  char* p = reinterpret_cast<char*>(first);
  if (bytes >= (std::size_t{1} << 22)) [[unlikely]] detail::advise_huge_pages(p, bytes);
  *data = reinterpret_cast<T*>(p);
  try {
    return std::shared_ptr<void>(p, detail::keep_buffer{},
                                 detail::header_allocator<char>(block, p - detail::buffer_header));
  } catch (...) {  // only when the fallback of header_allocator::allocate throws
    std::free(block);
    throw;
  }
}

/// `None` (np.newaxis) and `...` as items of an index.
struct newaxis {};
struct ellipsis {};

/// `lo:hi:step` of a subscript; the has_ flags say which were given.
struct slice {
  index_t lo = 0, hi = 0, step = 1;
  bool has_lo = false, has_hi = false;
};

/// Python's slice.indices(n): the start and the number of items (step is checked non-zero).
inline index_t slice_length(const slice& s, index_t n, index_t* start) {
  if (s.step == 0) raise(exc_kind::ValueError, "slice step cannot be zero");
  index_t lo, hi;
  if (s.step > 0) {
    lo = !s.has_lo ? 0 : s.lo < 0 ? std::max<index_t>(s.lo + n, 0) : std::min(s.lo, n);
    hi = !s.has_hi ? n : s.hi < 0 ? std::max<index_t>(s.hi + n, 0) : std::min(s.hi, n);
    *start = lo;
    return hi > lo ? (hi - lo + s.step - 1) / s.step : 0;
  }
  lo = !s.has_lo ? n - 1 : s.lo < 0 ? std::max<index_t>(s.lo + n, -1) : std::min(s.lo, n - 1);
  hi = !s.has_hi ? -1 : s.hi < 0 ? std::max<index_t>(s.hi + n, -1) : std::min(s.hi, n - 1);
  *start = lo;
  return lo > hi ? (lo - hi - s.step - 1) / (-s.step) : 0;
}

/// A Python index into an axis of size n, made non-negative; IndexError as numpy words it.
[[noreturn]] PYXC_COLD inline void raise_index_error(index_t i, index_t n, int axis) {
  raise(exc_kind::IndexError, "index " + std::to_string(i) + " is out of bounds for axis " + std::to_string(axis) +
                                  " with size " + std::to_string(n));
}
PYXC_INLINE index_t normalize_index(index_t i, index_t n, int axis) {
  if (static_cast<std::uint64_t>(i) < static_cast<std::uint64_t>(n)) [[likely]] return i;  // one test for 0 <= i < n
  index_t j = i + n;
  if (i >= 0 || j < 0) [[unlikely]] raise_index_error(i, n, axis);
  return j;
}

/// An axis of an ndim-d array, Python's negative axes made non-negative; AxisError as numpy
/// words it.
inline int normalize_axis(int_t axis, int ndim) {
  int_t a = axis < 0 ? axis + ndim : axis;
  if (a < 0 || a >= ndim)
    raise(exc_kind::AxisError, "axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                                    std::to_string(ndim));
  return static_cast<int>(a);
}

template <int N>
shape_t<N> c_strides(const shape_t<N>& shape) {
  shape_t<N> s{};
  index_t step = 1;
  for (int d = N - 1; d >= 0; --d) {
    s[d] = step;
    step *= shape[d];
  }
  return s;
}

template <int N>
index_t shape_size(const shape_t<N>& shape) {
  index_t n = 1;
  for (index_t e : shape) n *= e;
  return n;
}

template <class T, int N>
class ndarray;

template <class T, int N, class E>
void assign(const ndarray<T, N>& out, const E& e);
/// A new array holding e's values, laid out as numpy's order='K' (elementwise.hpp).
template <class T, int N, class E>
ndarray<T, N> evaluate_keep_order(const E& e);

/// N == 0 is numpy's 0-d array (np.array(3.0), a[0, ...]): one element, no axes; pyxc only
/// returns it, asks its shape and reads or writes its element (x[()]).
template <class T, int N>
class ndarray : public expr_tag {

 public:
  using value_type = T;
  static constexpr int rank = N;

  ndarray() {
    shape_.fill(0);
    strides_ = c_strides<N>(shape_);
    owner_ = allocate<T>(0, &data_);
  }
  ndarray(T* data, const shape_t<N>& shape, const shape_t<N>& strides, std::shared_ptr<void> owner)
      : data_(data), shape_(shape), strides_(strides), owner_(std::move(owner)) {}
  /// A new zero-filled C-ordered array.
  explicit ndarray(const shape_t<N>& shape) : ndarray(shape, uninitialized) {
    std::memset(static_cast<void*>(data_), 0, static_cast<std::size_t>(shape_size<N>(shape)) * sizeof(T));
  }
  /// A new C-ordered array whose elements the caller writes next (np.empty).
  struct uninitialized_t {};
  static constexpr uninitialized_t uninitialized{};
  ndarray(const shape_t<N>& shape, uninitialized_t)
      : shape_(checked_shape(shape)), strides_(c_strides<N>(shape)), owner_(allocate<T>(shape_size<N>(shape), &data_)) {}
  /// Evaluates an elementwise expression (or converts another dtype) into a new array, in
  /// numpy's order='K' (Fortran order for Fortran-ordered operands).
  template <class E>
    requires(is_expr_v<E> && !std::is_same_v<std::remove_cvref_t<E>, ndarray>)
  ndarray(const E& e) : ndarray(evaluate_keep_order<T, N>(e)) {}

  T* data() const { return data_; }
  const shape_t<N>& shape() const { return shape_; }
  const shape_t<N>& strides() const { return strides_; }
  const std::shared_ptr<void>& owner() const { return owner_; }
  index_t size() const { return shape_size<N>(shape_); }
  index_t len() const { return shape_[0]; }

  bool is_c_contiguous() const {
    index_t step = 1;
    for (int d = N - 1; d >= 0; --d) {
      if (shape_[d] == 0) return true;
      if (shape_[d] != 1 && strides_[d] != step) return false;
      step *= shape_[d];
    }
    return true;
  }

  /// np.copy(a): numpy's order='K', a Fortran-ordered a gives a Fortran-ordered copy (a.copy()
  /// is always C-ordered).
  ndarray copy_keep_order() const { return evaluate_keep_order<T, N>(*this); }

  /// Unchecked element access by non-negative indices.
  template <class... I>
  PYXC_INLINE T& at(I... i) const {
    static_assert(sizeof...(I) == N);
    index_t idx[] = {static_cast<index_t>(i)...};
    index_t off = 0;
    for (int d = 0; d < N; ++d) off += idx[d] * strides_[d];
    return data_[off];
  }

  /// `a[i, 1:3, None, ...]`: integers (Python semantics, IndexError), slices, newaxis (a new
  /// axis of length 1) and one ellipsis (the axes the others leave); fewer than N allowed.
  /// All integers on every axis give the element (a reference); otherwise a view.
  template <class... Ix>
  decltype(auto) get(const Ix&... ix) const {
    constexpr int K = sizeof...(Ix);
    constexpr int ints = (0 + ... + (std::is_integral_v<Ix> ? 1 : 0));
    constexpr int added = (0 + ... + (std::is_same_v<Ix, newaxis> ? 1 : 0));
    constexpr int ellipses = (0 + ... + (std::is_same_v<Ix, ellipsis> ? 1 : 0));
    constexpr int consumed = K - added - ellipses;
    static_assert(consumed <= N, "too many indices for array");
    static_assert(ellipses <= 1, "an index can only have a single ellipsis");
    constexpr int R = N - ints + added;
    if constexpr (N == 0 && K == 0) {  // x[()] of a 0-d array: its element
      return static_cast<T&>(*data_);
    } else if constexpr (ints == N && K == N) {  // one element: plain offset arithmetic, no view machinery
      const index_t idx[] = {static_cast<index_t>(ix)...};
      index_t off = 0;
      for (int d = 0; d < N; ++d) off += normalize_index(idx[d], shape_[d], d) * strides_[d];
      return static_cast<T&>(data_[off]);
    } else {
      return view_of<R>(ix...);
    }
  }

  /// A subscript with a slice, newaxis or ellipsis (see get): a view of rank R.
  template <int R, class... Ix>
  ndarray<T, R> view_of(const Ix&... ix) const {
    constexpr int K = sizeof...(Ix);
    constexpr int added = (0 + ... + (std::is_same_v<Ix, newaxis> ? 1 : 0));
    constexpr int ellipses = (0 + ... + (std::is_same_v<Ix, ellipsis> ? 1 : 0));
    constexpr int consumed = K - added - ellipses;
    T* p = data_;
    shape_t<(R > 0 ? R : 1)> shape{}, strides{};
    int axis = 0, out = 0;
    auto apply = [&](const auto& x) {
      using X = std::remove_cvref_t<decltype(x)>;
      if constexpr (std::is_same_v<X, newaxis>) {
        shape[out] = 1;
        strides[out] = 0;
        ++out;
        return;
      } else if constexpr (std::is_same_v<X, ellipsis>) {
        for (int k = 0; k < N - consumed; ++k, ++axis, ++out) {
          shape[out] = shape_[axis];
          strides[out] = strides_[axis];
        }
        return;
      } else if constexpr (std::is_integral_v<X>) {
        p += normalize_index(static_cast<index_t>(x), shape_[axis], axis) * strides_[axis];
      } else {
        index_t start = 0;
        index_t n = slice_length(x, shape_[axis], &start);
        p += start * strides_[axis];
        shape[out] = n;
        strides[out] = strides_[axis] * x.step;
        ++out;
      }
      ++axis;
    };
    (apply(ix), ...);
    if constexpr (R == 0) {  // a[0, ...] of a 1-d a: a 0-d view
      return ndarray<T, 0>(p, {}, {}, owner_);
    } else {
      for (; axis < N; ++axis, ++out) {
        shape[out] = shape_[axis];
        strides[out] = strides_[axis];
      }
      return ndarray<T, R>(p, shape, strides, owner_);
    }
  }

  /// `a.T`: the axes reversed (a view).
  ndarray transposed() const {
    shape_t<N> s, st;
    for (int d = 0; d < N; ++d) s[d] = shape_[N - 1 - d], st[d] = strides_[N - 1 - d];
    return ndarray(data_, s, st, owner_);
  }

  /// A new C-ordered array with the same elements.
  ndarray copy() const { return copy_impl(); }

  ndarray copy_impl() const {
    ndarray out{shape_, uninitialized};
    assign(out, *this);
    return out;
  }

  /// `a.reshape(shape)`: a view when the array is C-ordered, else a reshaped copy; one
  /// extent may be -1 (inferred). ValueError as numpy words it.
  template <int M>
  ndarray<T, M> reshape(shape_t<M> shape) const {
    index_t known = 1;
    int unknown = -1;
    for (int d = 0; d < M; ++d) {
      if (shape[d] == -1 && unknown < 0) {
        unknown = d;
      } else if (shape[d] < 0) {
        raise(exc_kind::ValueError, unknown >= 0 && shape[d] == -1 ? "can only specify one unknown dimension"
                                                                   : "negative dimensions not allowed");
      } else {
        known *= shape[d];
      }
    }
    shape_t<M> shown = shape;
    if (unknown >= 0) {
      if (known == 0 || size() % known != 0)
        raise(exc_kind::ValueError, "cannot reshape array of size " + std::to_string(size()) + " into shape " +
                                        reshape_text(shown));
      shape[unknown] = size() / known;
    } else if (known != size()) {
      raise(exc_kind::ValueError,
            "cannot reshape array of size " + std::to_string(size()) + " into shape " + reshape_text(shown));
    }
    const ndarray src = is_c_contiguous() ? *this : copy_impl();
    return ndarray<T, M>(src.data(), shape, c_strides<M>(shape), src.owner());
  }

  /// `a.ravel()`: a 1-d view when C-ordered, else a copy; `a.flatten()` always copies.
  ndarray<T, 1> ravel() const { return reshape<1>({size()}); }
  ndarray<T, 1> flatten() const { return copy_impl().template reshape<1>({size()}); }

  /// `a.astype(U)`: always a new array.
  template <class U>
  ndarray<U, N> astype() const {
    return evaluate_keep_order<U, N>(*this);  // numpy's order='K'
  }

  /// True when this view shares its first element and layout with `o` (the same elements).
  bool same_view(const ndarray& o) const { return data_ == o.data_ && shape_ == o.shape_ && strides_ == o.strides_; }

  /// [lowest, highest] byte address this array touches (for overlap checks).
  std::pair<const char*, const char*> extent() const {
    const T* lo = data_;
    const T* hi = data_;
    if (size() == 0) return {nullptr, nullptr};
    for (int d = 0; d < N; ++d) {
      if (strides_[d] < 0) lo += strides_[d] * (shape_[d] - 1);
      else hi += strides_[d] * (shape_[d] - 1);
    }
    return {reinterpret_cast<const char*>(lo), reinterpret_cast<const char*>(hi + 1)};
  }

 private:
  static const shape_t<N>& checked_shape(const shape_t<N>& shape) {
    for (index_t e : shape)
      if (e < 0) [[unlikely]] raise(exc_kind::ValueError, "negative dimensions are not allowed");
    return shape;
  }
  template <std::size_t M>
  static std::string reshape_text(const std::array<index_t, M>& s) {
    std::string out = "(";
    for (int i = 0; i < static_cast<int>(M); ++i) out += (i ? "," : "") + (s[i] == -1 ? std::string("newaxis") : std::to_string(s[i]));
    return out + (M == 1 ? ",)" : ")");
  }
  T* data_ = nullptr;
  shape_t<N> shape_{};
  shape_t<N> strides_{};
  std::shared_ptr<void> owner_;
};

/// `a.shape` as a Python tuple of ints.
template <class T, int N>
auto shape_tuple(const ndarray<T, N>& a) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return std::tuple<decltype(I, int_t{})...>{static_cast<int_t>(a.shape()[I])...};
  }(std::make_index_sequence<N>{});
}

/// Python's `len(a)`.
template <class T, int N>
index_t len(const ndarray<T, N>& a) {
  return a.len();
}

}  // namespace pyxc::np
