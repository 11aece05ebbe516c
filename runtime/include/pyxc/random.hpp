// Python's `random` module: CPython 3.11's Mersenne Twister (Modules/_randommodule.c) and the
// methods of Lib/random.py on top of it, draw for draw. After `seed(n)` every function returns
// exactly what CPython returns after `random.seed(n)`, exceptions and their messages included.
//
// Ints are 64-bit in pyxc, so results that do not fit (getrandbits(64) with the top bit set,
// getrandbits(k > 64)) raise OverflowError; intermediate values (randint(a, 2**63 - 1), the width
// of randrange(-2**63, 2**63 - 1)) are computed in 128 bits and stay exact.
#pragma once

#ifdef _OPENMP
#include <omp.h>
#endif

#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"
#include "pyxc/hash.hpp"
#include "pyxc/list.hpp"
#include "pyxc/math.hpp"

namespace pyxc::random {

namespace detail {

using i128 = __int128;

[[noreturn]] PYXC_COLD inline void raise_empty_range() {
  raise(exc_kind::ValueError, "empty range for randrange()");
}
[[noreturn]] PYXC_COLD inline void raise_negative_bits() {
  raise(exc_kind::ValueError, "number of bits must be non-negative");
}
[[noreturn]] PYXC_COLD inline void raise_empty_choice() {
  raise(exc_kind::IndexError, "Cannot choose from an empty sequence");
}

inline std::string i128_str(i128 v) {
  if (v == 0) return "0";
  const bool neg = v < 0;
  unsigned __int128 u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string s;
  for (; u; u /= 10) s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
  return neg ? "-" + s : s;
}

/// "empty range for randrange() (start, stop, width)", the unit-step message.
[[noreturn]] PYXC_COLD inline void raise_empty_range(i128 start, i128 stop, i128 width) {
  raise(exc_kind::ValueError, "empty range for randrange() (" + i128_str(start) + ", " +
                                  i128_str(stop) + ", " + i128_str(width) + ")");
}

/// The bits of |v| as little-endian 32-bit words, at least one word: CPython's int seed key.
inline std::vector<std::uint32_t> magnitude_words(unsigned __int128 u) {
  std::vector<std::uint32_t> key;
  do {
    key.push_back(static_cast<std::uint32_t>(u));
    u >>= 32;
  } while (u);
  return key;
}

/// CPython's hash(float) as an unsigned word (the key random.seed(x) uses for a float x).
inline std::uint64_t hash_double(double v) { return static_cast<std::uint64_t>(pyxc::hash(v)); }

// Constants of Lib/random.py, as CPython computes them (checked bit for bit by random_test).
inline constexpr double NV_MAGICCONST = 0x1.b72cd3f331398p+0;  // 4 * exp(-0.5) / sqrt(2.0)
inline constexpr double LOG4 = 0x1.62e42fefa39efp+0;           // log(4.0)
inline constexpr double SG_MAGICCONST = 0x1.40859baee748fp+1;  // 1.0 + log(4.5)
inline constexpr double TWOPI = 0x1.921fb54442d18p+2;          // 2.0 * pi
inline constexpr double E = 0x1.5bf0a8b145769p+1;              // math.e

}  // namespace detail

/// One Mersenne Twister stream with Python's random.Random methods. Not thread-safe: give each
/// thread its own (for_thread).
class generator {
 public:
  static constexpr int N = 624;
  static constexpr int M = 397;

  /// random.Random(): seeded from the OS entropy source.
  generator() { seed(); }
  /// random.Random(a) for an int a.
  explicit generator(int_t a) { seed(a); }

