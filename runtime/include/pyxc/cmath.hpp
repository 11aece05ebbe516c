// Python's cmath module on complex numbers, with CPython 3.11's exceptions.
//
// Values come from the C library's C99 complex functions (glibc follows C99 Annex G, which is
// where CPython's special-value tables come from: signed zeros, infinities and NaNs on the
// branch cuts). CPython's errors are added on top, by its rules:
//  - ValueError("math domain error") at singularities (log(0), atanh(+-1), atan(+-1j)) and for
//    the non-finite inputs where Annex G raises "invalid" (e.g. sin(inf + 0j), exp(1 + inf*j));
//  - OverflowError("math range error") when a finite input gives an infinite result (exp,
//    cosh, sinh, cos, sin).
// Finite results may differ from CPython's own algorithms in the last bit.
#pragma once

#include <cmath>
#include <complex>
#include <limits>
#include <tuple>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"

namespace pyxc::cmath {

inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double tau = 6.283185307179586;
inline constexpr double inf = std::numeric_limits<double>::infinity();
inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();
inline const complex_t infj{0.0, inf};
inline const complex_t nanj{0.0, nan};

namespace detail {

[[noreturn]] PYXC_COLD inline void raise_domain() { raise(exc_kind::ValueError, "math domain error"); }
[[noreturn]] PYXC_COLD inline void raise_range() { raise(exc_kind::OverflowError, "math range error"); }

inline bool finite(complex_t z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

/// An overflowing function of a finite argument raises OverflowError.
inline complex_t check_overflow(complex_t z, complex_t r) {
  if (finite(z) && !finite(r)) [[unlikely]] raise_range();
  return r;
}

/// cosh/sinh(x + iy): Annex G's "invalid" cases are y infinite with x not a NaN.
inline void check_hyperbolic_invalid(complex_t z) {
  if (std::isinf(z.imag()) && !std::isnan(z.real())) [[unlikely]] raise_domain();
}

/// i * z and -i * z, exactly (no multiplication that would turn infinities into NaNs).
inline complex_t times_i(complex_t z) { return {-z.imag(), z.real()}; }
inline complex_t times_minus_i(complex_t z) { return {z.imag(), -z.real()}; }

inline complex_t log_checked(complex_t z) {
  if (z.real() == 0.0 && z.imag() == 0.0) [[unlikely]] raise_domain();
  return std::log(z);
}

}  // namespace detail

inline complex_t sqrt(complex_t z) { return std::sqrt(z); }

inline complex_t exp(complex_t z) {
  // Invalid: y infinite while x is finite or +inf.
  if (std::isinf(z.imag()) && (std::isfinite(z.real()) || z.real() > 0)) detail::raise_domain();
  return detail::check_overflow(z, std::exp(z));
}

inline complex_t log(complex_t z) { return detail::log_checked(z); }

/// log(z, base): log(z) / log(base) with CPython's complex division; only the division (by
/// log(1) == 0) and a zero base raise.
inline complex_t log(complex_t z, complex_t base) {
  complex_t lz = std::log(z);
  complex_t lb = detail::log_checked(base);
  if (lb.real() == 0.0 && lb.imag() == 0.0) detail::raise_domain();
  return truediv(lz, lb);
}

inline complex_t log10(complex_t z) {
  complex_t r = detail::log_checked(z);
  const double ln10 = 2.302585092994046;
  return {r.real() / ln10, r.imag() / ln10};
}

inline complex_t cosh(complex_t z) {
  detail::check_hyperbolic_invalid(z);
  return detail::check_overflow(z, std::cosh(z));
}

inline complex_t sinh(complex_t z) {
  detail::check_hyperbolic_invalid(z);
  return detail::check_overflow(z, std::sinh(z));
}

inline complex_t tanh(complex_t z) {
  // Invalid: y infinite with x finite.
  if (std::isinf(z.imag()) && std::isfinite(z.real())) detail::raise_domain();
  return std::tanh(z);
}

/// cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz), as CPython computes them.
inline complex_t cos(complex_t z) { return cosh(detail::times_i(z)); }
inline complex_t sin(complex_t z) { return detail::times_minus_i(sinh(detail::times_i(z))); }
inline complex_t tan(complex_t z) { return detail::times_minus_i(tanh(detail::times_i(z))); }

inline complex_t asinh(complex_t z) { return std::asinh(z); }
inline complex_t acosh(complex_t z) { return std::acosh(z); }

inline complex_t atanh(complex_t z) {
  if (z.imag() == 0.0 && (z.real() == 1.0 || z.real() == -1.0)) detail::raise_domain();
  return std::atanh(z);
}

/// asin(z) = -i asinh(iz), atan(z) = -i atanh(iz), as CPython computes them.
inline complex_t asin(complex_t z) { return detail::times_minus_i(std::asinh(detail::times_i(z))); }
inline complex_t acos(complex_t z) { return std::acos(z); }
inline complex_t atan(complex_t z) { return detail::times_minus_i(atanh(detail::times_i(z))); }

inline double phase(complex_t z) { return std::atan2(z.imag(), z.real()); }

/// polar(z): (abs(z), phase(z)); OverflowError when abs overflows.
inline std::tuple<double, double> polar(complex_t z) {
  double r = std::hypot(z.real(), z.imag());
  if (std::isinf(r) && detail::finite(z)) detail::raise_range();
  return {r, phase(z)};
}

/// rect(r, phi) = r * (cos(phi) + i sin(phi)), with CPython's handling of phi == 0 (the
/// imaginary part is r * phi, keeping its sign) and of infinite arguments.
inline complex_t rect(double r, double phi) {
  if (std::isinf(phi) && r != 0.0 && !std::isnan(r)) detail::raise_domain();
  if (r == 0.0 && !std::isfinite(phi)) return {0.0, 0.0};
  if (std::isinf(r) && std::isnan(phi)) return {inf, phi};
  if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
    double re = std::copysign(inf, std::cos(phi)), im = std::copysign(inf, std::sin(phi));
    return r > 0 ? complex_t{re, im} : complex_t{-re, -im};
  }
  // phi == 0: the imaginary part is r * phi, keeping its sign (0 for an infinite or NaN r).
  if (phi == 0.0) return {r, std::isfinite(r) ? r * phi : (r < 0 ? -phi : phi)};
  return {r * std::cos(phi), r * std::sin(phi)};
}

inline bool isfinite(complex_t z) { return detail::finite(z); }
inline bool isinf(complex_t z) { return std::isinf(z.real()) || std::isinf(z.imag()); }
inline bool isnan(complex_t z) { return std::isnan(z.real()) || std::isnan(z.imag()); }

/// isclose(a, b) with CPython's defaults rel_tol=1e-09, abs_tol=0.0.
inline bool isclose(complex_t a, complex_t b) {
  if (a == b) return true;
  if (isinf(a) || isinf(b)) return false;
  const double diff = std::abs(a - b);
  const double rel_tol = 1e-09;
  return diff <= rel_tol * std::abs(b) || diff <= rel_tol * std::abs(a);
}

}  // namespace pyxc::cmath
