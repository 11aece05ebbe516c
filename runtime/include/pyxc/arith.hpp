// Python's arithmetic operators on int_t, double and complex_t with CPython 3.11's results
// and exceptions. Operands always have the same C++ type (codegen inserts the conversions).
//
// Everything here must be compiled without FMA contraction (-ffp-contract=off) to stay
// bit-identical with CPython, which is built for baseline x86-64.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

#include "pyxc/core.hpp"

namespace pyxc {

namespace detail {

[[noreturn]] PYXC_COLD inline void raise_int_zero_div() {
  raise(exc_kind::ZeroDivisionError, "integer division or modulo by zero");
}
[[noreturn]] PYXC_COLD inline void raise_int_zero_mod() {
  raise(exc_kind::ZeroDivisionError, "integer modulo by zero");
}
[[noreturn]] PYXC_COLD inline void raise_zero_div() {
  raise(exc_kind::ZeroDivisionError, "division by zero");
}
[[noreturn]] PYXC_COLD inline void raise_float_zero_div() {
  raise(exc_kind::ZeroDivisionError, "float division by zero");
}
[[noreturn]] PYXC_COLD inline void raise_float_zero_floordiv() {
  raise(exc_kind::ZeroDivisionError, "float floor division by zero");
}
[[noreturn]] PYXC_COLD inline void raise_float_zero_mod() {
  raise(exc_kind::ZeroDivisionError, "float modulo");
}
[[noreturn]] PYXC_COLD inline void raise_complex_zero_div() {
  raise(exc_kind::ZeroDivisionError, "complex division by zero");
}
[[noreturn]] PYXC_COLD inline void raise_negative_shift() {
  raise(exc_kind::ValueError, "negative shift count");
}
[[noreturn]] PYXC_COLD inline void raise_float_pow_range() {
  raise(exc_kind::OverflowError, "(34, 'Numerical result out of range')");
}

/// CPython's DOUBLE_IS_ODD_INTEGER.
PYXC_INLINE bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

/// `x`, unknown to the optimizer. Generated code must get libm's results, as CPython does;
/// without this, compilers fold calls with constant arguments at compile time (GCC through
/// MPFR, correctly rounded, which glibc is not always) and rewrite pow(x, 2.0) as x * x.
PYXC_INLINE double opaque(double x) {
#if defined(__x86_64__) || defined(__i386__)
  asm("" : "+x"(x));
#elif defined(__aarch64__)
  asm("" : "+w"(x));
#else
  asm("" : "+m"(x));
#endif
  return x;
}

/// libm's pow(x, y) with both operands hidden from the optimizer (see opaque).
PYXC_INLINE double libm_pow(double x, double y) { return std::pow(opaque(x), opaque(y)); }

}  // namespace detail

// --- int_t: + - * and unary - ----------------------------------------------------------------

/// a + b on Python ints; OverflowError past 64 bits.
PYXC_INLINE int_t add(int_t a, int_t b) {
  int_t r;
  if (__builtin_add_overflow(a, b, &r)) [[unlikely]] raise_int_overflow();
  return r;
}
/// a - b on Python ints; OverflowError past 64 bits.
PYXC_INLINE int_t sub(int_t a, int_t b) {
  int_t r;
  if (__builtin_sub_overflow(a, b, &r)) [[unlikely]] raise_int_overflow();
  return r;
}
/// a * b on Python ints; OverflowError past 64 bits.
PYXC_INLINE int_t mul(int_t a, int_t b) {
  int_t r;
  if (__builtin_mul_overflow(a, b, &r)) [[unlikely]] raise_int_overflow();
  return r;
}
/// -a on a Python int; OverflowError for -(-2**63).
PYXC_INLINE int_t neg(int_t a) {
  int_t r;
  if (__builtin_sub_overflow(int_t{0}, a, &r)) [[unlikely]] raise_int_overflow();
  return r;
}

// Plain operators for the other types, so generic code can call add/sub/mul/neg on anything.
PYXC_INLINE double add(double a, double b) { return a + b; }
PYXC_INLINE double sub(double a, double b) { return a - b; }
PYXC_INLINE double mul(double a, double b) { return a * b; }
PYXC_INLINE double neg(double a) { return -a; }
PYXC_INLINE complex_t add(complex_t a, complex_t b) {
  return {a.real() + b.real(), a.imag() + b.imag()};
}
PYXC_INLINE complex_t sub(complex_t a, complex_t b) {
  return {a.real() - b.real(), a.imag() - b.imag()};
}
/// Complex product exactly as CPython's _Py_c_prod (no C99 Annex G inf/nan recovery, which
/// std::complex's operator* does).
PYXC_INLINE complex_t mul(complex_t a, complex_t b) {
  return {a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real()};
}
PYXC_INLINE complex_t neg(complex_t a) { return {-a.real(), -a.imag()}; }

// --- true division ---------------------------------------------------------------------------

namespace detail {

/// Correctly rounded a / b for int64 operands that are not both exactly representable as
/// doubles (CPython's long_true_divide is correctly rounded). Requires b != 0.
PYXC_COLD inline double exact_int_truediv(int_t a, int_t b) {
  const bool negative = (a < 0) != (b < 0);
  const std::uint64_t ua = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
  const std::uint64_t ub = b < 0 ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
  if (ua == 0) return negative ? -0.0 : 0.0;
  const int la = 64 - __builtin_clzll(ua);
  const int lb = 64 - __builtin_clzll(ub);
  // Scale so the integer quotient has 63 or 64 bits; the remainder becomes a sticky bit and
  // the uint64 -> double conversion then rounds exactly once, to nearest even.
  const int shift = 63 - la + lb;
  const unsigned __int128 num = static_cast<unsigned __int128>(ua) << shift;
  std::uint64_t q = static_cast<std::uint64_t>(num / ub);
  q |= static_cast<std::uint64_t>(num % ub != 0);
  const double r = std::ldexp(static_cast<double>(q), -shift);
  return negative ? -r : r;
}

}  // namespace detail

/// a / b on Python ints: a float, correctly rounded like CPython.
PYXC_INLINE double truediv(int_t a, int_t b) {
  if (b == 0) [[unlikely]] detail::raise_zero_div();
  // Both magnitudes <= 2**53: the conversions are exact and one division rounds once.
  const std::uint64_t bound = std::uint64_t{1} << 53;
  if (static_cast<std::uint64_t>(a) + bound <= 2 * bound &&
      static_cast<std::uint64_t>(b) + bound <= 2 * bound) [[likely]]
    return static_cast<double>(a) / static_cast<double>(b);
  return detail::exact_int_truediv(a, b);
}

/// a / b on floats.
PYXC_INLINE double truediv(double a, double b) {
  if (b == 0.0) [[unlikely]] detail::raise_float_zero_div();
  return a / b;
}

/// a / b on complex numbers, with CPython's algorithm (_Py_c_quot), not std::complex's.
inline complex_t truediv(complex_t a, complex_t b) {
  const double ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
  const double abs_br = br < 0 ? -br : br;
  const double abs_bi = bi < 0 ? -bi : bi;
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) [[unlikely]] detail::raise_complex_zero_div();
    const double ratio = bi / br;
    const double denom = br + bi * ratio;
    return {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
  }
  if (abs_bi >= abs_br) {
    const double ratio = br / bi;
    const double denom = br * ratio + bi;
    return {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
  }
  // At least one of br, bi is a NaN.
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return {nan, nan};
}

// --- floor division and modulo ---------------------------------------------------------------

/// a // b on Python ints (rounds toward -inf).
PYXC_INLINE int_t floordiv(int_t a, int_t b) {
  if (b == 0) [[unlikely]] detail::raise_int_zero_div();
  if (b == -1) [[unlikely]] return neg(a);  // INT64_MIN // -1 overflows; x / -1 is UB there
  const int_t q = a / b;
  const int_t r = a % b;
  return q - static_cast<int_t>((r != 0) & ((r ^ b) < 0));
}

/// a % b on Python ints (result has the sign of b).
PYXC_INLINE int_t mod(int_t a, int_t b) {
  if (b == 0) [[unlikely]] detail::raise_int_zero_mod();
  if (b == -1) [[unlikely]] return 0;  // INT64_MIN % -1 traps on x86
  const int_t r = a % b;
  return r + (((r != 0) & ((r ^ b) < 0)) ? b : 0);
}

namespace detail {

/// CPython's _float_div_mod: floor quotient and modulo of finite-or-not doubles, b != 0.
PYXC_INLINE void float_divmod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  // vx - m is mathematically an exact multiple of wx; the division may still round.
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

}  // namespace detail

/// a // b on floats, exactly as CPython (float_floor_div).
inline double floordiv(double a, double b) {
  if (b == 0.0) [[unlikely]] detail::raise_float_zero_floordiv();
  double fd, m;
  detail::float_divmod(a, b, &fd, &m);
  return fd;
}

/// a % b on floats, exactly as CPython (float_rem): the result takes the sign of b.
PYXC_INLINE double mod(double a, double b) {
  if (b == 0.0) [[unlikely]] detail::raise_float_zero_mod();
  double m = std::fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

// --- powers ----------------------------------------------------------------------------------

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_int_negative_pow() {
  raise(exc_kind::ValueError,
        "pyxc: int ** negative int gives a float in Python; write float(x) ** y");
}
}  // namespace detail

/// a ** b on Python ints, b >= 0, by squaring; OverflowError past 64 bits.
inline int_t pow(int_t base, int_t exp) {
  if (exp < 0) [[unlikely]] detail::raise_int_negative_pow();
  int_t result = 1;
  for (;;) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result)) [[unlikely]] raise_int_overflow();
    }
    exp >>= 1;
    if (exp == 0) break;
    // With bits of exp left, the result gets base**2 as a factor: if that overflows (|base| >= 2)
    // so does the result.
    if (__builtin_mul_overflow(base, base, &base)) [[unlikely]] raise_int_overflow();
  }
  return result;
}