  /// The stream of thread `thread_index` in a parallel region whose program seeded `base_seed`.
  /// It is CPython's `random.Random(abs(base_seed) + (thread_index << 64) + (0x70797863 << 128))`
  /// (0x70797863 is "pyxc"): a 5-word init_by_array key [lo(|s|), hi(|s|), lo(t), hi(t), tag],
  /// distinct for every (|s|, t) and from any stream seeded with an int below 2**128.
  static generator for_thread(int_t base_seed, std::uint64_t thread_index) {
    const std::uint64_t s = magnitude(base_seed);
    const std::uint32_t key[5] = {static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(s >> 32),
                                  static_cast<std::uint32_t>(thread_index),
                                  static_cast<std::uint32_t>(thread_index >> 32), 0x70797863u};
    generator g(no_seed{});
    g.seed_words(key, 5);
    return g;
  }

  // --- seeding -------------------------------------------------------------------------------

  /// random.seed(): 624 words from std::random_device (os.urandom in CPython), else the time.
  void seed() {
    std::uint32_t key[N];
    try {
      std::random_device dev;
      for (auto& w : key) w = dev();
    } catch (...) {
      const auto t = static_cast<std::uint64_t>(
          std::chrono::system_clock::now().time_since_epoch().count());
      const auto c = static_cast<std::uint64_t>(
          std::chrono::steady_clock::now().time_since_epoch().count());
      for (int i = 0; i < N; ++i) key[i] = static_cast<std::uint32_t>((t >> (i % 2 * 32)) ^ (c * (i + 1)));
    }
    init_by_array(key, N);
    gauss_pending_ = false;
  }
  /// random.seed(a) for an int (or bool) a: all bits of |a| are the key.
  template <class I, std::enable_if_t<std::is_integral_v<I>, int> = 0>
  void seed(I a) {
    const std::uint64_t u = std::is_signed_v<I> ? magnitude(static_cast<int_t>(a))
                                                : static_cast<std::uint64_t>(a);
    const std::uint32_t key[2] = {static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(u >> 32)};
    seed_words(key, (u >> 32) ? 2 : 1);
  }
  /// random.seed(x) for a float x: the key is hash(x), as in CPython. A NaN's hash is its
  /// object's address there, so a NaN seed is as unpredictable as seed().
  template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
  void seed(F x) {
    if (std::isnan(x)) return seed();
    const std::uint64_t h = detail::hash_double(static_cast<double>(x));
    const std::uint32_t key[2] = {static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(h >> 32)};
    seed_words(key, (h >> 32) ? 2 : 1);
  }
  /// random.seed(a) for an int of any size, given as the little-endian 32-bit words of |a|
  /// (n == 0 means a == 0). Trailing zero words are ignored, as CPython sizes the key by bits.
  void seed_words(const std::uint32_t* words, std::size_t n) {
    while (n > 0 && words[n - 1] == 0) --n;
    if (n == 0) {
      const std::uint32_t zero = 0;
      init_by_array(&zero, 1);
    } else {
      init_by_array(words, n);
    }
    gauss_pending_ = false;
  }
  /// MT19937's init_genrand(s): the state numpy's legacy RandomState.seed(s) builds (numpy
  /// seeds a scalar with it, where CPython's random.seed(s) uses init_by_array).
  void seed_genrand(std::uint32_t s) {
    init_genrand(s);
    gauss_pending_ = false;
  }
  /// random.seed(a) for an int literal of any size in decimal ("-123456789012345678901234").
  void seed_decimal(std::string_view digits) {
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
    std::vector<std::uint32_t> words;  // little-endian magnitude
    for (char ch : digits) {
      if (ch == '_') continue;
      if (ch < '0' || ch > '9') raise(exc_kind::ValueError, "invalid decimal seed");
      std::uint64_t carry = static_cast<std::uint64_t>(ch - '0');
      for (auto& w : words) {
        const std::uint64_t v = std::uint64_t{w} * 10 + carry;
        w = static_cast<std::uint32_t>(v);
        carry = v >> 32;
      }
      if (carry) words.push_back(static_cast<std::uint32_t>(carry));
    }
    seed_words(words.data(), words.size());
  }

  // --- core draws ----------------------------------------------------------------------------

