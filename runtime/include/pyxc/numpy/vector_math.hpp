// SIMD kernels for numpy's transcendental and rounding ufuncs on float64/float32 blocks, the
// way numpy itself uses SVML: sin, cos, exp, log, arctan2, hypot, ... call glibc's libmvec
// (`_ZGVeN8v_sin` on AVX-512, `_ZGVdN4v_sin` on AVX2; within 4 ulp of the correctly rounded
// result, as SVML is), and sqrt/floor/ceil/trunc/rint use the exact vector instructions.
// The ISA is chosen at run time (the module is built for baseline x86-64), with plain libm
// loops when the CPU has neither; `PYXC_VMATH=scalar|avx2|avx512` forces a choice (tests).
// libmvec comes with libm: its linker script adds libmvec.so.1 as needed.
#pragma once

#include <cmath>
#include <complex>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "pyxc/numpy/ops.hpp"

#if defined(__x86_64__) && defined(__GLIBC__) && !defined(PYXC_NO_VMATH)
#define PYXC_VMATH 1
#include <immintrin.h>
#endif

namespace pyxc::np::vmath {

enum class isa { scalar, avx2, avx512 };

/// The widest ISA this CPU runs (or the one PYXC_VMATH names, never wider than the CPU's).
inline isa detect_isa() {
#if PYXC_VMATH
  isa best = __builtin_cpu_supports("avx512f") ? isa::avx512
             : (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) ? isa::avx2
                                                                                : isa::scalar;
  if (const char* forced = std::getenv("PYXC_VMATH")) {
    std::string_view f = forced;
    isa want = f == "scalar" ? isa::scalar : f == "avx2" ? isa::avx2 : isa::avx512;
    if (static_cast<int>(want) < static_cast<int>(best)) best = want;
  }
  return best;
#else
  return isa::scalar;
#endif
}
inline isa current_isa() {
  static const isa chosen = detect_isa();
  return chosen;
}

/// vector_kernel<Op>: `run(in..., out, n)` applies Op to n items in a block; `available` says
/// whether Op has one (the elementwise evaluator only blocks expressions that use one).
template <class Op>
struct vector_kernel {
  static constexpr bool available = false;
};

#if PYXC_VMATH
#define PYXC_AVX512 __attribute__((target("avx512f")))
#define PYXC_AVX2 __attribute__((target("avx2,fma")))

// The loop over a block for vectors V of T: `v = EXPR` (EXPR reads `v`, and `u` for the
// second operand); the tail goes through a padded vector. A macro, not a template taking a
// lambda, so that every call of a vector function sits in a function of its ISA.
#define PYXC_VMATH_LANES(T, V, EXPR)                                                               \
  constexpr index_t W = sizeof(V) / sizeof(T);                                                     \
  index_t i = 0;                                                                                   \
  for (; i + W <= n; i += W) {                                                                     \
    V v, u;                                                                                        \
    std::memcpy(&v, a + i, sizeof v);                                                              \
    std::memcpy(&u, b + i, sizeof u);                                                              \
    v = EXPR;                                                                                      \
    std::memcpy(o + i, &v, sizeof v);                                                              \
  }                                                                                                \
  if (i < n) {                                                                                     \
    T x[W], y[W];                                                                                  \
    for (index_t k = 0; k < W; ++k) x[k] = a[i + (k < n - i ? k : 0)], y[k] = b[i + (k < n - i ? k : 0)]; \
    V v, u;                                                                                        \
    std::memcpy(&v, x, sizeof v);                                                                  \
    std::memcpy(&u, y, sizeof u);                                                                  \
    v = EXPR;                                                                                      \
    std::memcpy(x, &v, sizeof v);                                                                  \
    for (index_t k = 0; k < n - i; ++k) o[i + k] = x[k];                                           \
  }

// libmvec is called from inline assembly: clang 14 picks the calling convention of a declared
// function from the whole translation unit's ISA (baseline x86-64 here), so it would pass
// __m512d arguments in memory where libmvec reads zmm0/zmm1. The assembly loads the lanes
// into registers 0 (and 1), aligns the stack below the red zone, calls, stores register 0
// and clears the upper halves (the compiler's SSE code around it must not pay for them);
// everything the SysV ABI lets the callee change is declared clobbered.
#define PYXC_VMATH_GPR_CLOBBERS "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "cc", "memory"
#define PYXC_VMATH_XMM_CLOBBERS                                                                    \
  "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", \
      "xmm12", "xmm13", "xmm14", "xmm15"
#define PYXC_VMATH_ZMM_CLOBBERS                                                                    \
  PYXC_VMATH_XMM_CLOBBERS, "xmm16", "xmm17", "xmm18", "xmm19", "xmm20", "xmm21", "xmm22", "xmm23",  \
      "xmm24", "xmm25", "xmm26", "xmm27", "xmm28", "xmm29", "xmm30", "xmm31", "k1", "k2", "k3",      \
      "k4", "k5", "k6", "k7"
#define PYXC_VMATH_CALL(REG, SYM, pa, pb, po, ...)                                            \
  asm volatile("vmovups (%[a]), %%" REG "0\n\t"                                                    \
               "vmovups (%[b]), %%" REG "1\n\t"                                                    \
               "mov %%rsp, %%rbx\n\t"                                                              \
               "sub $128, %%rsp\n\t"                                                               \
               "and $-64, %%rsp\n\t"                                                               \
               "call " SYM "@PLT\n\t"                                                              \
               "mov %%rbx, %%rsp\n\t"                                                              \
               "vmovups %%" REG "0, (%[o])\n\t"                                                    \
               "vzeroupper"                                                                        \
               :                                                                                   \
               : [a] "r"(pa), [b] "r"(pb), [o] "r"(po)                                             \
               : PYXC_VMATH_GPR_CLOBBERS, __VA_ARGS__)

/// A block kernel NAME(a, b, o, n) calling libmvec's SYM on W lanes (b is ignored by unary SYMs).
#define PYXC_VMATH_KERNEL(ATTR, NAME, T, W, REG, SYM, ...)                                    \
  ATTR inline void NAME(const T* a, const T* b, T* o, index_t n) {                                 \
    index_t i = 0;                                                                                 \
    for (; i + W <= n; i += W) PYXC_VMATH_CALL(REG, SYM, a + i, b + i, o + i, __VA_ARGS__);           \
    if (i < n) {                                                                                   \
      T x[W], y[W];                                                                                \
      for (index_t k = 0; k < W; ++k) x[k] = a[i + (k < n - i ? k : 0)], y[k] = b[i + (k < n - i ? k : 0)]; \
      PYXC_VMATH_CALL(REG, SYM, x, y, x, __VA_ARGS__);                                                \
      for (index_t k = 0; k < n - i; ++k) o[i + k] = x[k];                                         \
    }                                                                                              \
  }

/// The kernels of ops::OP<double> and ops::OP<float> from libmvec's FN (V: `v` or `vv`, its
/// arity), with libm loops as the fallback.
#define PYXC_VMATH_FUNCTION(OP, FN, V)                                                             \
  namespace detail {                                                                               \
  PYXC_VMATH_KERNEL(PYXC_AVX512, FN##_avx512, double, 8, "zmm", "_ZGVeN8" #V "_" #FN, PYXC_VMATH_ZMM_CLOBBERS) \
  PYXC_VMATH_KERNEL(PYXC_AVX2, FN##_avx2, double, 4, "ymm", "_ZGVdN4" #V "_" #FN, PYXC_VMATH_XMM_CLOBBERS)     \
  PYXC_VMATH_KERNEL(PYXC_AVX512, FN##_avx512, float, 16, "zmm", "_ZGVeN16" #V "_" #FN "f", PYXC_VMATH_ZMM_CLOBBERS) \
  PYXC_VMATH_KERNEL(PYXC_AVX2, FN##_avx2, float, 8, "ymm", "_ZGVdN8" #V "_" #FN "f", PYXC_VMATH_XMM_CLOBBERS)      \
  }                                                                                                \
  template <class T>                                                                               \
    requires std::is_floating_point_v<T>                                                           \
  struct vector_kernel<ops::OP<T>> {                                                               \
    static constexpr bool available = sizeof(T) == 8 || sizeof(T) == 4;                            \
    static void run(const T* a, const T* b, T* o, index_t n) {                                     \
      switch (current_isa()) {                                                                     \
        case isa::avx512: return detail::FN##_avx512(a, b, o, n);                                  \
        case isa::avx2: return detail::FN##_avx2(a, b, o, n);                                      \
        default:                                                                                   \
          for (index_t i = 0; i < n; ++i) o[i] = scalar(a[i], b[i]);                               \
      }                                                                                            \
    }                                                                                              \
    static T scalar(T x, [[maybe_unused]] T y) {                                                   \
      if constexpr (std::is_invocable_v<ops::OP<T>, T, T>) return ops::OP<T>{}(x, y);              \
      else return ops::OP<T>{}(x);                                                                 \
    }                                                                                              \
    static void run(const T* a, T* o, index_t n) { run(a, a, o, n); }                              \
  };
#define PYXC_VMATH_UNARY(OP, FN) PYXC_VMATH_FUNCTION(OP, FN, v)
#define PYXC_VMATH_BINARY(OP, FN) PYXC_VMATH_FUNCTION(OP, FN, vv)

PYXC_VMATH_UNARY(sin, sin)
PYXC_VMATH_UNARY(cos, cos)
PYXC_VMATH_UNARY(tan, tan)
PYXC_VMATH_UNARY(arcsin, asin)
PYXC_VMATH_UNARY(arccos, acos)
PYXC_VMATH_UNARY(arctan, atan)
PYXC_VMATH_UNARY(sinh, sinh)
PYXC_VMATH_UNARY(cosh, cosh)
PYXC_VMATH_UNARY(tanh, tanh)
PYXC_VMATH_UNARY(exp, exp)
PYXC_VMATH_UNARY(expm1, expm1)
PYXC_VMATH_UNARY(log, log)
PYXC_VMATH_UNARY(log10, log10)
PYXC_VMATH_UNARY(log2, log2)
PYXC_VMATH_UNARY(log1p, log1p)
PYXC_VMATH_BINARY(arctan2, atan2)
PYXC_VMATH_BINARY(hypot, hypot)

// Exactly rounded operations: the vector instructions give libm's results bit for bit.
#define PYXC_VMATH_EXACT(OP, V512D, V256D, V512F, V256F)                                           \
  namespace detail {                                                                               \
  PYXC_AVX512 inline void OP##_avx512(const double* a, double* o, index_t n) {                     \
    const double* b = a; PYXC_VMATH_LANES(double, __m512d, V512D)                  \
  }                                                                                                \
  PYXC_AVX2 inline void OP##_avx2(const double* a, double* o, index_t n) {                         \
    const double* b = a; PYXC_VMATH_LANES(double, __m256d, V256D)                   \
  }                                                                                                \
  PYXC_AVX512 inline void OP##_avx512(const float* a, float* o, index_t n) {                       \
    const float* b = a; PYXC_VMATH_LANES(float, __m512, V512F)                     \
  }                                                                                                \
  PYXC_AVX2 inline void OP##_avx2(const float* a, float* o, index_t n) {                           \
    const float* b = a; PYXC_VMATH_LANES(float, __m256, V256F)                       \
  }                                                                                                \
  }                                                                                                \
  template <class T>                                                                               \
    requires std::is_floating_point_v<T>                                                           \
  struct vector_kernel<ops::OP<T>> {                                                               \
    static constexpr bool available = sizeof(T) == 8 || sizeof(T) == 4;                            \
    static void run(const T* a, T* o, index_t n) {                                                 \
      switch (current_isa()) {                                                                     \
        case isa::avx512: return detail::OP##_avx512(a, o, n);                                     \
        case isa::avx2: return detail::OP##_avx2(a, o, n);                                         \
        default:                                                                                   \
          for (index_t i = 0; i < n; ++i) o[i] = ops::OP<T>{}(a[i]);                               \
      }                                                                                            \
    }                                                                                              \
  };

#define PYXC_ROUND(mode) (mode | _MM_FROUND_NO_EXC)
PYXC_VMATH_EXACT(sqrt, _mm512_sqrt_pd(v), _mm256_sqrt_pd(v), _mm512_sqrt_ps(v), _mm256_sqrt_ps(v))
PYXC_VMATH_EXACT(floor, _mm512_roundscale_pd(v, PYXC_ROUND(_MM_FROUND_TO_NEG_INF)),
                 _mm256_round_pd(v, PYXC_ROUND(_MM_FROUND_TO_NEG_INF)),
                 _mm512_roundscale_ps(v, PYXC_ROUND(_MM_FROUND_TO_NEG_INF)),
                 _mm256_round_ps(v, PYXC_ROUND(_MM_FROUND_TO_NEG_INF)))
PYXC_VMATH_EXACT(ceil, _mm512_roundscale_pd(v, PYXC_ROUND(_MM_FROUND_TO_POS_INF)),
                 _mm256_round_pd(v, PYXC_ROUND(_MM_FROUND_TO_POS_INF)),
                 _mm512_roundscale_ps(v, PYXC_ROUND(_MM_FROUND_TO_POS_INF)),
                 _mm256_round_ps(v, PYXC_ROUND(_MM_FROUND_TO_POS_INF)))
PYXC_VMATH_EXACT(trunc, _mm512_roundscale_pd(v, PYXC_ROUND(_MM_FROUND_TO_ZERO)),
                 _mm256_round_pd(v, PYXC_ROUND(_MM_FROUND_TO_ZERO)),
                 _mm512_roundscale_ps(v, PYXC_ROUND(_MM_FROUND_TO_ZERO)),
                 _mm256_round_ps(v, PYXC_ROUND(_MM_FROUND_TO_ZERO)))
PYXC_VMATH_EXACT(rint, _mm512_roundscale_pd(v, PYXC_ROUND(_MM_FROUND_CUR_DIRECTION)),
                 _mm256_round_pd(v, PYXC_ROUND(_MM_FROUND_CUR_DIRECTION)),
                 _mm512_roundscale_ps(v, PYXC_ROUND(_MM_FROUND_CUR_DIRECTION)),
                 _mm256_round_ps(v, PYXC_ROUND(_MM_FROUND_CUR_DIRECTION)))
#undef PYXC_ROUND

/// np.abs of complex numbers: hypot of the parts (numpy's npy_cabs), the parts split per block.
template <class T>
struct vector_kernel<ops::abs<std::complex<T>>> {
  static constexpr bool available = std::is_same_v<T, double> || std::is_same_v<T, float>;
  static void run(const std::complex<T>* a, T* o, index_t n) {
    if (current_isa() == isa::scalar) {
      for (index_t i = 0; i < n; ++i) o[i] = std::hypot(a[i].real(), a[i].imag());
      return;
    }
    constexpr index_t kChunk = 256;
    T re[kChunk], im[kChunk];
    for (index_t lo = 0; lo < n; lo += kChunk) {
      index_t m = std::min(kChunk, n - lo);
      const T* p = reinterpret_cast<const T*>(a + lo);
      for (index_t i = 0; i < m; ++i) re[i] = p[2 * i], im[i] = p[2 * i + 1];
      vector_kernel<ops::hypot<T>>::run(re, im, o + lo, m);
    }
  }
};

#undef PYXC_VMATH_UNARY
#undef PYXC_VMATH_FUNCTION
#undef PYXC_VMATH_KERNEL
#undef PYXC_VMATH_CALL
#undef PYXC_VMATH_GPR_CLOBBERS
#undef PYXC_VMATH_XMM_CLOBBERS
#undef PYXC_VMATH_ZMM_CLOBBERS
#undef PYXC_VMATH_BINARY
#undef PYXC_VMATH_EXACT
#undef PYXC_VMATH_LANES
#undef PYXC_AVX512
#undef PYXC_AVX2
#endif  // PYXC_VMATH

}  // namespace pyxc::np::vmath
