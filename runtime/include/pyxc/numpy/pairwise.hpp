// numpy's float summation order: pairwise summation (eight accumulators over blocks of up to
// 128 items, halves split at multiples of 8) applied to chunks of 8192 items (numpy's buffer
// size) that are added in sequence. Sums written this way are bit-identical to numpy's.
#pragma once

#include "pyxc/numpy/ndarray.hpp"

namespace pyxc::np::detail {

inline constexpr index_t kPairwiseBlock = 128;
inline constexpr index_t kBufferSize = 8192;

/// numpy's sum of one pairwise leaf, get(lo..lo+n-1) with n <= kPairwiseBlock.
template <class Acc, class Get>
PYXC_INLINE Acc pairwise_leaf(const Get& get, index_t lo, index_t n) {
  if (n < 8) {
    Acc res = Acc(0);
    for (index_t i = 0; i < n; ++i) res += static_cast<Acc>(get(lo + i));
    return res;
  }
  Acc r[8];
  for (int j = 0; j < 8; ++j) r[j] = static_cast<Acc>(get(lo + j));
  index_t i = 8;
  for (; i < n - (n % 8); i += 8)
    for (int j = 0; j < 8; ++j) r[j] += static_cast<Acc>(get(lo + i + j));
  Acc res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
  for (; i < n; ++i) res += static_cast<Acc>(get(lo + i));
  return res;
}

/// leaf(lo, n) over numpy's pairwise tree of [lo, lo+n): halves split at multiples of 8 down
/// to blocks of kPairwiseBlock, results added with T's +.
template <class T, class Leaf>
T pairwise_tree(const Leaf& leaf, index_t lo, index_t n) {
  if (n <= kPairwiseBlock) return leaf(lo, n);
  index_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_tree<T>(leaf, lo, n2) + pairwise_tree<T>(leaf, lo + n2, n - n2);
}

/// numpy's pairwise_sum over get(lo..lo+n-1), accumulating in Acc.
template <class Acc, class Get>
Acc pairwise_sum(const Get& get, index_t lo, index_t n) {
  return pairwise_tree<Acc>([&get](index_t l, index_t m) { return pairwise_leaf<Acc>(get, l, m); }, lo, n);
}

}  // namespace pyxc::np::detail