namespace detail {

[[noreturn]] PYXC_COLD inline void raise_zero_negative_pow() {
  raise(exc_kind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
}
[[noreturn]] PYXC_COLD inline void raise_negative_fractional_pow() {
  raise(exc_kind::ValueError,
        "pyxc: negative float raised to a non-integer power gives a complex in Python; "
        "use complex(x) ** y");
}

/// CPython's float_pow for everything but the x ** 2.0 fast path.
inline double float_pow_general(double iv, double iw) {
  if (iw == 0.0) return 1.0;                     // v**0 is 1, even 0**0 and nan**0
  if (std::isnan(iv)) return iv;                 // nan**w = nan, unless w == 0
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;  // 1**nan = 1
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);  // inf
    return 0.0;
  }
  if (std::isinf(iv)) {
    const bool iw_is_odd = is_odd_integer(iw);
    if (iw > 0.0) return iw_is_odd ? iv : std::fabs(iv);
    return iw_is_odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) raise_zero_negative_pow();
    return is_odd_integer(iw) ? iv : 0.0;
  }
  bool negate_result = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) raise_negative_fractional_pow();
    iv = -iv;
    negate_result = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate_result ? -1.0 : 1.0;  // also (-1) ** huge even/odd int
  // iv, iw finite, iw != 0, iv > 0 and != 1: libm pow; an infinite result is an overflow
  // (an underflow to 0 is fine, as in CPython's _Py_ADJUST_ERANGE1).
  double ix = libm_pow(iv, iw);
  if (std::isinf(ix)) raise_float_pow_range();
  return negate_result ? -ix : ix;
}

}  // namespace detail

