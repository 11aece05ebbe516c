// Joining arrays: np.concatenate, np.stack, np.vstack, np.hstack. The compiler converts the
// parts to the result dtype (numpy's promotion) and the same rank, and passes them as a
// vector; shapes are checked here with numpy's ValueError messages.
#pragma once

#include <string>
#include <vector>

#include "pyxc/list.hpp"
#include "pyxc/numpy/elementwise.hpp"

namespace pyxc::np {

namespace detail {

/// The arrays of a pyxc list, converted to ndarray<T, N>.
template <class T, int N, class L>
std::vector<ndarray<T, N>> arrays_of(const L& items) {
  std::vector<ndarray<T, N>> out;
  for (const auto& x : items) out.push_back(ndarray<T, N>(x));
  return out;
}
}  // namespace detail

/// np.atleast_2d for vstack: a 1-d array of n items is the (1, n) row.
template <class T>
ndarray<T, 2> atleast_2d(const ndarray<T, 1>& a) {
  return ndarray<T, 2>(a.data(), shape_t<2>{1, a.shape()[0]}, shape_t<2>{a.shape()[0] * a.strides()[0], a.strides()[0]},
                       a.owner());
}
template <class T, int N>
ndarray<T, N> atleast_2d(const ndarray<T, N>& a) {
  return a;
}

/// np.concatenate(parts, axis): a new array.
template <class T, int N>
ndarray<T, N> concatenate(const std::vector<ndarray<T, N>>& parts, int_t axis = 0) {
  if (parts.empty()) raise(exc_kind::ValueError, "need at least one array to concatenate");
  const int ax = normalize_axis(axis, N);
  shape_t<N> shape = parts[0].shape();
  shape[ax] = 0;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const auto& s = parts[k].shape();
    for (int d = 0; d < N; ++d)
      if (d != ax && s[d] != parts[0].shape()[d])
        raise(exc_kind::ValueError,
              "all the input array dimensions except for the concatenation axis must match exactly, but along "
              "dimension " + std::to_string(d) + ", the array at index 0 has size " +
                  std::to_string(parts[0].shape()[d]) + " and the array at index " + std::to_string(k) +
                  " has size " + std::to_string(s[d]));
    shape[ax] += s[ax];
  }
  ndarray<T, N> out{shape};
  index_t at = 0;
  for (const auto& p : parts) {
    ndarray<T, N> place(out.data() + at * out.strides()[ax], p.shape(), out.strides(), out.owner());
    assign(place, p);
    at += p.shape()[ax];
  }
  return out;
}

/// np.concatenate(parts, axis=None): the flattened parts, one after another.
template <class T, int N>
ndarray<T, 1> concatenate_flat(const std::vector<ndarray<T, N>>& parts) {
  std::vector<ndarray<T, 1>> flat;
  for (const auto& p : parts) flat.push_back(p.ravel());
  return concatenate(flat, 0);
}

/// np.stack(parts, axis): the parts (all of one shape) along a new axis.
template <class T, int N>
ndarray<T, N + 1> stack(const std::vector<ndarray<T, N>>& parts, int_t axis = 0) {
  if (parts.empty()) raise(exc_kind::ValueError, "need at least one array to stack");
  for (const auto& p : parts)
    if (p.shape() != parts[0].shape()) raise(exc_kind::ValueError, "all input arrays must have the same shape");
  const int ax = normalize_axis(axis, N + 1);
  std::vector<ndarray<T, N + 1>> expanded;
  for (const auto& p : parts) {
    shape_t<N + 1> s{}, st{};
    for (int d = 0, k = 0; d < N + 1; ++d) {
      if (d == ax) {
        s[d] = 1;
        st[d] = 0;
      } else {
        s[d] = p.shape()[k];
        st[d] = p.strides()[k];
        ++k;
      }
    }
    expanded.push_back(ndarray<T, N + 1>(p.data(), s, st, p.owner()));
  }
  return concatenate(expanded, ax);
}

}  // namespace pyxc::np
