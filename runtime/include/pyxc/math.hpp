// Python's math module on doubles, with CPython 3.11's results and exceptions: a NaN result
// from non-NaN input raises ValueError("math domain error"); an infinite result from finite
// input raises OverflowError("math range error") where the function can overflow and
// ValueError at a singularity (mathmodule.c's math_1 rules). gamma, lgamma and hypot follow
// CPython's own algorithms rather than libm's, so results are bit-identical.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"

namespace pyxc::math {

inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double tau = 6.283185307179586;
inline constexpr double inf = std::numeric_limits<double>::infinity();
inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

namespace detail {

[[noreturn]] PYXC_COLD inline void raise_domain() { raise(exc_kind::ValueError, "math domain error"); }
[[noreturn]] PYXC_COLD inline void raise_range() { raise(exc_kind::OverflowError, "math range error"); }

/// mathmodule.c's math_1 checks on r = f(x).
template <bool CanOverflow>
PYXC_INLINE double check1(double r, double x) {
  if (std::isnan(r) && !std::isnan(x)) [[unlikely]] raise_domain();
  if (std::isinf(r) && std::isfinite(x)) [[unlikely]] {
    if constexpr (CanOverflow) raise_range();
    else raise_domain();
  }
  return r;
}

/// mathmodule.c's math_2 checks on r = f(x, y) (functions that cannot overflow).
PYXC_INLINE double check2(double r, double x, double y) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) [[unlikely]] raise_domain();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) [[unlikely]] raise_range();
  return r;
}

}  // namespace detail

// --- roots, exponentials, logarithms ---------------------------------------------------------

/// math.sqrt(x): ValueError for x < 0.
PYXC_INLINE double sqrt(double x) {
  if (x < 0.0) [[unlikely]] detail::raise_domain();
  return std::sqrt(x);
}
/// math.cbrt(x).
inline double cbrt(double x) { return std::cbrt(pyxc::detail::opaque(x)); }
/// math.exp(x): OverflowError when the result overflows.
inline double exp(double x) { return detail::check1<true>(std::exp(pyxc::detail::opaque(x)), x); }
/// math.exp2(x).
inline double exp2(double x) { return detail::check1<true>(std::exp2(pyxc::detail::opaque(x)), x); }
/// math.expm1(x).
inline double expm1(double x) { return detail::check1<true>(std::expm1(pyxc::detail::opaque(x)), x); }

/// math.log(x): ValueError for x <= 0 (and -inf).
inline double log(double x) {
  if (!(x > 0.0)) {  // 0, negatives, -inf and NaN
    if (std::isnan(x)) return x;
    detail::raise_domain();
  }
  return std::log(pyxc::detail::opaque(x));  // log(inf) = inf
}
/// math.log(x, base) = log(x) / log(base): ZeroDivisionError for base 1.
inline double log(double x, double base) {
  const double num = log(x);
  const double den = log(base);
  return truediv(num, den);
}
/// math.log2(x).
inline double log2(double x) {
  if (!(x > 0.0)) {
    if (std::isnan(x)) return x;
    detail::raise_domain();
  }
  return std::log2(pyxc::detail::opaque(x));
}
/// math.log10(x).
inline double log10(double x) {
  if (!(x > 0.0)) {
    if (std::isnan(x)) return x;
    detail::raise_domain();
  }
  return std::log10(pyxc::detail::opaque(x));
}
/// math.log1p(x): ValueError for x <= -1.
inline double log1p(double x) { return detail::check1<false>(std::log1p(pyxc::detail::opaque(x)), x); }

// --- trigonometric and hyperbolic ------------------------------------------------------------

inline double sin(double x) { return detail::check1<false>(std::sin(pyxc::detail::opaque(x)), x); }
inline double cos(double x) { return detail::check1<false>(std::cos(pyxc::detail::opaque(x)), x); }
inline double tan(double x) { return detail::check1<false>(std::tan(pyxc::detail::opaque(x)), x); }
inline double asin(double x) { return detail::check1<false>(std::asin(pyxc::detail::opaque(x)), x); }
inline double acos(double x) { return detail::check1<false>(std::acos(pyxc::detail::opaque(x)), x); }
inline double atan(double x) { return detail::check1<false>(std::atan(pyxc::detail::opaque(x)), x); }
inline double sinh(double x) { return detail::check1<true>(std::sinh(pyxc::detail::opaque(x)), x); }
inline double cosh(double x) { return detail::check1<true>(std::cosh(pyxc::detail::opaque(x)), x); }
inline double tanh(double x) { return detail::check1<false>(std::tanh(pyxc::detail::opaque(x)), x); }
inline double asinh(double x) { return detail::check1<false>(std::asinh(pyxc::detail::opaque(x)), x); }
inline double acosh(double x) { return detail::check1<false>(std::acosh(pyxc::detail::opaque(x)), x); }
inline double atanh(double x) { return detail::check1<false>(std::atanh(pyxc::detail::opaque(x)), x); }

