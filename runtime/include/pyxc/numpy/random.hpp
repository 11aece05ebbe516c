// np.random's legacy functions (seed rand random random_sample randn standard_normal uniform
// normal randint) on numpy's global RandomState, draw for draw: after np.random.seed(n) every
// function returns exactly what numpy 1.x returns. The Mersenne Twister core is the one of
// Python's random module (pyxc/random.hpp); numpy differs from CPython only in seeding a scalar
// with init_genrand, in its polar Box-Muller gauss (with the cached second value) and in
// randint's masked rejection sampling on 32- or 64-bit draws.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include "pyxc/numpy/ndarray.hpp"
#include "pyxc/random.hpp"

namespace pyxc::np::random {

/// numpy's RandomState: the MT19937 stream plus legacy_gauss's cached value.
class legacy_state {
 public:
  /// np.random.seed(s): 0 <= s < 2**32, else numpy's ValueError.
  void seed(int_t s) {
    if (s < 0 || s > int_t{0xffffffff}) raise(exc_kind::ValueError, "Seed must be between 0 and 2**32 - 1");
    mt_.seed_genrand(static_cast<std::uint32_t>(s));
    has_gauss_ = false;
    gauss_ = 0.0;
  }
  /// np.random.seed(): fresh entropy.
  void seed() {
    mt_.seed();
    has_gauss_ = false;
    gauss_ = 0.0;
  }

  /// random_sample: 53-bit doubles in [0, 1), as CPython's random() (genrand_res53).
  double sample() { return mt_.random(); }

  /// legacy_gauss: Marsaglia's polar method; every second call returns the cached value.
  double gauss() {
    if (has_gauss_) {
      has_gauss_ = false;
      const double g = gauss_;
      gauss_ = 0.0;
      return g;
    }
    double x1, x2, r2;
    do {
      x1 = 2.0 * mt_.random() - 1.0;
      x2 = 2.0 * mt_.random() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    gauss_ = f * x1;
    has_gauss_ = true;
    return f * x2;
  }

  /// random_bounded_uint64 with use_masked: a value in [0, rng] by masked rejection, on 32-bit
  /// draws when rng fits in 32 bits (numpy's buffered_bounded_masked_uint32), else 64-bit ones.
  std::uint64_t bounded(std::uint64_t rng) {
    if (rng == 0) return 0;
    if (rng <= 0xffffffffull) {
      if (rng == 0xffffffffull) return mt_.next_u32();
      const auto mask = static_cast<std::uint32_t>(mask_of(rng));
      std::uint32_t v;
      while ((v = mt_.next_u32() & mask) > rng) {
      }
      return v;
    }
    if (rng == ~std::uint64_t{0}) return next_u64();
    const std::uint64_t mask = mask_of(rng);
    std::uint64_t v;
    while ((v = next_u64() & mask) > rng) {
    }
    return v;
  }

 private:
  /// mt19937_next64: the first 32-bit output is the high word.
  std::uint64_t next_u64() {
    const std::uint64_t hi = mt_.next_u32();
    return hi << 32 | mt_.next_u32();
  }
  /// The smallest 2**k - 1 >= rng (numpy's gen_mask).
  static std::uint64_t mask_of(std::uint64_t rng) {
    std::uint64_t mask = rng;
    for (int shift = 1; shift < 64; shift *= 2) mask |= mask >> shift;
    return mask;
  }

  pyxc::random::generator mt_;
  bool has_gauss_ = false;
  double gauss_ = 0.0;
};

/// numpy's global RandomState (seeded from entropy until np.random.seed is called). Shared
/// state: the functions using it keep the GIL.
inline legacy_state& global_state() {
  static legacy_state state;
  return state;
}

namespace detail {
/// A new float64/int64 array of `shape` filled in C order by draw().
template <class T, std::size_t M, class F>
ndarray<T, static_cast<int>(M)> fill(const std::array<index_t, M>& shape, F&& draw) {
  ndarray<T, static_cast<int>(M)> out{shape};
  T* p = out.data();
  const index_t n = out.size();
  for (index_t i = 0; i < n; ++i) p[i] = draw();
  return out;
}

/// numpy's check_constraint(CONS_NON_NEGATIVE): NaN passes, -0.0 does not.
inline void check_non_negative(double v, const char* name) {
  if (!std::isnan(v) && std::signbit(v)) raise(exc_kind::ValueError, std::string(name) + " < 0");
}

inline double uniform_range(double low, double high) {
  const double range = high - low;
  if (!std::isfinite(range)) raise(exc_kind::OverflowError, "Range exceeds valid bounds");
  return range;
}

/// randint's bounds as numpy checks them: the closed interval [low, high - 1].
struct int_bounds {
  std::uint64_t off, rng;
};
inline int_bounds randint_bounds(int_t low, int_t high) {
  if (static_cast<__int128>(high) - 1 < low) raise(exc_kind::ValueError, low == 0 ? "high <= 0" : "low >= high");
  return {static_cast<std::uint64_t>(low), static_cast<std::uint64_t>(high - 1) - static_cast<std::uint64_t>(low)};
}
}  // namespace detail

inline void seed() { global_state().seed(); }
inline void seed(int_t s) { global_state().seed(s); }

/// rand() / random() / random_sample(): one float; the array forms take a shape.
inline double random_sample() { return global_state().sample(); }
template <std::size_t M, int N = static_cast<int>(M)>
ndarray<double, N> random_sample(const std::array<index_t, M>& shape) {
  auto& st = global_state();
  return detail::fill<double>(shape, [&] { return st.sample(); });
}

/// randn() / standard_normal().
inline double standard_normal() { return global_state().gauss(); }
template <std::size_t M, int N = static_cast<int>(M)>
ndarray<double, N> standard_normal(const std::array<index_t, M>& shape) {
  auto& st = global_state();
  return detail::fill<double>(shape, [&] { return st.gauss(); });
}

inline double uniform(double low, double high) {
  const double range = detail::uniform_range(low, high);
  return low + range * global_state().sample();
}
template <std::size_t M, int N = static_cast<int>(M)>
ndarray<double, N> uniform(double low, double high, const std::array<index_t, M>& shape) {
  const double range = detail::uniform_range(low, high);
  auto& st = global_state();
  return detail::fill<double>(shape, [&] { return low + range * st.sample(); });
}

inline double normal(double loc, double scale) {
  detail::check_non_negative(scale, "scale");
  return loc + scale * global_state().gauss();
}
template <std::size_t M, int N = static_cast<int>(M)>
ndarray<double, N> normal(double loc, double scale, const std::array<index_t, M>& shape) {
  detail::check_non_negative(scale, "scale");
  auto& st = global_state();
  return detail::fill<double>(shape, [&] { return loc + scale * st.gauss(); });
}

/// randint(low, high): numpy's legacy int64 path (masked rejection).
inline int_t randint(int_t low, int_t high) {
  const auto b = detail::randint_bounds(low, high);
  return static_cast<int_t>(b.off + global_state().bounded(b.rng));
}
template <std::size_t M, int N = static_cast<int>(M)>
ndarray<std::int64_t, N> randint(int_t low, int_t high, const std::array<index_t, M>& shape) {
  // numpy returns an empty array before checking the bounds.
  if (shape_size<N>(shape) == 0) return ndarray<std::int64_t, N>{shape};
  const auto b = detail::randint_bounds(low, high);
  auto& st = global_state();
  return detail::fill<std::int64_t>(shape, [&] { return static_cast<std::int64_t>(b.off + st.bounded(b.rng)); });
}

}  // namespace pyxc::np::random
