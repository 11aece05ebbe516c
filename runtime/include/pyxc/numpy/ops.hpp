// The elementwise operations (numpy's ufunc loops) as function objects over one compute type
// C: generated code picks C by numpy's promotion rules, the operands are converted to C,
// and integer arithmetic wraps around as numpy's does.
#pragma once

#include <cmath>
#include <complex>
#include <cstdint>
#include <type_traits>

#include "pyxc/numpy/ndarray.hpp"

namespace pyxc::np::ops {

template <class C>
inline constexpr bool is_int_v = std::is_integral_v<C> && !std::is_same_v<C, bool>;

template <class C>
PYXC_INLINE C wrap_add(C a, C b) {
  if constexpr (is_int_v<C>) {
    using U = std::make_unsigned_t<C>;
    return static_cast<C>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
  } else if constexpr (std::is_same_v<C, bool>) {
    return a || b;
  } else {
    return a + b;
  }
}
template <class C>
PYXC_INLINE C wrap_sub(C a, C b) {
  if constexpr (is_int_v<C>) {
    using U = std::make_unsigned_t<C>;
    return static_cast<C>(static_cast<U>(static_cast<U>(a) - static_cast<U>(b)));
  } else {
    return a - b;
  }
}
template <class C>
PYXC_INLINE C wrap_mul(C a, C b) {
  if constexpr (is_int_v<C>) {
    using U = std::make_unsigned_t<C>;
    using W = std::conditional_t<(sizeof(U) < sizeof(unsigned)), unsigned, U>;  // no int promotion UB
    return static_cast<C>(static_cast<U>(static_cast<W>(static_cast<U>(a)) * static_cast<W>(static_cast<U>(b))));
  } else if constexpr (std::is_same_v<C, bool>) {
    return a && b;
  } else if constexpr (is_complex_v<C>) {
    return C(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
  } else {
    return a * b;
  }
}

#define PYXC_NP_BINARY(name, expr)                            \
  template <class C>                                          \
  struct name {                                               \
    PYXC_INLINE auto operator()(C a, C b) const { return expr; } \
  };
#define PYXC_NP_UNARY(name, expr)                        \
  template <class C>                                     \
  struct name {                                          \
    PYXC_INLINE auto operator()(C a) const { return expr; } \
  };

PYXC_NP_BINARY(add, wrap_add<C>(a, b))
PYXC_NP_BINARY(sub, wrap_sub<C>(a, b))
PYXC_NP_BINARY(mul, wrap_mul<C>(a, b))
PYXC_NP_BINARY(eq, a == b)
PYXC_NP_BINARY(ne, a != b)
PYXC_NP_BINARY(lt, a < b)
PYXC_NP_BINARY(le, a <= b)
PYXC_NP_BINARY(gt, a > b)
PYXC_NP_BINARY(ge, a >= b)
PYXC_NP_BINARY(bit_and, static_cast<C>(a & b))
PYXC_NP_BINARY(bit_or, static_cast<C>(a | b))
PYXC_NP_BINARY(bit_xor, static_cast<C>(a ^ b))
PYXC_NP_BINARY(logical_and, static_cast<bool>(a) && static_cast<bool>(b))
PYXC_NP_BINARY(logical_or, static_cast<bool>(a) || static_cast<bool>(b))
PYXC_NP_BINARY(arctan2, std::atan2(a, b))
PYXC_NP_BINARY(hypot, std::hypot(a, b))
// numpy's minimum/maximum propagate NaN from either side.
PYXC_NP_BINARY(minimum, (a <= b || a != a) ? a : b)
PYXC_NP_BINARY(maximum, (a >= b || a != a) ? a : b)
PYXC_NP_BINARY(fmin, (a <= b || b != b) ? a : b)
PYXC_NP_BINARY(fmax, (a >= b || b != b) ? a : b)

// Floats negate (-0.0 from 0.0, as numpy); ints wrap (0 - a).
PYXC_NP_UNARY(neg, is_int_v<C> ? wrap_sub<C>(C{}, a) : static_cast<C>(-a))
PYXC_NP_UNARY(pos, a)
PYXC_NP_UNARY(logical_not, !static_cast<bool>(a))
PYXC_NP_UNARY(sqrt, std::sqrt(a))
PYXC_NP_UNARY(exp, std::exp(a))
PYXC_NP_UNARY(log, std::log(a))
PYXC_NP_UNARY(log10, std::log10(a))
PYXC_NP_UNARY(log2, std::log2(a))
PYXC_NP_UNARY(log1p, std::log1p(a))
PYXC_NP_UNARY(expm1, std::expm1(a))
PYXC_NP_UNARY(sin, std::sin(a))
PYXC_NP_UNARY(cos, std::cos(a))
PYXC_NP_UNARY(tan, std::tan(a))
PYXC_NP_UNARY(arcsin, std::asin(a))
PYXC_NP_UNARY(arccos, std::acos(a))
PYXC_NP_UNARY(arctan, std::atan(a))
PYXC_NP_UNARY(sinh, std::sinh(a))
PYXC_NP_UNARY(cosh, std::cosh(a))
PYXC_NP_UNARY(tanh, std::tanh(a))
PYXC_NP_UNARY(floor, std::floor(a))
PYXC_NP_UNARY(ceil, std::ceil(a))
PYXC_NP_UNARY(trunc, std::trunc(a))
PYXC_NP_UNARY(rint, std::nearbyint(a))
PYXC_NP_UNARY(square, wrap_mul<C>(a, a))
PYXC_NP_UNARY(isnan, a != a)
PYXC_NP_UNARY(isinf, std::isinf(a))
PYXC_NP_UNARY(isfinite, std::isfinite(a))
PYXC_NP_UNARY(conj, std::conj(a))
PYXC_NP_UNARY(real, std::real(a))
PYXC_NP_UNARY(imag, std::imag(a))

#undef PYXC_NP_BINARY
#undef PYXC_NP_UNARY

/// True division in C, a float or complex type (ints are converted first); complex numbers
/// divide by numpy's scaled algorithm (Smith's), so results match numpy's to the bit.
template <class C>
struct truediv {
  PYXC_INLINE C operator()(C a, C b) const {
    if constexpr (is_complex_v<C>) {
      using F = typename C::value_type;
      const F ar = a.real(), ai = a.imag(), br = b.real(), bi = b.imag();
      const F abs_r = std::fabs(br), abs_i = std::fabs(bi);
      if (abs_r >= abs_i) {
        if (abs_r == 0 && abs_i == 0) return C(ar / abs_r, ai / abs_r);
        const F rat = bi / br, scl = F(1) / (br + bi * rat);
        return C((ar + ai * rat) * scl, (ai - ar * rat) * scl);
      }
      const F rat = br / bi, scl = F(1) / (bi + br * rat);
      return C((ar * rat + ai) * scl, (ai * rat - ar) * scl);
    } else {
      return a / b;
    }
  }
};

template <class C>
struct invert {
  PYXC_INLINE C operator()(C a) const {
    if constexpr (std::is_same_v<C, bool>) return !a;
    else return static_cast<C>(~a);
  }
};

/// np.abs: |x| (complex -> its real magnitude; the most negative int stays itself, as numpy).
template <class C>
struct abs {
  PYXC_INLINE auto operator()(C a) const {
    if constexpr (is_complex_v<C>) return std::abs(a);
    else if constexpr (is_int_v<C> && std::is_signed_v<C>) return a < 0 ? wrap_sub<C>(C{}, a) : a;
    else if constexpr (std::is_unsigned_v<C>) return a;
    else return std::fabs(a);
  }
};

template <class C>
struct sign {
  PYXC_INLINE C operator()(C a) const {
    if constexpr (std::is_floating_point_v<C>)
      if (a != a) return a;
    return a > C{} ? C{1} : a < C{} ? C(-1) : C{};
  }
};

/// numpy's floor_divide: floors; an int divided by 0 gives 0, a float gives inf/nan.
template <class C>
struct floordiv {
  PYXC_INLINE C operator()(C a, C b) const {
    if constexpr (is_int_v<C>) {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<C>)
        if (b == -1) return wrap_sub<C>(C{}, a);
      C q = static_cast<C>(a / b);
      if constexpr (std::is_signed_v<C>)
        if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return q;
    } else {
      if (b == 0) return a / b;
      C mod = std::fmod(a, b);
      C div = (a - mod) / b;
      if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1;
      if (div == 0) return std::copysign(C{0}, a / b);
      C fl = std::floor(div);
      if (div - fl > C(0.5)) fl += 1;
      return fl;
    }
  }
};

/// numpy's remainder: the sign of the divisor; an int modulo 0 gives 0, a float gives nan.
template <class C>
struct mod {
  PYXC_INLINE C operator()(C a, C b) const {
    if constexpr (is_int_v<C>) {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<C>) {
        if (b == -1) return 0;
        C r = static_cast<C>(a % b);
        if (r != 0 && ((r < 0) != (b < 0))) r = static_cast<C>(r + b);
        return r;
      } else {
        return static_cast<C>(a % b);
      }
    } else {
      if (b == 0) return std::fmod(a, b);
      C m = std::fmod(a, b);
      if (m != 0) {
        if ((b < 0) != (m < 0)) m += b;
      } else {
        m = std::copysign(C{0}, b);
      }
      return m;
    }
  }
};