/// math.atan2(y, x), with C99 Annex F special values handled first as CPython does.
inline double atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return nan;
  if (std::isinf(y)) {
    if (std::isinf(x)) return std::copysign(std::signbit(x) ? 0.75 * pi : 0.25 * pi, y);
    return std::copysign(0.5 * pi, y);
  }
  if (std::isinf(x) || y == 0.0) return std::copysign(std::signbit(x) ? pi : 0.0, y);
  return std::atan2(pyxc::detail::opaque(y), x);
}

/// math.degrees(x).
PYXC_INLINE double degrees(double x) { return x * (180.0 / pi); }
/// math.radians(x).
PYXC_INLINE double radians(double x) { return x * (pi / 180.0); }

// --- hypot -----------------------------------------------------------------------------------

/// math.hypot(x, y): CPython 3.11's vector_norm for two coordinates (scaled, compensated
/// squaring and summation, one correction step of the square root), so results match it.
inline double hypot(double x, double y) {
  x = std::fabs(x);
  y = std::fabs(y);
  const double max = x > y ? x : y;
  if (std::isinf(x) || std::isinf(y)) return inf;
  if (std::isnan(x) || std::isnan(y)) return nan;
  if (max == 0.0) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    // Subnormal max: 2**-max_e would overflow, so divide by max instead.
    double csum = 1.0, frac = 0.0;
    for (double v : {x, y}) {
      v /= max;
      v = v * v;
      const double old = csum;
      csum += v;
      frac += (old - csum) + v;
    }
    return max * std::sqrt(csum - 1.0 + frac);
  }
  const double scale = std::ldexp(1.0, -max_e);
  const double t27 = 134217729.0;  // 2**27 + 1, Veltkamp's splitting constant
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  for (double v : {x, y}) {
    v *= scale;
    const double t = v * t27;
    const double hi = t - (t - v);
    const double lo = v - hi;
    double sq = hi * hi;
    double old = csum;
    csum += sq;
    frac1 += (old - csum) + sq;
    sq = 2.0 * hi * lo;
    old = csum;
    csum += sq;
    frac2 += (old - csum) + sq;
    frac3 += lo * lo;
  }
  const double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  // Differential correction: subtract h*h exactly and add the first-order term.
  const double t = h * t27;
  const double hi = t - (t - h);
  const double lo = h - hi;
  double v = -hi * hi;
  double old = csum;
  csum += v;
  frac1 += (old - csum) + v;
  v = -2.0 * hi * lo;
  old = csum;
  csum += v;
  frac2 += (old - csum) + v;
  v = -lo * lo;
  old = csum;
  csum += v;
  frac3 += (old - csum) + v;
  const double d = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + d / (2.0 * h)) / scale;
}

// --- pow, fmod, copysign, remainder ----------------------------------------------------------

/// math.pow(x, y): float semantics; ValueError for 0 ** negative and negative ** fraction,
/// OverflowError on overflow.
inline double pow(double x, double y) {
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) return y == 0.0 ? 1.0 : x;
    if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
    if (std::isinf(x)) {
      const bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) return odd_y ? x : std::fabs(x);
      if (y == 0.0) return 1.0;
      return odd_y ? std::copysign(0.0, x) : 0.0;
    }
    // y is infinite
    if (std::fabs(x) == 1.0) return 1.0;
    if (y > 0.0 && std::fabs(x) > 1.0) return y;
    if (y < 0.0 && std::fabs(x) < 1.0) return -y;
    return 0.0;
  }
  const double r = pyxc::detail::libm_pow(x, y);
  if (!std::isfinite(r)) [[unlikely]] {
    if (std::isnan(r) || x == 0.0) detail::raise_domain();
    detail::raise_range();
  }
  return r;
}

/// math.fabs(x).
PYXC_INLINE double fabs(double x) { return std::fabs(x); }

