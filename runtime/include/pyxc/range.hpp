// Python's range(): a lazy arithmetic sequence that compiles to a counted loop.
#pragma once

#include <cstdint>
#include <iterator>

#include "pyxc/core.hpp"

namespace pyxc {

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_range_zero_step() {
  raise(exc_kind::ValueError, "range() arg 3 must not be zero");
}
[[noreturn]] PYXC_COLD inline void raise_range_len() {
  raise(exc_kind::OverflowError, "Python int too large to convert to C ssize_t");
}
[[noreturn]] PYXC_COLD inline void raise_range_index() {
  raise(exc_kind::IndexError, "range object index out of range");
}
}  // namespace detail

/// range(stop), range(start, stop), range(start, stop, step). Values are computed in
/// wrapping unsigned arithmetic and the loop counts items, so nothing overflows at the ends
/// of the int64 range.
class range {
 public:
  /// Counts the remaining items; the value advances alongside. At -O2 this is a plain loop.
  class iterator {
   public:
    using value_type = int_t;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::input_iterator_tag;
    iterator() = default;
    iterator(std::uint64_t value, std::uint64_t step, std::uint64_t index)
        : value_(value), step_(step), index_(index) {}
    int_t operator*() const { return static_cast<int_t>(value_); }
    iterator& operator++() {
      value_ += step_;
      ++index_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& o) const { return index_ == o.index_; }
    bool operator!=(const iterator& o) const { return index_ != o.index_; }

   private:
    std::uint64_t value_ = 0, step_ = 0, index_ = 0;
  };
  using const_iterator = iterator;

  PYXC_INLINE explicit range(int_t stop) : start_(0), step_(1), n_(stop > 0 ? static_cast<std::uint64_t>(stop) : 0) {}
  PYXC_INLINE range(int_t start, int_t stop)
      : start_(start), step_(1),
        n_(start < stop ? static_cast<std::uint64_t>(stop) - static_cast<std::uint64_t>(start) : 0) {}
  PYXC_INLINE range(int_t start, int_t stop, int_t step) : start_(start), step_(step), n_(0) {
    if (step == 0) [[unlikely]] detail::raise_range_zero_step();
    const auto ustart = static_cast<std::uint64_t>(start);
    const auto ustop = static_cast<std::uint64_t>(stop);
    const auto ustep = static_cast<std::uint64_t>(step);
    if (step > 0) {
      if (start < stop) n_ = (ustop - ustart - 1) / ustep + 1;
    } else {
      if (start > stop) n_ = (ustart - ustop - 1) / (0 - ustep) + 1;
    }
  }

  /// len(range(...)); OverflowError when it exceeds 2**63 - 1, as in CPython.
  PYXC_INLINE int_t size() const {
    if (static_cast<int_t>(n_) < 0) [[unlikely]] detail::raise_range_len();
    return static_cast<int_t>(n_);
  }
  /// Number of items as an unsigned count (never overflows).
  std::uint64_t count() const { return n_; }
  bool empty() const { return n_ == 0; }
  int_t start() const { return start_; }
  int_t step() const { return step_; }

  /// r[i] with Python indexing (negative from the end); IndexError out of range.
  int_t operator[](int_t i) const {
    std::uint64_t k = static_cast<std::uint64_t>(i);
    if (i < 0) k += n_;  // wraps to a huge value (-> error) when -i > n
    if (k >= n_) [[unlikely]] detail::raise_range_index();
    return static_cast<int_t>(static_cast<std::uint64_t>(start_) + k * static_cast<std::uint64_t>(step_));
  }
  /// x in r.
  bool contains(int_t x) const {
    const std::uint64_t off = static_cast<std::uint64_t>(x) - static_cast<std::uint64_t>(start_);
    const std::uint64_t ustep = static_cast<std::uint64_t>(step_);
    if (step_ > 0) {
      if (x < start_) return false;
      return off % ustep == 0 && off / ustep < n_;
    }
    if (x > start_) return false;
    const std::uint64_t back = static_cast<std::uint64_t>(start_) - static_cast<std::uint64_t>(x);
    const std::uint64_t astep = 0 - ustep;
    return back % astep == 0 && back / astep < n_;
  }

  PYXC_INLINE iterator begin() const {
    return iterator(static_cast<std::uint64_t>(start_), static_cast<std::uint64_t>(step_), 0);
  }
  PYXC_INLINE iterator end() const { return iterator(0, 0, n_); }

 private:
  int_t start_;
  int_t step_;
  std::uint64_t n_;
};

}  // namespace pyxc