/// numpy's power: ints by repeated squaring (wrapping; a negative exponent is a ValueError).
template <class C>
struct power {
  PYXC_INLINE C operator()(C a, C b) const {
    if constexpr (is_int_v<C>) {
      if constexpr (std::is_signed_v<C>)
        if (b < 0) raise(exc_kind::ValueError, "Integers to negative integer powers are not allowed.");
      C result = 1;
      while (b) {
        if (b & 1) result = wrap_mul<C>(result, a);
        b = static_cast<C>(b >> 1);
        a = wrap_mul<C>(a, a);
      }
      return result;
    } else if constexpr (std::is_same_v<C, bool>) {
      return a || !b;
    } else {
      return std::pow(a, b);
    }
  }
};

/// np.where(cond, x, y) computing in C.
template <class C>
struct where {
  PYXC_INLINE C operator()(bool c, C a, C b) const { return c ? a : b; }
};

/// np.clip(x, lo, hi) = minimum(maximum(x, lo), hi), NaN-propagating like numpy's.
template <class C>
struct clip {
  PYXC_INLINE C operator()(C x, C lo, C hi) const {
    C m = maximum<C>{}(x, lo);
    return minimum<C>{}(m, hi);
  }
};

/// astype and dtype conversion: a plain C++ conversion to C (numpy's unsafe casting).
template <class C>
struct cast {
  template <class X>
  PYXC_INLINE C operator()(X x) const {
    if constexpr (is_complex_v<X> && !is_complex_v<C>) return static_cast<C>(x.real());
    else return static_cast<C>(x);
  }
};

}  // namespace pyxc::np::ops