/// math.fmod(x, y): C fmod; ValueError for y == 0 or infinite x.
inline double fmod(double x, double y) {
  if (std::isinf(y) && std::isfinite(x)) return x;
  const double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) [[unlikely]] detail::raise_domain();
  return r;
}

/// math.copysign(x, y).
PYXC_INLINE double copysign(double x, double y) { return std::copysign(x, y); }

/// math.remainder(x, y): IEEE 754 remainder, computed exactly as CPython's m_remainder.
inline double remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) detail::raise_domain();
    const double absx = std::fabs(x), absy = std::fabs(y);
    const double m = std::fmod(absx, absy);
    const double c = absy - m;
    double r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);  // halfway: pick the even multiple
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) detail::raise_domain();
  return x;  // finite x, infinite y
}

// --- rounding to int -------------------------------------------------------------------------

/// math.floor(x) as an int; ValueError for NaN, OverflowError for inf or beyond 64 bits.
PYXC_INLINE int_t floor(double x) { return to_int(std::floor(x)); }
/// math.ceil(x) as an int.
PYXC_INLINE int_t ceil(double x) { return to_int(std::ceil(x)); }
/// math.trunc(x) as an int.
PYXC_INLINE int_t trunc(double x) { return to_int(x); }
PYXC_INLINE int_t floor(int_t x) { return x; }
PYXC_INLINE int_t ceil(int_t x) { return x; }
PYXC_INLINE int_t trunc(int_t x) { return x; }

// --- classification and comparison -----------------------------------------------------------

PYXC_INLINE bool isnan(double x) { return std::isnan(x); }
PYXC_INLINE bool isinf(double x) { return std::isinf(x); }
PYXC_INLINE bool isfinite(double x) { return std::isfinite(x); }

/// math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0).
inline bool isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0) {
  if (rel_tol < 0.0 || abs_tol < 0.0) [[unlikely]]
    raise(exc_kind::ValueError, "tolerances must be non-negative");
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  const double diff = std::fabs(b - a);
  return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

// --- special functions -----------------------------------------------------------------------

/// math.erf(x).
inline double erf(double x) { return std::erf(pyxc::detail::opaque(x)); }
/// math.erfc(x).
inline double erfc(double x) { return std::erfc(pyxc::detail::opaque(x)); }

namespace detail {

/// sin(pi * x) for finite x, accurate near integers (CPython's m_sinpi).
inline double sinpi(double x) {
  const double y = std::fmod(std::fabs(x), 2.0);
  const int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(pyxc::detail::opaque(pi * y)); break;
    case 1: r = std::cos(pyxc::detail::opaque(pi * (y - 0.5))); break;
    case 2: r = std::sin(pyxc::detail::opaque(pi * (1.0 - y))); break;  // not -sin(pi*(y-1)): keeps +0.0 at y == 1
    case 3: r = -std::cos(pyxc::detail::opaque(pi * (y - 1.5))); break;
    default: r = std::sin(pyxc::detail::opaque(pi * (y - 2.0))); break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the parameters CPython
// and Boost use), as a rational function in x.
inline constexpr int lanczos_n = 13;
inline constexpr double lanczos_g = 6.024680040776729583740234375;
inline constexpr double lanczos_g_minus_half = 5.524680040776729583740234375;
inline constexpr double lanczos_num[lanczos_n] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
inline constexpr double lanczos_den[lanczos_n] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

/// The Lanczos sum L_g(x) for x > 0; in 1/x for larger x to avoid overflow.
inline double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = lanczos_n - 1; i >= 0; --i) {
      num = num * x + lanczos_num[i];
      den = den * x + lanczos_den[i];
    }
  } else {
    for (int i = 0; i < lanczos_n; ++i) {
      num = num / x + lanczos_num[i];
      den = den / x + lanczos_den[i];
    }
  }
  return num / den;
}

}  // namespace detail

