// `for x in a` (over the first axis: elements of a 1-d array, rows of a 2-d one) and len(a).
#pragma once

#include "pyxc/numpy/ndarray.hpp"

namespace pyxc::np {

template <class T, int N>
class axis0_iterator {
 public:
  axis0_iterator(const ndarray<T, N>& a, index_t i) : a_(&a), i_(i) {}
  decltype(auto) operator*() const {
    if constexpr (N == 1) return static_cast<T&>(a_->data()[i_ * a_->strides()[0]]);
    else return a_->get(i_);
  }
  axis0_iterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator!=(const axis0_iterator& o) const { return i_ != o.i_; }

 private:
  const ndarray<T, N>* a_;
  index_t i_;
};

template <class T, int N>
axis0_iterator<T, N> begin(const ndarray<T, N>& a) {
  return {a, 0};
}
template <class T, int N>
axis0_iterator<T, N> end(const ndarray<T, N>& a) {
  return {a, a.shape()[0]};
}

}  // namespace pyxc::np

namespace pyxc {
/// len(a): the extent of the first axis, as numpy's.
template <class T, int N>
PYXC_INLINE int_t len(const np::ndarray<T, N>& a) {
  return a.shape()[0];
}
}  // namespace pyxc
