// Sequence operations the code generator emits beyond the containers' own methods:
// slicing, `in`, unpacking checks and tuple indexing by a run-time index.
#pragma once

#include <optional>
#include <tuple>
#include <utility>

#include "pyxc/core.hpp"
#include "pyxc/list.hpp"
#include "pyxc/range.hpp"

namespace pyxc {

/// The items of a homogeneous tuple as a list, for the consumers that iterate it
/// (`for x in t`, `"".join(t)`, `sum(t)`): the tuple is evaluated once.
template <class T, class... Ts>
list<T> tuple_items(const std::tuple<Ts...>& t) {
  return std::apply([](const auto&... item) { return list<T>{T(item)...}; }, t);
}

/// Python's slice.indices(): clamps the bounds of a[lower:upper:step] for a sequence of n items.
inline void slice_indices(int_t n, std::optional<int_t> lower, std::optional<int_t> upper, int_t step,
                          int_t* start, int_t* stop) {
  if (step == 0) raise(exc_kind::ValueError, "slice step cannot be zero");
  auto clamp = [&](std::optional<int_t> v, int_t dflt) {
    if (!v) return dflt;
    int_t i = *v;
    if (i < 0) {
      i += n;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= n) {
      i = step < 0 ? n - 1 : n;
    }
    return i;
  };
  *start = clamp(lower, step < 0 ? n - 1 : 0);
  *stop = clamp(upper, step < 0 ? -1 : n);
}

/// xs[lower:upper:step] of any sequence with size() and unchecked(i), as a new list<T>.
template <class T, class Seq>
list<T> slice_to_list(const Seq& xs, std::optional<int_t> lower, std::optional<int_t> upper,
                      std::optional<int_t> step) {
  int_t s = step.value_or(1), start = 0, stop = 0;
  slice_indices(xs.size(), lower, upper, s, &start, &stop);
  list<T> out;
  if (s > 0)
    for (int_t i = start; i < stop; i += s) out.append(xs.unchecked(i));
  else
    for (int_t i = start; i > stop; i += s) out.append(xs.unchecked(i));
  return out;
}

/// xs[lower:upper:step] as a new list.
template <class T>
list<T> slice(const list<T>& xs, std::optional<int_t> lower, std::optional<int_t> upper,
              std::optional<int_t> step) {
  return slice_to_list<T>(xs, lower, upper, step);
}

/// xs[lower:upper:step] read in place: the items slice() would copy, without the copy. Only
/// for a loop that codegen proved cannot change a list while it runs (Python iterates over a
/// snapshot). Holds the list, so rebinding the variable inside the loop does not end it.
template <class T>
class list_slice_view {
 public:
  list_slice_view(list<T> xs, std::optional<int_t> lower, std::optional<int_t> upper, std::optional<int_t> step)
      : xs_(std::move(xs)), step_(step.value_or(1)) {
    int_t stop = 0;
    slice_indices(xs_.size(), lower, upper, step_, &start_, &stop);
    const int_t span = step_ > 0 ? stop - start_ : start_ - stop;
    const int_t stride = step_ > 0 ? step_ : -step_;
    count_ = span > 0 ? (span + stride - 1) / stride : 0;
  }
  class iterator {
   public:
    iterator(const list<T>* xs, int_t i, int_t step) : xs_(xs), i_(i), step_(step) {}
    const T& operator*() const { return xs_->unchecked(i_); }
    iterator& operator++() {
      i_ += step_;
      return *this;
    }
    bool operator!=(const iterator& other) const { return i_ != other.i_; }

   private:
    const list<T>* xs_;
    int_t i_, step_;
  };
  iterator begin() const { return iterator(&xs_, start_, step_); }
  iterator end() const { return iterator(&xs_, start_ + count_ * step_, step_); }
  int_t size() const { return count_; }

 private:
  list<T> xs_;
  int_t start_ = 0, step_ = 1, count_ = 0;
};

template <class T>
bool contains(const list<T>& xs, const T& x) {
  return xs.contains(x);
}
template <class T, class U>
bool contains(const list<T>& xs, const U& x) {
  for (const auto& item : xs)
    if (item == x) return true;
  return false;
}
inline bool contains(const range& r, int_t x) { return r.contains(x); }
inline bool contains(const str& s, const str& sub) { return s.find(sub) != str::npos; }
template <class... Ts, class U>
bool contains(const std::tuple<Ts...>& t, const U& x) {
  return std::apply([&](const auto&... item) { return ((item == x) || ...); }, t);
}

/// `del xs[i]` (IndexError "list assignment index out of range", as CPython).
template <class T>
void del_item(const list<T>& xs, int_t i) {
  const int_t n = xs.size();
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc_kind::IndexError, "list assignment index out of range");
  xs.pop(i);
}

[[noreturn]] PYXC_COLD inline void raise_unpack(int_t expected, int_t got) {
  if (got > expected)
    raise(exc_kind::ValueError, "too many values to unpack (expected " + std::to_string(expected) + ")");
  raise(exc_kind::ValueError, "not enough values to unpack (expected " + std::to_string(expected) +
                                  ", got " + std::to_string(got) + ")");
}

/// `a, b = xs` with a list: the list must have exactly as many items as targets.
template <class T>
void check_unpack(const list<T>& xs, int_t expected) {
  if (xs.size() != expected) [[unlikely]]
    raise_unpack(expected, xs.size());
}

/// t[i] for a homogeneous tuple and an index known only at run time.
template <class T, class... Ts>
T tuple_item(const std::tuple<T, Ts...>& t, int_t i) {
  constexpr int_t n = 1 + sizeof...(Ts);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(exc_kind::IndexError, "tuple index out of range");
  T out{};
  int_t k = 0;
  std::apply([&](const auto&... item) { ((k++ == i ? (out = item, 0) : 0), ...); }, t);
  return out;
}

}  // namespace pyxc
