// np.var/np.std over a whole array in one read of memory, agreeing with numpy's two passes.
//
// numpy computes m = sum(x) / n and then sum((x - m)**2), each sum in its order (pairwise
// within chunks of 8192 items, the chunks added in sequence: pairwise.hpp). Its rounding is
// dominated by those ~n/8192 sequential additions, so an accurate one-pass algorithm can land
// several ulps away from numpy. Here one read gathers, per chunk, numpy's sum of the chunk
// (bit for bit) and the chunk's deviations from its own mean (the chunk is re-read from cache);
// once m is known, each chunk's sum of squares about m follows exactly from those:
//   sum (x - m)^2 = sq + (mean - m) * (2 * dev + n * (mean - m)),
// and the chunks are added in numpy's sequence, so numpy's dominant rounding is reproduced.
// Contiguous float64 chunks run the same arithmetic compiled for AVX-512 or AVX2 when the CPU
// has it (chosen at run time like vector_math.hpp): the results are the same bits.
#pragma once

#include <cmath>

#include "pyxc/numpy/pairwise.hpp"
#include "pyxc/numpy/vector_math.hpp"

namespace pyxc::np::detail {

/// Sums of x - centre and of (x - centre)^2 over some items.
struct deviation_sums {
  double dev = 0, sq = 0;
  friend deviation_sums operator+(const deviation_sums& a, const deviation_sums& b) {
    return {a.dev + b.dev, a.sq + b.sq};
  }
};

/// One chunk as var needs it. Acc is the dtype numpy sums in; deviations are float64.
template <class Acc>
struct chunk_moments {
  index_t n = 0;
  Acc sum = 0;        // numpy's pairwise sum of the chunk, bit for bit
  double mean = 0;    // sum / n: the centre the deviations are taken about
  deviation_sums deviations;  // sum of (x - mean), what the rounding of mean left, and of (x - mean)^2
};

/// Deviations of get(lo..lo+n-1) from `centre`: eight independent accumulators per sum, lane
/// j taking items j, j+8, ... Written with an 8-lane vector type because clang's vectoriser
/// pairs d with d*d instead (the loop then runs scalar); the lanes are the same arithmetic as
/// eight scalars, so the bits do not depend on the vector width the ISA gives it.
template <class Get>
PYXC_INLINE deviation_sums deviation_leaf(const Get& get, index_t lo, index_t n, double centre) {
  typedef double lanes __attribute__((vector_size(64)));
  lanes d8 = {}, q8 = {};
  const index_t full = n - n % 8;
  for (index_t i = 0; i < full; i += 8) {
    lanes x = {static_cast<double>(get(lo + i)),     static_cast<double>(get(lo + i + 1)),
               static_cast<double>(get(lo + i + 2)), static_cast<double>(get(lo + i + 3)),
               static_cast<double>(get(lo + i + 4)), static_cast<double>(get(lo + i + 5)),
               static_cast<double>(get(lo + i + 6)), static_cast<double>(get(lo + i + 7))};
    lanes d = x - centre;
    d8 += d;
    q8 += d * d;
  }
  deviation_sums s{((d8[0] + d8[1]) + (d8[2] + d8[3])) + ((d8[4] + d8[5]) + (d8[6] + d8[7])),
                   ((q8[0] + q8[1]) + (q8[2] + q8[3])) + ((q8[4] + q8[5]) + (q8[6] + q8[7]))};
  for (index_t i = full; i < n; ++i) {
    double d = static_cast<double>(get(lo + i)) - centre;
    s.dev += d;
    s.sq += d * d;
  }
  return s;
}

/// chunk_moments of get(0..n-1), any n (at most one chunk).
template <class Acc, class Get>
chunk_moments<Acc> chunk_moments_of(const Get& get, index_t n) {
  chunk_moments<Acc> c;
  c.n = n;
  if (n == 0) return c;
  c.sum = pairwise_sum<Acc>(get, 0, n);
  c.mean = static_cast<double>(c.sum) / static_cast<double>(n);
  double centre = c.mean;
  c.deviations = pairwise_tree<deviation_sums>(
      [&](index_t lo, index_t m) { return deviation_leaf(get, lo, m, centre); }, 0, n);
  return c;
}

/// chunk_moments of a whole chunk of contiguous float64: numpy's tree over 64 leaves of 128
/// is a balanced one, so it is written as loops (no recursion: all of it inlines into the
/// ISA-specific copies below).
PYXC_INLINE chunk_moments<double> full_chunk_moments(const double* p) {
  constexpr int kLeaves = static_cast<int>(kBufferSize / kPairwiseBlock);
  auto get = [p](index_t i) { return p[i]; };
  double s[kLeaves];
  for (int b = 0; b < kLeaves; ++b) s[b] = pairwise_leaf<double>(get, b * kPairwiseBlock, kPairwiseBlock);
  for (int w = kLeaves; w > 1; w /= 2)
    for (int i = 0; i < w / 2; ++i) s[i] = s[2 * i] + s[2 * i + 1];
  chunk_moments<double> c;
  c.n = kBufferSize;
  c.sum = s[0];
  c.mean = c.sum / static_cast<double>(kBufferSize);
  deviation_sums d[kLeaves];
  for (int b = 0; b < kLeaves; ++b) d[b] = deviation_leaf(get, b * kPairwiseBlock, kPairwiseBlock, c.mean);
  for (int w = kLeaves; w > 1; w /= 2)
    for (int i = 0; i < w / 2; ++i) d[i] = d[2 * i] + d[2 * i + 1];
  c.deviations = d[0];
  return c;
}

PYXC_INLINE chunk_moments<double> contiguous_chunk(const double* p, index_t n) {
  if (n == kBufferSize) return full_chunk_moments(p);
  return chunk_moments_of<double>([p](index_t i) { return p[i]; }, n);
}

using contiguous_chunk_fn = chunk_moments<double> (*)(const double*, index_t);

inline chunk_moments<double> contiguous_chunk_plain(const double* p, index_t n) { return contiguous_chunk(p, n); }
#if PYXC_VMATH
__attribute__((target("avx2"))) inline chunk_moments<double> contiguous_chunk_avx2(const double* p, index_t n) {
  return contiguous_chunk(p, n);
}
__attribute__((target("avx512f"))) inline chunk_moments<double> contiguous_chunk_avx512(const double* p, index_t n) {
  return contiguous_chunk(p, n);
}
#endif

/// contiguous_chunk compiled for the widest SIMD the CPU has.
inline contiguous_chunk_fn contiguous_chunk_kernel() {
#if PYXC_VMATH
  switch (vmath::current_isa()) {
    case vmath::isa::avx512: return contiguous_chunk_avx512;
    case vmath::isa::avx2: return contiguous_chunk_avx2;
    default: break;
  }
#endif
  return contiguous_chunk_plain;
}

/// numpy's var from the chunks in numpy's order: m = (sum of chunk sums) / count, then the
/// chunks' sums of squares about m added in sequence, over count - ddof.
template <class Acc, class Chunks>
Acc var_of_chunks(const Chunks& chunks, index_t count, index_t ddof) {
  Acc total = Acc(0);
  for (const auto& c : chunks) total += c.sum;
  Acc m = total / static_cast<Acc>(count);
  Acc ss = Acc(0);
  for (const auto& c : chunks) {
    double dm = c.mean - static_cast<double>(m);
    ss += static_cast<Acc>(c.deviations.sq + dm * (2.0 * c.deviations.dev + static_cast<double>(c.n) * dm));
  }
  return ss / static_cast<Acc>(std::max<index_t>(count - ddof, 0));
}

}  // namespace pyxc::np::detail