  /// genrand_uint32: the next tempered 32-bit output.
  PYXC_INLINE std::uint32_t next_u32() {
    if (index_ >= N) [[unlikely]]
      refill();
    return temper(state_[index_++]);
  }

  /// random.random(): 53 bits from two outputs (genrand_res53), in [0.0, 1.0).
  PYXC_INLINE double random() {
    std::uint32_t a, b;
    if (index_ <= N - 2) [[likely]] {
      a = temper(state_[index_]) >> 5;
      b = temper(state_[index_ + 1]) >> 6;
      index_ += 2;
    } else {
      a = next_u32() >> 5;
      b = next_u32() >> 6;
    }
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /// getrandbits(k) for 0 <= k <= 64 as an unsigned word; k > 64 raises OverflowError.
  PYXC_INLINE std::uint64_t getrandbits_u64(int_t k) {
    if (k <= 32) {
      if (k <= 0) [[unlikely]] {
        if (k < 0) detail::raise_negative_bits();
        return 0;
      }
      return next_u32() >> (32 - k);
    }
    if (k > 64) [[unlikely]]
      raise_int_overflow();
    // Words are filled least significant first; the last one keeps its top k - 32 bits.
    const std::uint64_t lo = next_u32();
    const std::uint64_t hi = next_u32() >> (64 - k);
    return hi << 32 | lo;
  }
  /// random.getrandbits(k); OverflowError when the result does not fit an int_t.
  PYXC_INLINE int_t getrandbits(int_t k) {
    const std::uint64_t r = getrandbits_u64(k);
    if (r >> 63) [[unlikely]]
      raise_int_overflow();
    return static_cast<int_t>(r);
  }

  /// Random._randbelow_with_getrandbits(n): uniform in [0, n) by rejection. Needs n > 0.
  PYXC_INLINE std::uint64_t randbelow_u64(std::uint64_t n) {
    const int k = 64 - __builtin_clzll(n);  // n.bit_length()
    std::uint64_t r = getrandbits_u64(k);
    while (r >= n) r = getrandbits_u64(k);
    return r;
  }
  /// Same for an int_t bound (ValueError for n <= 0, where CPython would loop forever).
  PYXC_INLINE int_t randbelow(int_t n) {
    if (n <= 0) [[unlikely]]
      detail::raise_empty_range();
    return static_cast<int_t>(randbelow_u64(static_cast<std::uint64_t>(n)));
  }

  // --- integers ------------------------------------------------------------------------------

  /// random.randrange(stop).
  PYXC_INLINE int_t randrange(int_t stop) { return randbelow(stop); }
  /// random.randrange(start, stop[, step]).
  PYXC_INLINE int_t randrange(int_t start, int_t stop, int_t step = 1) {
    return randrange_wide(start, stop, step);
  }
  /// random.randint(a, b) == randrange(a, b + 1), b + 1 computed without overflow.
  PYXC_INLINE int_t randint(int_t a, int_t b) {
    return randrange_wide(a, static_cast<detail::i128>(b) + 1, 1);
  }

  // --- sequences -----------------------------------------------------------------------------

  /// random.choice(seq) for a list, range or anything with int_t size() and operator[].
  template <class Seq>
  auto choice(const Seq& seq) -> std::decay_t<decltype(seq[0])> {
    const int_t n = static_cast<int_t>(seq.size());
    if (n == 0) [[unlikely]]
      detail::raise_empty_choice();
    return seq[static_cast<int_t>(randbelow_u64(static_cast<std::uint64_t>(n)))];
  }

  /// random.shuffle(x): Fisher-Yates from the end, j = randbelow(i + 1).
  template <class T>
  void shuffle(const list<T>& x) {
    for (int_t i = x.size() - 1; i > 0; --i) {
      const auto j = static_cast<int_t>(randbelow_u64(static_cast<std::uint64_t>(i) + 1));
      T tmp = x.unchecked(i);
      x.unchecked(i) = x.unchecked(j);
      x.unchecked(j) = tmp;
    }
  }

  /// random.sample(population, k) without counts: k distinct positions, in selection order,
  /// choosing between CPython's pool and set strategies by the same size rule.
  template <class Seq>
  auto sample(const Seq& population, int_t k) -> list<std::decay_t<decltype(population[0])>> {
    using T = std::decay_t<decltype(population[0])>;
    const int_t n = static_cast<int_t>(population.size());
    if (!(0 <= k && k <= n)) raise(exc_kind::ValueError, "Sample larger than population or is negative");
    std::vector<T> result;
    result.reserve(static_cast<std::size_t>(k));
    if (n <= sample_setsize(k)) {
      std::vector<T> pool;
      pool.reserve(static_cast<std::size_t>(n));
      for (int_t i = 0; i < n; ++i) pool.push_back(population[i]);
      for (int_t i = 0; i < k; ++i) {
        const auto j = static_cast<std::size_t>(randbelow_u64(static_cast<std::uint64_t>(n - i)));
        result.push_back(pool[j]);
        pool[j] = pool[static_cast<std::size_t>(n - i - 1)];
      }
    } else {
      std::unordered_set<std::uint64_t> selected;
      for (int_t i = 0; i < k; ++i) {
        std::uint64_t j = randbelow_u64(static_cast<std::uint64_t>(n));
        while (selected.count(j)) j = randbelow_u64(static_cast<std::uint64_t>(n));
        selected.insert(j);
        result.push_back(population[static_cast<int_t>(j)]);
      }
    }
    return list<T>::from_vector(std::move(result));
  }

  /// random.choices(population, k=k) without weights: population[floor(random() * n)].
  template <class Seq>
  auto choices(const Seq& population, int_t k) -> list<std::decay_t<decltype(population[0])>> {
    using T = std::decay_t<decltype(population[0])>;
    const double n = static_cast<double>(population.size());
    std::vector<T> result;
    if (k > 0) result.reserve(static_cast<std::size_t>(k));
    for (int_t i = 0; i < k; ++i) {
      // floor() of a non-negative product, then Python indexing (an empty population raises).
      result.push_back(population[pyxc::to_int(std::floor(random() * n))]);
    }
    return list<T>::from_vector(std::move(result));
  }

  // --- real-valued distributions -------------------------------------------------------------

  /// random.uniform(a, b).
  PYXC_INLINE double uniform(double a, double b) { return a + (b - a) * random(); }

  /// random.triangular(low, high, mode); the mode defaults to the midpoint (mode=None).
  double triangular(double low = 0.0, double high = 1.0) { return triangular_c(low, high, 0.5); }
  double triangular(double low, double high, double mode) {
    if (high - low == 0.0) {
      random();  // CPython draws u before it divides
      return low;
    }
    return triangular_c(low, high, (mode - low) / (high - low));
  }

  /// random.gauss(mu, sigma): Box-Muller, caching the second value as random.py does.
  double gauss(double mu = 0.0, double sigma = 1.0) {
    double z;
    if (gauss_pending_) {
      gauss_pending_ = false;
      z = gauss_next_;
    } else {
      const double x2pi = random() * detail::TWOPI;
      const double g2rad = math::sqrt(-2.0 * math::log(1.0 - random()));
      z = math::cos(x2pi) * g2rad;
      gauss_next_ = math::sin(x2pi) * g2rad;
      gauss_pending_ = true;
    }
    return mu + z * sigma;
  }

  /// random.normalvariate(mu, sigma): Kinderman-Monahan ratio of uniforms.
  double normalvariate(double mu = 0.0, double sigma = 1.0) {
    double z;
    for (;;) {
      const double u1 = random();
      const double u2 = 1.0 - random();
      z = pyxc::truediv(detail::NV_MAGICCONST * (u1 - 0.5), u2);
      const double zz = z * z / 4.0;
      if (zz <= -math::log(u2)) break;
    }
    return mu + z * sigma;
  }

  /// random.lognormvariate(mu, sigma).
  double lognormvariate(double mu, double sigma) { return math::exp(normalvariate(mu, sigma)); }

  /// random.expovariate(lambd).
  double expovariate(double lambd) { return pyxc::truediv(-math::log(1.0 - random()), lambd); }

  /// random.vonmisesvariate(mu, kappa).
  double vonmisesvariate(double mu, double kappa) {
    if (kappa <= 1e-6) return detail::TWOPI * random();
    const double s = pyxc::truediv(0.5, kappa);
    const double r = s + math::sqrt(1.0 + s * s);
    double z;
    for (;;) {
      const double u1 = random();
      z = math::cos(math::pi * u1);
      const double d = pyxc::truediv(z, r + z);
      const double u2 = random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * math::exp(d)) break;
    }
    const double q = pyxc::truediv(1.0, r);
    const double f = pyxc::truediv(q + z, 1.0 + q * z);
    const double u3 = random();
    if (u3 > 0.5) return pyxc::mod(mu + math::acos(f), detail::TWOPI);
    return pyxc::mod(mu - math::acos(f), detail::TWOPI);
  }

