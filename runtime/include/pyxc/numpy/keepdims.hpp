// keepdims=True for reductions: the reduced axes stay as extents of 1, so the result
// broadcasts against the input (`x - x.mean(axis=1, keepdims=True)`).
#pragma once

#include <string>

#include "pyxc/numpy/ndarray.hpp"

namespace pyxc::np {

/// A whole-array reduction's value as an N-d array of shape (1, ..., 1).
template <int N, class T>
ndarray<T, N> keep_all(const T& value) {
  shape_t<N> shape;
  shape.fill(1);
  ndarray<T, N> out{shape};
  out.data()[0] = value;
  return out;
}

/// The same for a 1-d array reduced along `axis` (0 or -1; numpy's AxisError text otherwise).
template <int N, class T>
ndarray<T, N> keep_all(const T& value, int_t axis) {
  normalize_axis(axis, N);
  return keep_all<N>(value);
}

/// A reduction along `axis` of an N-d array (an (N-1)-d result) with that axis put back as 1.
template <class T, int M>
ndarray<T, M + 1> keep_axis(const ndarray<T, M>& reduced, int_t axis) {
  constexpr int N = M + 1;
  const int ax = static_cast<int>(axis < 0 ? axis + N : axis);  // checked by the reduction
  shape_t<N> shape{}, strides{};
  for (int d = 0, k = 0; d < N; ++d) {
    if (d == ax) {
      shape[d] = 1;
      strides[d] = k < M ? reduced.strides()[k] * reduced.shape()[k] : 1;
    } else {
      shape[d] = reduced.shape()[k];
      strides[d] = reduced.strides()[k];
      ++k;
    }
  }
  return ndarray<T, N>(reduced.data(), shape, strides, reduced.owner());
}

}  // namespace pyxc::np
