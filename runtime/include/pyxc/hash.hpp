// Python's hash() for the key types of pyxc dicts and sets. Ints, floats, bools, complex
// numbers and tuples of them hash exactly as in CPython 3.8+, so a pyxc set of such elements
// can lay out its table, and therefore iterate, in CPython's order. str hashes are not
// CPython's (CPython randomizes them per process, so no program can depend on them).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <tuple>
#include <utility>

#include "pyxc/core.hpp"

namespace pyxc {

/// A Python hash value (Py_hash_t). Never -1: CPython reserves it as an error marker.
using hash_t = std::int64_t;

namespace detail {
/// The modulus of CPython's numeric hash: the Mersenne prime 2**61 - 1.
inline constexpr std::uint64_t hash_modulus = (std::uint64_t{1} << 61) - 1;
inline constexpr hash_t hash_inf = 314159;
}  // namespace detail

/// hash(n) for an int: n mod (2**61 - 1) with the sign of n, and hash(-1) == -2.
PYXC_INLINE hash_t hash(int_t n) {
  const std::uint64_t mag = n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  hash_t h = static_cast<hash_t>(mag % detail::hash_modulus);
  if (n < 0) h = -h;
  return h == -1 ? -2 : h;
}

/// hash(b): 0 or 1, as for the ints False and True are equal to.
PYXC_INLINE hash_t hash(bool b) { return b ? 1 : 0; }

/// hash(x) for a float, CPython's _Py_HashDouble: an integral float hashes like the equal
/// int, so hash(2.0) == hash(2) and hash(-0.0) == hash(0.0) == 0. CPython hashes a NaN by
/// object identity; pyxc has no identity for floats and returns 0 (NaN keys never match
/// anything anyway, see dict.hpp).
inline hash_t hash(double v) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? detail::hash_inf : -detail::hash_inf;
    return 0;
  }
  constexpr int bits = 61;
  constexpr std::uint64_t modulus = detail::hash_modulus;
  int e = 0;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // Process 28 bits of the mantissa at a time, reducing mod 2**61 - 1 as we go.
  std::uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & modulus) | x >> (bits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    const auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= modulus) x -= modulus;
  }
  // Multiply by 2**e, i.e. rotate left by e mod 61 bits.
  e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
  x = ((x << e) & modulus) | x >> (bits - e);
  hash_t h = static_cast<hash_t>(x) * sign;
  return h == -1 ? -2 : h;
}

/// hash(z) for a complex: hash(z.real) + 1000003 * hash(z.imag), wrapping, -1 -> -2.
inline hash_t hash(const complex_t& z) {
  const std::uint64_t r = static_cast<std::uint64_t>(hash(z.real()));
  const std::uint64_t i = static_cast<std::uint64_t>(hash(z.imag()));
  const hash_t h = static_cast<hash_t>(r + 1000003u * i);
  return h == -1 ? -2 : h;
}

/// hash(s) for a str: a good hash of the UTF-8 bytes, NOT CPython's (which is randomized per
/// process). Stable within a process, as in CPython.
inline hash_t hash(const str& s) {
  const hash_t h = static_cast<hash_t>(std::hash<std::string_view>{}(std::string_view(s)));
  return h == -1 ? -2 : h;
}

/// hash(None): CPython 3.11 hashes None by address; any constant will do for pyxc.
PYXC_INLINE hash_t hash(none_t) { return 0x5f3759df; }
/// hash(x) for a value that may be None (a `{None: 1, 2: 3}` dict's keys).
template <class T>
hash_t hash(const std::optional<T>& v) {
  return v ? hash(*v) : hash(None);
}

template <class... Ts>
hash_t hash(const std::tuple<Ts...>& t);

namespace detail {
// CPython's tuplehash (3.8+): an xxHash-style accumulation of the item hashes.
inline constexpr std::uint64_t xxprime_1 = 11400714785074694791ULL;
inline constexpr std::uint64_t xxprime_2 = 14029467366897019727ULL;
inline constexpr std::uint64_t xxprime_5 = 2870177450012600261ULL;

PYXC_INLINE std::uint64_t tuple_hash_step(std::uint64_t acc, hash_t item) {
  acc += static_cast<std::uint64_t>(item) * xxprime_2;
  acc = (acc << 31) | (acc >> 33);
  return acc * xxprime_1;
}
}  // namespace detail

/// hash(t) for a tuple, CPython's xxHash-based tuplehash: hash((1, 2)) is the same number
/// in pyxc and in CPython.
template <class... Ts>
hash_t hash(const std::tuple<Ts...>& t) {
  std::uint64_t acc = detail::xxprime_5;
  std::apply([&](const auto&... items) { ((acc = detail::tuple_hash_step(acc, hash(items))), ...); }, t);
  acc += sizeof...(Ts) ^ (detail::xxprime_5 ^ 3527539UL);
  if (acc == static_cast<std::uint64_t>(-1)) return 1546275796;
  return static_cast<hash_t>(acc);
}

}  // namespace pyxc