  /// random.gammavariate(alpha, beta).
  double gammavariate(double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0)
      raise(exc_kind::ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
      // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters".
      const double ainv = math::sqrt(2.0 * alpha - 1.0);
      const double bbb = alpha - detail::LOG4;
      const double ccc = alpha + ainv;
      for (;;) {
        const double u1 = random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const double u2 = 1.0 - random();
        const double v = pyxc::truediv(math::log(pyxc::truediv(u1, 1.0 - u1)), ainv);
        const double x = alpha * math::exp(v);
        const double z = u1 * u1 * u2;
        const double r = bbb + ccc * v - x;
        if (r + detail::SG_MAGICCONST - 4.5 * z >= 0.0 || r >= math::log(z)) return x * beta;
      }
    }
    if (alpha == 1.0) return -math::log(1.0 - random()) * beta;
    // 0 < alpha < 1: algorithm GS of Kennedy & Gentle.
    double x;
    for (;;) {
      const double u = random();
      const double b = (detail::E + alpha) / detail::E;
      const double p = b * u;
      if (p <= 1.0)
        x = pyxc::pow(p, 1.0 / alpha);
      else
        x = -math::log(pyxc::truediv(b - p, alpha));
      const double u1 = random();
      if (p > 1.0) {
        if (u1 <= pyxc::pow(x, alpha - 1.0)) break;
      } else if (u1 <= math::exp(-x)) {
        break;
      }
    }
    return x * beta;
  }

