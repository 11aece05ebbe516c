// `for x in a` (over the first axis: elements of a 1-d array, rows of a 2-d one) and len(a).
#pragma once

#include "pyxc/numpy/ndarray.hpp"

namespace pyxc::np {

/// Over the rows of an N-d array (views).
template <class T, int N>
class axis0_iterator {
 public:
  axis0_iterator(const ndarray<T, N>& a, index_t i) : a_(&a), i_(i) {}
  decltype(auto) operator*() const { return a_->get(i_); }
  axis0_iterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator!=(const axis0_iterator& o) const { return i_ != o.i_; }

 private:
  const ndarray<T, N>* a_;
  index_t i_;
};

/// Over a 1-d array: a pointer stepped by the stride, both held in the iterator (stores in
/// the loop body then cannot make the compiler reload them from the array each time).
template <class T>
class axis0_iterator<T, 1> {
 public:
  axis0_iterator(const ndarray<T, 1>& a, index_t i) : p_(i == 0 ? a.data() : nullptr), step_(a.strides()[0]), i_(i) {}
  T& operator*() const { return *p_; }
  axis0_iterator& operator++() {
    p_ += step_;
    ++i_;
    return *this;
  }
  bool operator!=(const axis0_iterator& o) const { return i_ != o.i_; }

 private:
  T* p_;
  index_t step_;
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