/// a ** b on floats with CPython's float_pow results and errors. There is no x * x fast path
/// for y == 2.0: glibc's pow is not correctly rounded (about 1 in 1000 squares differ from
/// x * x in the last bit), and CPython calls it.
PYXC_INLINE double pow(double x, double y) { return detail::float_pow_general(x, y); }

/// x ** 2 as generated for a literal exponent 2: x*x, which is correctly rounded (libm's pow,
/// which CPython calls, is within 1 ulp and differs in the last bit for ~0.1% of inputs), and
/// ~20x faster. Overflow raises as float_pow does.
PYXC_INLINE double square(double x) {
  const double r = x * x;
  if (std::isinf(r) && std::isfinite(x)) [[unlikely]] detail::raise_float_pow_range();
  return r;
}

namespace detail {

/// What CPython's complex_pow reports through errno.
enum class cpow_status { ok, edom, erange };

/// _Py_c_quot with errno: returns edom for division by zero.
inline complex_t c_quot(complex_t a, complex_t b, cpow_status* st) {
  const double abs_br = std::fabs(b.real()), abs_bi = std::fabs(b.imag());
  if (abs_br == 0.0 && abs_bi == 0.0) {
    *st = cpow_status::edom;
    return {0.0, 0.0};
  }
  return truediv(a, b);
}

/// CPython's c_powu: x ** n for n >= 1 by binary powering with _Py_c_prod.
inline complex_t c_powu(complex_t x, long n) {
  complex_t r{1.0, 0.0};
  complex_t p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = mul(r, p);
    mask <<= 1;
    p = mul(p, p);
  }
  return r;
}

