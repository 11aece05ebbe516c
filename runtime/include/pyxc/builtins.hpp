// Python's builtins len, sum, min, max and truth testing over pyxc values. The reductions
// accept any iterable with begin()/end() (pyxc::list, pyxc::range, the float list view).
#pragma once

#include <iterator>
#include <string>
#include <type_traits>
#include <utility>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"
#include "pyxc/list.hpp"
#include "pyxc/range.hpp"
#include "pyxc/str/utf8.hpp"

namespace pyxc {

namespace detail {

/// The element type an iterable yields (by value).
template <class C>
using elem_t = std::remove_cv_t<std::remove_reference_t<decltype(*std::declval<const C&>().begin())>>;

/// Python's numeric widening for a binary operation: bool < int < float < complex.
template <class A, class B>
struct promote {
  template <class T>
  static constexpr int rank_of() {
    if constexpr (std::is_same_v<T, complex_t>) return 3;
    else if constexpr (std::is_floating_point_v<T>) return 2;
    else return 1;
  }
  static constexpr int r = rank_of<A>() > rank_of<B>() ? rank_of<A>() : rank_of<B>();
  using type = std::conditional_t<r == 3, complex_t, std::conditional_t<r == 2, double, int_t>>;
};

template <class T>
inline constexpr bool is_list_v = false;
template <class T>
inline constexpr bool is_list_v<list<T>> = true;

}  // namespace detail

// --- len -------------------------------------------------------------------------------------

/// len(x) for any sized container.
template <class C>
PYXC_INLINE int_t len(const C& x) {
  return static_cast<int_t>(x.size());
}
/// len(s) for a str: the number of code points of its UTF-8 text.
PYXC_INLINE int_t len(const str& s) { return str_len(s); }

// --- sum -------------------------------------------------------------------------------------

/// sum(xs): int for int/bool items (OverflowError past 64 bits), float for float items added
/// strictly left to right from 0 (bit-identical to CPython 3.11), complex for complex items.
template <class C>
inline auto sum(const C& xs) {
  using E = detail::elem_t<C>;
  if constexpr (std::is_same_v<E, double>) {
    double s = 0.0;  // CPython: int 0 + first float gives 0.0 + x, so -0.0 sums to 0.0
    for (double x : xs) s += x;
    return s;
  } else if constexpr (std::is_same_v<E, complex_t>) {
    double re = 0.0, im = 0.0;
    for (const complex_t& z : xs) {
      re += z.real();
      im += z.imag();
    }
    return complex_t{re, im};
  } else {
    static_assert(std::is_integral_v<E>, "sum() of a non-numeric sequence: pass a start value");
    int_t s = 0;
    for (E x : xs)
      if (__builtin_add_overflow(s, static_cast<int_t>(x), &s)) [[unlikely]] raise_int_overflow();
    return s;
  }
}

/// sum(xs, start): start + xs[0] + xs[1] + ..., with Python's numeric widening; for lists,
/// concatenation.
template <class C, class S>
inline auto sum(const C& xs, const S& start) {
  using E = detail::elem_t<C>;
  if constexpr (detail::is_list_v<S>) {
    S r = start.copy();
    for (const E& x : xs) r.vec().insert(r.vec().end(), x.vec().begin(), x.vec().end());
    return r;
  } else {
    using R = typename detail::promote<S, E>::type;
    if constexpr (std::is_same_v<R, double>) {
      double s = static_cast<double>(start);
      for (E x : xs) s += static_cast<double>(x);
      return s;
    } else if constexpr (std::is_same_v<R, complex_t>) {
      const complex_t s0 = static_cast<complex_t>(start);
      double re = s0.real(), im = s0.imag();
      for (const E& x : xs) {
        const complex_t z = static_cast<complex_t>(x);
        re += z.real();
        im += z.imag();
      }
      return complex_t{re, im};
    } else {
      int_t s = static_cast<int_t>(start);
      for (E x : xs)
        if (__builtin_add_overflow(s, static_cast<int_t>(x), &s)) [[unlikely]] raise_int_overflow();
      return s;
    }
  }
}

// --- min / max -------------------------------------------------------------------------------

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_min_empty() {
  raise(exc_kind::ValueError, "min() arg is an empty sequence");
}
[[noreturn]] PYXC_COLD inline void raise_max_empty() {
  raise(exc_kind::ValueError, "max() arg is an empty sequence");
}
}  // namespace detail

/// min(xs) over an iterable: the first smallest item, comparing sequentially with `<` as
/// CPython does (so a leading NaN wins); ValueError when empty.
template <class C>
inline auto min(const C& xs) {
  using E = detail::elem_t<C>;
  auto it = xs.begin();
  auto end = xs.end();
  if (!(it != end)) [[unlikely]] detail::raise_min_empty();
  E best = *it;
  for (++it; it != end; ++it) {
    E x = *it;
    if (x < best) best = std::move(x);
  }
  return best;
}

/// max(xs) over an iterable: the first largest item (sequential `>`); ValueError when empty.
template <class C>
inline auto max(const C& xs) {
  using E = detail::elem_t<C>;
  auto it = xs.begin();
  auto end = xs.end();
  if (!(it != end)) [[unlikely]] detail::raise_max_empty();
  E best = *it;
  for (++it; it != end; ++it) {
    E x = *it;
    if (x > best) best = std::move(x);
  }
  return best;
}

/// min(a, b, ...) on same-typed values, with CPython's sequential comparisons.
template <class T, class... Ts>
PYXC_INLINE T min(const T& a, const T& b, const Ts&... rest) {
  T best = b < a ? b : a;
  ((best = rest < best ? rest : best), ...);
  return best;
}

/// max(a, b, ...) on same-typed values, with CPython's sequential comparisons.
template <class T, class... Ts>
PYXC_INLINE T max(const T& a, const T& b, const Ts&... rest) {
  T best = b > a ? b : a;
  ((best = rest > best ? rest : best), ...);
  return best;
}

// --- truth -----------------------------------------------------------------------------------

/// bool(x): Python truthiness.
PYXC_INLINE bool to_bool(bool x) { return x; }
PYXC_INLINE bool to_bool(int_t x) { return x != 0; }
PYXC_INLINE bool to_bool(double x) { return x != 0.0; }  // NaN is true
PYXC_INLINE bool to_bool(const complex_t& x) { return x.real() != 0.0 || x.imag() != 0.0; }
PYXC_INLINE bool to_bool(const str& x) { return !x.empty(); }
PYXC_INLINE bool to_bool(none_t) { return false; }
template <class T>
PYXC_INLINE bool to_bool(const list<T>& x) {
  return x.size() != 0;
}
PYXC_INLINE bool to_bool(const range& x) { return !x.empty(); }

// --- any / all -------------------------------------------------------------------------------

/// any(xs).
template <class C>
inline bool any(const C& xs) {
  for (auto&& x : xs)
    if (to_bool(x)) return true;
  return false;
}
/// all(xs).
template <class C>
inline bool all(const C& xs) {
  for (auto&& x : xs)
    if (!to_bool(x)) return false;
  return true;
}

}  // namespace pyxc