  /// random.betavariate(alpha, beta).
  double betavariate(double alpha, double beta) {
    const double y = gammavariate(alpha, 1.0);
    if (y != 0.0) return pyxc::truediv(y, y + gammavariate(beta, 1.0));
    return 0.0;
  }

  /// random.paretovariate(alpha).
  double paretovariate(double alpha) {
    const double u = 1.0 - random();
    return pyxc::pow(u, pyxc::truediv(-1.0, alpha));
  }

  /// random.weibullvariate(alpha, beta).
  double weibullvariate(double alpha, double beta) {
    const double u = 1.0 - random();
    return alpha * pyxc::pow(-math::log(u), pyxc::truediv(1.0, beta));
  }

  // --- state ---------------------------------------------------------------------------------

  /// The raw state, as the first 624 + 1 items of CPython's getstate()[1] (words, then index).
  const std::uint32_t* state_words() const { return state_; }
  int state_index() const { return index_; }

 private:
  struct no_seed {};
  explicit generator(no_seed) {}

  static std::uint64_t magnitude(int_t a) {
    return a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
  }

  static PYXC_INLINE std::uint32_t temper(std::uint32_t y) {
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
  }

  static PYXC_INLINE std::uint32_t twist(std::uint32_t upper, std::uint32_t lower, std::uint32_t far) {
    const std::uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
    return far ^ (y >> 1) ^ ((0u - (y & 1u)) & 0x9908b0dfu);
  }

