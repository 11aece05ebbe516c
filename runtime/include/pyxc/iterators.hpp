// Lazy iteration builtins: enumerate, zip, reversed, and the eager sorted / list(...) and
// friends built on them. They iterate their arguments' begin()/end() directly, so a
// `for i, x in enumerate(xs)` loop compiles to an indexed loop with no temporaries.
#pragma once

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstdlib>
#include <tuple>
#include <type_traits>
#include <utility>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"
#include "pyxc/list.hpp"
#include "pyxc/range.hpp"

namespace pyxc {

namespace detail {
template <class C>
using iter_value_t = std::remove_cv_t<std::remove_reference_t<decltype(*std::declval<const C&>().begin())>>;
}  // namespace detail

/// enumerate(xs[, start]): (index, item) pairs.
template <class C>
class enumerate_view {
 public:
  enumerate_view(C xs, int_t start) : xs_(std::move(xs)), start_(start) {}
  class iterator {
   public:
    using inner = decltype(std::declval<const C&>().begin());
    iterator(inner it, int_t i) : it_(it), i_(i) {}
    std::tuple<int_t, detail::iter_value_t<C>> operator*() const { return {i_, *it_}; }
    iterator& operator++() {
      ++it_;
      ++i_;
      return *this;
    }
    template <class End>
    bool operator!=(const End& end) const { return it_ != end; }

   private:
    inner it_;
    int_t i_;
  };
  iterator begin() const { return iterator(xs_.begin(), start_); }
  auto end() const { return xs_.end(); }

 private:
  C xs_;
  int_t start_;
};

template <class C>
enumerate_view<C> enumerate(const C& xs, int_t start = 0) {
  return enumerate_view<C>(xs, start);
}

/// zip(a, b[, c]): tuples of items, stopping at the shortest argument.
template <class... Cs>
class zip_view {
 public:
  explicit zip_view(Cs... xs) : xs_(std::move(xs)...) {}
  struct sentinel {};
  class iterator {
   public:
    using iters = std::tuple<decltype(std::declval<const Cs&>().begin())...>;
    using ends = std::tuple<decltype(std::declval<const Cs&>().end())...>;
    iterator(iters its, ends ends) : its_(std::move(its)), ends_(std::move(ends)) {}
    std::tuple<detail::iter_value_t<Cs>...> operator*() const {
      return std::apply([](const auto&... it) { return std::tuple<detail::iter_value_t<Cs>...>(*it...); }, its_);
    }
    iterator& operator++() {
      std::apply([](auto&... it) { (++it, ...); }, its_);
      return *this;
    }
    bool operator!=(sentinel) const { return !any_done(std::index_sequence_for<Cs...>{}); }

   private:
    template <std::size_t... I>
    bool any_done(std::index_sequence<I...>) const {
      return ((!(std::get<I>(its_) != std::get<I>(ends_))) || ...);
    }
    iters its_;
    ends ends_;
  };
  iterator begin() const {
    return std::apply(
        [](const auto&... x) { return iterator(std::make_tuple(x.begin()...), std::make_tuple(x.end()...)); }, xs_);
  }
  sentinel end() const { return {}; }

 private:
  std::tuple<Cs...> xs_;
};

template <class... Cs>
zip_view<Cs...> zip(const Cs&... xs) {
  return zip_view<Cs...>(xs...);
}

/// reversed(xs) for sequences with size() and operator[] (lists, ranges).
template <class C>
class reversed_view {
 public:
  explicit reversed_view(C xs) : xs_(std::move(xs)) {}
  class iterator {
   public:
    iterator(const C* xs, int_t i) : xs_(xs), i_(i) {}
    auto operator*() const { return (*xs_)[i_]; }
    iterator& operator++() {
      --i_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return i_ != o.i_; }

   private:
    const C* xs_;
    int_t i_;
  };
  int_t size() const { return xs_.size(); }
  iterator begin() const { return iterator(&xs_, xs_.size() - 1); }
  iterator end() const { return iterator(&xs_, -1); }

 private:
  C xs_;
};

template <class C>
reversed_view<C> reversed(const C& xs) {
  return reversed_view<C>(xs);
}

/// list(iterable): a new list of the items.
template <class C>
list<detail::iter_value_t<C>> to_list(const C& xs) {
  list<detail::iter_value_t<C>> out;
  for (auto&& x : xs) out.append(x);
  return out;
}

/// sorted(iterable[, reverse]): a new list, stably sorted with `<` as Python's sort does
/// (reverse keeps equal items in their original order, like Python's reverse=True).
template <class C>
list<detail::iter_value_t<C>> sorted(const C& xs, bool reverse = false) {
  auto out = to_list(xs);
  auto& v = out.vec();
  if (reverse) {
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return b < a; });
  } else {
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a < b; });
  }
  return out;
}

/// divmod(a, b) = (a // b, a % b) with Python's signs and errors.
template <class T>
std::tuple<T, T> divmod(T a, T b) {
  return {floordiv(a, b), mod(a, b)};
}

/// pow(base, exp, mod) on ints: modular exponentiation as Python (mod 0 is a ValueError).
inline int_t pow_mod(int_t base, int_t exp, int_t m) {
  if (m == 0) raise(exc_kind::ValueError, "pow() 3rd argument cannot be 0");
  if (exp < 0) raise(exc_kind::ValueError, "base is not invertible for the given modulus");
  __int128 result = 1 % m, b = mod(base, m);
  const __int128 mm = m;
  while (exp > 0) {
    if (exp & 1) result = (result * b) % mm;
    b = (b * b) % mm;
    exp >>= 1;
  }
  int_t r = static_cast<int_t>(result);
  if (r != 0 && ((r < 0) != (m < 0))) r += m;  // the result takes the modulus's sign
  return r;
}

/// round(x) for floats: nearest int, ties to even (ValueError for NaN, OverflowError for inf).
inline int_t round_to_int(double x) {
  return to_int(std::nearbyint(x));  // the default rounding mode is to nearest, ties to even
}

/// round(x, ndigits) for floats, as CPython: the correctly rounded decimal with ndigits after
/// the point, read back (ndigits >= 0; big ndigits return x itself).
inline double round_digits(double x, int_t ndigits) {
  if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
  if (ndigits < 0) {
    // Python rounds to a multiple of 10**-ndigits; ties to even on the exact value.
    if (ndigits < -308) return 0.0 * x;
    double pow10 = std::pow(10.0, static_cast<double>(-ndigits));
    double r = std::nearbyint(x / pow10) * pow10;
    if (std::isinf(r)) raise(exc_kind::OverflowError, "rounded value too large to represent");
    return r;
  }
  char buf[400];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, static_cast<int>(ndigits));
  *res.ptr = '\0';
  return std::strtod(buf, nullptr);
}

/// round(n, ndigits) for ints: ndigits >= 0 changes nothing; negative rounds to tens, ties to even.
inline int_t round_int(int_t n, int_t ndigits) {
  if (ndigits >= 0) return n;
  if (ndigits < -18) return 0;
  int_t p = 1;
  for (int_t i = 0; i < -ndigits; ++i) p *= 10;
  int_t q = floordiv(n, p), r = mod(n, p);
  if (2 * r > p || (2 * r == p && (q & 1))) ++q;
  return mul(q, p);
}

}  // namespace pyxc
