// Python's bisect module on pyxc lists: binary search (bisect_left, bisect_right) and sorted
// insertion (insort_left, insort_right), with CPython's lo/hi handling: lo < 0 raises
// ValueError, hi == -1 (the default) means len(a), and a hi past the end raises IndexError
// when the search reads there.
#pragma once

#include <type_traits>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"
#include "pyxc/list.hpp"

namespace pyxc::bisect {

namespace detail {
/// a < b as Python compares: an int and a float exactly.
template <class A, class B>
bool less(const A& a, const B& b) {
  if constexpr (std::is_same_v<A, int_t> && std::is_same_v<B, double>) return lt(a, b);
  else if constexpr (std::is_same_v<A, double> && std::is_same_v<B, int_t>) return lt(a, b);
  else return a < b;
}

inline void check_lo(int_t lo) {
  if (lo < 0) raise(exc_kind::ValueError, "lo must be non-negative");
}
}  // namespace detail

/// The index where x would go left of any items equal to it.
template <class L, class T>
int_t bisect_left(const L& a, const T& x, int_t lo = 0, int_t hi = -1) {
  detail::check_lo(lo);
  if (hi == -1) hi = static_cast<int_t>(a.size());
  while (lo < hi) {
    int_t mid = static_cast<int_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(hi)) / 2);
    if (detail::less(a[mid], x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/// The index where x would go right of any items equal to it (bisect.bisect too).
template <class L, class T>
int_t bisect_right(const L& a, const T& x, int_t lo = 0, int_t hi = -1) {
  detail::check_lo(lo);
  if (hi == -1) hi = static_cast<int_t>(a.size());
  while (lo < hi) {
    int_t mid = static_cast<int_t>((static_cast<std::uint64_t>(lo) + static_cast<std::uint64_t>(hi)) / 2);
    if (detail::less(x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

template <class T>
none_t insort_left(const list<T>& a, const T& x, int_t lo = 0, int_t hi = -1) {
  a.insert(bisect_left(a, x, lo, hi), x);
  return None;
}

template <class T>
none_t insort_right(const list<T>& a, const T& x, int_t lo = 0, int_t hi = -1) {
  a.insert(bisect_right(a, x, lo, hi), x);
  return None;
}

}  // namespace pyxc::bisect