  /// Regenerates the 624 words (genrand_uint32's block step); branch-free so it vectorizes.
  [[gnu::noinline]] void refill() {
    std::uint32_t* mt = state_;
    int kk = 0;
    for (; kk < N - M; ++kk) mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M]);
    for (; kk < N - 1; ++kk) mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + (M - N)]);
    mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
    index_ = 0;
  }

  void init_genrand(std::uint32_t s) {
    state_[0] = s;
    for (int i = 1; i < N; ++i)
      state_[i] = 1812433253u * (state_[i - 1] ^ (state_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    index_ = N;
  }

  void init_by_array(const std::uint32_t* key, std::size_t key_length) {
    std::uint32_t* mt = state_;
    init_genrand(19650218u);
    std::size_t i = 1, j = 0;
    for (std::size_t k = (N > key_length ? N : key_length); k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<std::uint32_t>(j);
      ++i;
      ++j;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key_length) j = 0;
    }
    for (std::size_t k = N - 1; k; --k) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<std::uint32_t>(i);
      ++i;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000u;  // MSB is 1, assuring a non-zero initial array
  }

  /// Random.randrange(start, stop, step) on exact (128-bit) arguments.
  int_t randrange_wide(detail::i128 start, detail::i128 stop, detail::i128 step) {
    const detail::i128 width = stop - start;
    if (step == 1) {
      if (width > 0) [[likely]] {
        if (width >> 64) [[unlikely]]
          return static_cast<int_t>(start + randbelow_2_64());
        return static_cast<int_t>(start + static_cast<detail::i128>(
                                              randbelow_u64(static_cast<std::uint64_t>(width))));
      }
      detail::raise_empty_range(start, stop, width);
    }
    detail::i128 n;
    if (step > 0) {
      n = floordiv128(width + step - 1, step);
    } else if (step < 0) {
      n = floordiv128(width + step + 1, step);
    } else {
      raise(exc_kind::ValueError, "zero step for randrange()");
    }
    if (n <= 0) detail::raise_empty_range();
    return static_cast<int_t>(start + step * static_cast<detail::i128>(
                                                  randbelow_u64(static_cast<std::uint64_t>(n))));
  }

  /// randbelow(2**64), the width of randint(-2**63, 2**63 - 1): getrandbits(65) by rejection.
  detail::i128 randbelow_2_64() {
    for (;;) {
      const std::uint64_t lo = next_u32();
      const std::uint64_t mid = next_u32();
      if ((next_u32() >> 31) == 0) return static_cast<detail::i128>(mid << 32 | lo);
    }
  }

  static detail::i128 floordiv128(detail::i128 a, detail::i128 b) {
    detail::i128 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
  }

  /// sample()'s threshold: 21, plus 4 ** ceil(log(3k, 4)) when k > 5 (math.log on floats).
  static int_t sample_setsize(int_t k) {
    int_t setsize = 21;
    if (k > 5) {
      const double x = static_cast<double>(static_cast<detail::i128>(k) * 3);
      const double e = std::ceil(std::log(pyxc::detail::opaque(x)) / std::log(pyxc::detail::opaque(4.0)));
      if (e >= 31) return INT64_MAX;  // 4**e exceeds every population size
      setsize += int_t{1} << (2 * static_cast<int>(e));
    }
    return setsize;
  }

  double triangular_c(double low, double high, double c) {
    double u = random();
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const double t = low;
      low = high;
      high = t;
    }
    return low + (high - low) * math::sqrt(u * c);
  }

  std::uint32_t state_[N];
  int index_ = N + 1;
  bool gauss_pending_ = false;
  double gauss_next_ = 0.0;
};

// --- the module-level functions -------------------------------------------------------------