/// math.gamma(x): ValueError at poles (0 and negative integers) and for -inf, OverflowError
/// when the result is too large.
inline double gamma(double x) {
  using namespace detail;
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    raise_domain();
  }
  if (x == 0.0) raise_domain();
  if (x == std::floor(x)) {
    if (x < 0.0) raise_domain();
    if (x <= 23.0) {
      // (x-1)! exactly; 21! and 22! are exactly representable as doubles.
      double f = 1.0;
      for (int k = 2; k < static_cast<int>(x); ++k) f *= k;
      return f;
    }
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) {  // gamma(x) ~ 1/x near 0
    const double r = 1.0 / x;
    if (std::isinf(r)) raise_range();
    return r;
  }
  if (absx > 200.0) {  // overflows for x > 200, underflows to +-0 for x < -200
    if (x < 0.0) return 0.0 / sinpi(x);
    raise_range();
  }
  const double y = absx + lanczos_g_minus_half;
  // Error in computing y, for a first-order correction of pow(y, ...) / exp(y).
  double z;
  if (absx > lanczos_g_minus_half) {
    const double q = y - absx;
    z = q - lanczos_g_minus_half;
  } else {
    const double q = y - lanczos_g_minus_half;
    z = q - absx;
  }
  z = z * lanczos_g / y;
  double r;
  if (x < 0.0) {
    r = -pi / sinpi(absx) / absx * std::exp(pyxc::detail::opaque(y)) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pyxc::detail::libm_pow(y, absx - 0.5);
    } else {
      const double sqrtpow = pyxc::detail::libm_pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(pyxc::detail::opaque(y));
    r += z * r;
    if (absx < 140.0) {
      r *= pyxc::detail::libm_pow(y, absx - 0.5);
    } else {
      const double sqrtpow = pyxc::detail::libm_pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) raise_range();
  return r;
}

/// math.lgamma(x): log|gamma(x)|; ValueError at poles, OverflowError if infinite.
inline double lgamma(double x) {
  using namespace detail;
  if (!std::isfinite(x)) {
    if (std::isnan(x)) return x;
    return inf;  // lgamma(+-inf) = +inf
  }
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) raise_domain();
    return 0.0;  // lgamma(1) = lgamma(2) = 0
  }
  const double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(pyxc::detail::opaque(absx));
  double r = std::log(pyxc::detail::opaque(lanczos_sum(absx))) - lanczos_g;
  r += (absx - 0.5) * (std::log(pyxc::detail::opaque(absx + lanczos_g - 0.5)) - 1);
  if (x < 0.0) r = 1.144729885849400174143427351353058711647 /* log(pi) */ -
                   std::log(pyxc::detail::opaque(std::fabs(sinpi(absx)))) - std::log(pyxc::detail::opaque(absx)) - r;
  if (std::isinf(r)) raise_range();
  return r;
}

// --- integer functions -----------------------------------------------------------------------

/// math.factorial(n): ValueError for n < 0; OverflowError past 20! (64-bit ints).
inline int_t factorial(int_t n) {
  if (n < 0) [[unlikely]]
    raise(exc_kind::ValueError, "factorial() not defined for negative values");
  if (n > 20) [[unlikely]] raise_int_overflow();
  int_t r = 1;
  for (int_t k = 2; k <= n; ++k) r *= k;
  return r;
}

namespace detail {
PYXC_INLINE std::uint64_t ugcd(std::uint64_t a, std::uint64_t b) {
  while (b != 0) {
    const std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}
PYXC_INLINE std::uint64_t uabs(int_t a) {
  return a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
}
}  // namespace detail

/// math.gcd(a, b) >= 0; OverflowError when it is 2**63.
inline int_t gcd(int_t a, int_t b) {
  const std::uint64_t g = detail::ugcd(detail::uabs(a), detail::uabs(b));
  if (g > static_cast<std::uint64_t>(std::numeric_limits<int_t>::max())) [[unlikely]]
    raise_int_overflow();
  return static_cast<int_t>(g);
}

/// math.lcm(a, b) >= 0; OverflowError past 64 bits.
inline int_t lcm(int_t a, int_t b) {
  if (a == 0 || b == 0) return 0;
  const std::uint64_t ua = detail::uabs(a), ub = detail::uabs(b);
  std::uint64_t r;
  if (__builtin_mul_overflow(ua / detail::ugcd(ua, ub), ub, &r) ||
      r > static_cast<std::uint64_t>(std::numeric_limits<int_t>::max())) [[unlikely]]
    raise_int_overflow();
  return static_cast<int_t>(r);
}

/// math.isqrt(n): ValueError for n < 0.
inline int_t isqrt(int_t n) {
  if (n < 0) [[unlikely]] raise(exc_kind::ValueError, "isqrt() argument must be nonnegative");
  auto r = static_cast<int_t>(std::sqrt(static_cast<double>(n)));
  // The double estimate is off by at most one; fix it with exact integer checks.
  while (r > 0 && (r > 3037000499 || r * r > n)) --r;
  while ((r + 1) <= 3037000499 && (r + 1) * (r + 1) <= n) ++r;
  return r;
}

}  // namespace pyxc::math