/// CPython's _Py_c_pow; edom for 0 ** (negative or complex), or when libm's cos/sin would
/// set EDOM (an infinite phase).
inline complex_t c_pow(complex_t a, complex_t b, cpow_status* st) {
  if (b.real() == 0.0 && b.imag() == 0.0) return {1.0, 0.0};
  if (a.real() == 0.0 && a.imag() == 0.0) {
    if (b.imag() != 0.0 || b.real() < 0.0) *st = cpow_status::edom;
    return {0.0, 0.0};
  }
  const double vabs = std::hypot(pyxc::detail::opaque(a.real()), a.imag());
  double len = libm_pow(vabs, b.real());
  const double at = std::atan2(pyxc::detail::opaque(a.imag()), a.real());
  double phase = at * b.real();
  if (b.imag() != 0.0) {
    len /= std::exp(pyxc::detail::opaque(at * b.imag()));
    phase += b.imag() * std::log(pyxc::detail::opaque(vabs));
  }
  if (std::isinf(phase)) *st = cpow_status::edom;
  return {len * std::cos(pyxc::detail::opaque(phase)), len * std::sin(pyxc::detail::opaque(phase))};
}

[[noreturn]] PYXC_COLD inline void raise_complex_zero_pow() {
  raise(exc_kind::ZeroDivisionError, "0.0 to a negative or complex power");
}
[[noreturn]] PYXC_COLD inline void raise_complex_pow_range() {
  raise(exc_kind::OverflowError, "complex exponentiation");
}

}  // namespace detail

/// a ** b on complex numbers, as CPython's complex_pow (integer exponents up to 100 in
/// magnitude by repeated multiplication).
inline complex_t pow(complex_t a, complex_t b) {
  detail::cpow_status st = detail::cpow_status::ok;
  complex_t p;
  if (b.imag() == 0.0 && b.real() == std::floor(b.real()) && std::fabs(b.real()) <= 100.0) {
    const long n = static_cast<long>(b.real());
    if (n > 0)
      p = detail::c_powu(a, n);
    else
      p = detail::c_quot(complex_t{1.0, 0.0}, detail::c_powu(a, -n), &st);
  } else {
    p = detail::c_pow(a, b, &st);
  }
  // _Py_ADJUST_ERANGE2: an infinite component means overflow unless a domain error came first.
  if (st == detail::cpow_status::ok && (std::isinf(p.real()) || std::isinf(p.imag())))
    st = detail::cpow_status::erange;
  if (st == detail::cpow_status::edom) [[unlikely]] detail::raise_complex_zero_pow();
  if (st == detail::cpow_status::erange) [[unlikely]] detail::raise_complex_pow_range();
  return p;
}

// --- shifts ----------------------------------------------------------------------------------

/// a << n on Python ints: ValueError for n < 0, OverflowError past 64 bits.
PYXC_INLINE int_t lshift(int_t a, int_t n) {
  if (n < 0) [[unlikely]] detail::raise_negative_shift();
  if (a == 0) return 0;
  if (n >= 64) [[unlikely]] raise_int_overflow();
  const int_t r = static_cast<int_t>(static_cast<std::uint64_t>(a) << n);
  if ((r >> n) != a) [[unlikely]] raise_int_overflow();
  return r;
}

/// a >> n on Python ints (arithmetic shift; any count >= 64 gives 0 or -1).
PYXC_INLINE int_t rshift(int_t a, int_t n) {
  if (n < 0) [[unlikely]] detail::raise_negative_shift();
  return a >> (n < 63 ? n : 63);
}

// --- abs -------------------------------------------------------------------------------------

