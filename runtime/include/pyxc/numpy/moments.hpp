// Count, mean and sum of squared deviations (M2) of an array's values in one pass over
// memory, for var/std: each block of 1024 items is summed and then its squared deviations
// from the block mean accumulated while it is in L1 (eight independent accumulators, so the
// loops vectorise without reassociating anything), and blocks merge by Chan et al.'s pairwise
// formula. Contiguous float64 rows run the same arithmetic compiled for AVX-512 or AVX2 when
// the CPU has it (chosen at run time like vector_math.hpp): the results are the same bits.
#pragma once

#include <cmath>

#include "pyxc/numpy/ndarray.hpp"
#include "pyxc/numpy/vector_math.hpp"

namespace pyxc::np {

namespace detail {
/// Count, mean and sum of squared deviations of a set of values (Chan et al.'s merge).
template <class Acc>
struct moments {
  double n = 0;
  Acc mean = 0, m2 = 0;
};
template <class Acc>
moments<Acc> merge(const moments<Acc>& a, const moments<Acc>& b) {
  if (a.n == 0) return b;
  if (b.n == 0) return a;
  moments<Acc> out;
  out.n = a.n + b.n;
  Acc delta = b.mean - a.mean;
  out.mean = a.mean + delta * static_cast<Acc>(b.n / out.n);
  out.m2 = a.m2 + b.m2 + delta * delta * static_cast<Acc>(a.n * b.n / out.n);
  return out;
}

inline constexpr index_t kMomentBlock = 1024;

/// Moments of get(lo..lo+n-1) for one block (n <= kMomentBlock) in two passes over it.
template <class Acc, class Get>
PYXC_INLINE moments<Acc> leaf_moments(const Get& get, index_t lo, index_t n) {
  moments<Acc> m;
  m.n = static_cast<double>(n);
  if (n == 0) return m;
  // Eight independent accumulators per pass: the loops vectorise and the block stays in L1.
  Acc s[8] = {};
  index_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int j = 0; j < 8; ++j) s[j] += static_cast<Acc>(get(lo + i + j));
  Acc sum = ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
  for (; i < n; ++i) sum += static_cast<Acc>(get(lo + i));
  m.mean = sum / static_cast<Acc>(n);
  const Acc mu = m.mean;
  Acc q[8] = {};
  for (i = 0; i + 8 <= n; i += 8)
    for (int j = 0; j < 8; ++j) {
      Acc d = static_cast<Acc>(get(lo + i + j)) - mu;
      q[j] += d * d;
    }
  Acc m2 = ((q[0] + q[1]) + (q[2] + q[3])) + ((q[4] + q[5]) + (q[6] + q[7]));
  for (; i < n; ++i) {
    Acc d = static_cast<Acc>(get(lo + i)) - mu;
    m2 += d * d;
  }
  m.m2 = m2;
  return m;
}

/// Moments of get(lo..lo+n-1): blocks read twice while in cache, merged pairwise.
template <class Acc, class Get>
moments<Acc> block_moments(const Get& get, index_t lo, index_t n) {
  if (n <= kMomentBlock) return leaf_moments<Acc>(get, lo, n);
  index_t half = (n / 2 + kMomentBlock - 1) / kMomentBlock * kMomentBlock;
  return merge(block_moments<Acc>(get, lo, half), block_moments<Acc>(get, lo + half, n - half));
}
}  // namespace detail

namespace detail {
using moments_leaf_fn = moments<double> (*)(const double*, index_t);

inline moments<double> moments_leaf_plain(const double* p, index_t n) {
  return leaf_moments<double>([p](index_t i) { return p[i]; }, 0, n);
}
#if PYXC_VMATH
__attribute__((target("avx2"))) inline moments<double> moments_leaf_avx2(const double* p, index_t n) {
  return leaf_moments<double>([p](index_t i) { return p[i]; }, 0, n);
}
__attribute__((target("avx512f"))) inline moments<double> moments_leaf_avx512(const double* p, index_t n) {
  return leaf_moments<double>([p](index_t i) { return p[i]; }, 0, n);
}
#endif

inline moments_leaf_fn moments_leaf() {
#if PYXC_VMATH
  switch (vmath::current_isa()) {
    case vmath::isa::avx512: return moments_leaf_avx512;
    case vmath::isa::avx2: return moments_leaf_avx2;
    default: break;
  }
#endif
  return moments_leaf_plain;
}

inline moments<double> contiguous_moments(moments_leaf_fn leaf, const double* p, index_t n) {
  if (n <= kMomentBlock) return leaf(p, n);
  index_t half = (n / 2 + kMomentBlock - 1) / kMomentBlock * kMomentBlock;
  return merge(contiguous_moments(leaf, p, half), contiguous_moments(leaf, p + half, n - half));
}

/// block_moments of n contiguous float64 values, with the widest SIMD the CPU has.
inline moments<double> contiguous_moments(const double* p, index_t n) { return contiguous_moments(moments_leaf(), p, n); }
}  // namespace detail

}  // namespace pyxc::np