/// The process-wide generator behind random.random() & co., seeded from entropy at first use
/// (as `import random` does). Not synchronized: callers hold the GIL or use per-thread streams.
inline generator& default_generator() {
  static generator g;
  return g;
}

/// The seed of the per-thread streams used inside OpenMP parallel regions: each thread draws
/// from generator::for_thread(seed, thread number), reseeded whenever random.seed() is called,
/// so a parallel run with a fixed seed and thread count gives the same answer every time.
struct parallel_seed_state {
  int_t seed = 0;
  std::uint64_t epoch = 1;
  void reseed(int_t s) {
    seed = s;
    ++epoch;
  }
};
inline parallel_seed_state& parallel_seed() {
  static parallel_seed_state state{static_cast<int_t>(std::random_device{}() & 0x7fffffff), 1};
  return state;
}

/// The generator random.random() & co. draw from: the process-wide one, or, inside an OpenMP
/// parallel region, the calling thread's own stream.
inline generator& current_generator() {
#ifdef _OPENMP
  if (omp_in_parallel()) {
    thread_local generator g{0};
    thread_local std::uint64_t epoch = 0;
    const parallel_seed_state& state = parallel_seed();
    if (epoch != state.epoch) {
      g = generator::for_thread(state.seed, static_cast<std::uint64_t>(omp_get_thread_num()));
      epoch = state.epoch;
    }
    return g;
  }
#endif
  return default_generator();
}

inline void seed() {
  default_generator().seed();
  parallel_seed().reseed(static_cast<int_t>(default_generator().next_u32()));
}
template <class A>
void seed(A a) {
  default_generator().seed(a);
  if constexpr (std::is_integral_v<A>) parallel_seed().reseed(static_cast<int_t>(a));
  else parallel_seed().reseed(static_cast<int_t>(default_generator().next_u32()));
}
PYXC_INLINE double random() { return current_generator().random(); }
PYXC_INLINE int_t getrandbits(int_t k) { return current_generator().getrandbits(k); }
PYXC_INLINE int_t randrange(int_t stop) { return current_generator().randrange(stop); }
PYXC_INLINE int_t randrange(int_t start, int_t stop, int_t step = 1) {
  return current_generator().randrange(start, stop, step);
}
PYXC_INLINE int_t randint(int_t a, int_t b) { return current_generator().randint(a, b); }
PYXC_INLINE double uniform(double a, double b) { return current_generator().uniform(a, b); }
template <class Seq>
auto choice(const Seq& seq) { return current_generator().choice(seq); }
template <class T>
void shuffle(const list<T>& x) { current_generator().shuffle(x); }
template <class Seq>
auto sample(const Seq& population, int_t k) { return current_generator().sample(population, k); }
template <class Seq>
auto choices(const Seq& population, int_t k) { return current_generator().choices(population, k); }
inline double triangular(double low = 0.0, double high = 1.0) { return current_generator().triangular(low, high); }
inline double triangular(double low, double high, double mode) {
  return current_generator().triangular(low, high, mode);
}
inline double gauss(double mu = 0.0, double sigma = 1.0) { return current_generator().gauss(mu, sigma); }
inline double normalvariate(double mu = 0.0, double sigma = 1.0) {
  return current_generator().normalvariate(mu, sigma);
}
inline double lognormvariate(double mu, double sigma) { return current_generator().lognormvariate(mu, sigma); }
inline double expovariate(double lambd) { return current_generator().expovariate(lambd); }
inline double vonmisesvariate(double mu, double kappa) { return current_generator().vonmisesvariate(mu, kappa); }
inline double gammavariate(double alpha, double beta) { return current_generator().gammavariate(alpha, beta); }
inline double betavariate(double alpha, double beta) { return current_generator().betavariate(alpha, beta); }
inline double paretovariate(double alpha) { return current_generator().paretovariate(alpha); }
inline double weibullvariate(double alpha, double beta) { return current_generator().weibullvariate(alpha, beta); }

}  // namespace pyxc::random