/// abs(a) on a Python int; OverflowError for abs(-2**63).
PYXC_INLINE int_t abs(int_t a) {
  if (a == std::numeric_limits<int_t>::min()) [[unlikely]] raise_int_overflow();
  return a < 0 ? -a : a;
}
PYXC_INLINE double abs(double a) { return std::fabs(a); }

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_complex_abs_range() {
  raise(exc_kind::OverflowError, "absolute value too large");
}
}  // namespace detail

/// abs(z) on a complex: hypot, inf if either part is infinite (even with a nan), and
/// OverflowError when finite parts give an infinite result.
inline double abs(complex_t z) {
  const double re = z.real(), im = z.imag();
  if (!std::isfinite(re) || !std::isfinite(im)) {
    if (std::isinf(re)) return std::fabs(re);
    if (std::isinf(im)) return std::fabs(im);
    return std::numeric_limits<double>::quiet_NaN();
  }
  const double r = std::hypot(pyxc::detail::opaque(re), im);
  if (std::isinf(r)) [[unlikely]] detail::raise_complex_abs_range();
  return r;
}

// --- conversions -----------------------------------------------------------------------------

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_float_to_int(double x) {
  if (std::isnan(x)) raise(exc_kind::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) raise(exc_kind::OverflowError, "cannot convert float infinity to integer");
  raise_int_overflow();
}
}  // namespace detail

/// int(x) for a float: truncation toward zero; ValueError for NaN, OverflowError for inf and
/// for values outside the 64-bit range.
PYXC_INLINE int_t to_int(double x) {
#if defined(__x86_64__)
  // cvttsd2si gives INT64_MIN for NaN and for values out of range: one test on the common
  // path (the second only for INT64_MIN, which -2**63 itself gives). In asm: GCC folds the
  // intrinsic as a C++ conversion, undefined out of range.
  int_t r;
  asm("cvttsd2si %1, %0" : "=r"(r) : "x"(x));
  if (__builtin_expect(r == INT64_MIN, 0))
    if (x != -0x1p63) detail::raise_float_to_int(x);
  return r;
#else
  // The negated comparison also sends NaN to the error path; -2**63 itself is in range.
  if (!(x >= -0x1p63 && x < 0x1p63)) [[unlikely]] detail::raise_float_to_int(x);
  return static_cast<int_t>(x);
#endif
}

/// float(a) for an int (correctly rounded, like CPython).
PYXC_INLINE double to_float(int_t a) { return static_cast<double>(a); }

// --- exact comparisons of int and float ------------------------------------------------------

namespace detail {

/// Three-way exact comparison of an int with a non-NaN double: -1, 0 or 1.
PYXC_INLINE int cmp_int_double(int_t i, double d) {
  if (d >= 0x1p63) return -1;
  if (d < -0x1p63) return 1;
  // d is within int64 range: compare with its truncation, then with the fractional part.
  const int_t t = static_cast<int_t>(d);
  if (i != t) return i < t ? -1 : 1;
  const double frac = d - static_cast<double>(t);  // exact
  return frac > 0.0 ? -1 : (frac < 0.0 ? 1 : 0);
}

}  // namespace detail

/// Python's int == float (exact, even beyond 2**53).
PYXC_INLINE bool eq(int_t i, double d) { return !std::isnan(d) && detail::cmp_int_double(i, d) == 0; }
PYXC_INLINE bool ne(int_t i, double d) { return !eq(i, d); }
PYXC_INLINE bool lt(int_t i, double d) { return !std::isnan(d) && detail::cmp_int_double(i, d) < 0; }
PYXC_INLINE bool le(int_t i, double d) { return !std::isnan(d) && detail::cmp_int_double(i, d) <= 0; }
PYXC_INLINE bool gt(int_t i, double d) { return !std::isnan(d) && detail::cmp_int_double(i, d) > 0; }
PYXC_INLINE bool ge(int_t i, double d) { return !std::isnan(d) && detail::cmp_int_double(i, d) >= 0; }

PYXC_INLINE bool eq(double d, int_t i) { return eq(i, d); }
PYXC_INLINE bool ne(double d, int_t i) { return ne(i, d); }
PYXC_INLINE bool lt(double d, int_t i) { return gt(i, d); }
PYXC_INLINE bool le(double d, int_t i) { return ge(i, d); }
PYXC_INLINE bool gt(double d, int_t i) { return lt(i, d); }
PYXC_INLINE bool ge(double d, int_t i) { return le(i, d); }

}  // namespace pyxc
