// np.random.uniform and np.random.normal with array parameters, as numpy's legacy RandomState
// draws them (cont_broadcast_2 in numpy/random/_common.pyx): the parameters' constraints are
// checked on every element first, then one draw per item of the output in C order, the
// parameters broadcast against it. The output's shape is `size` when given (the parameters must
// broadcast to it), else the parameters' broadcast shape.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "pyxc/numpy/elementwise.hpp"
#include "pyxc/numpy/random.hpp"

namespace pyxc::np::random {

namespace detail {
template <std::size_t M>
std::vector<index_t> shape_vector(const std::array<index_t, M>& s) {
  return std::vector<index_t>(s.begin(), s.end());
}

/// A shape as Python prints a tuple: (2, 3), (3,).
inline std::string tuple_text(const std::vector<index_t>& v) {
  std::string t = "(";
  for (std::size_t k = 0; k < v.size(); ++k) t += (k ? ", " : "") + std::to_string(v[k]);
  return t + (v.size() == 1 ? ",)" : ")");
}

/// numpy's PyArray_Broadcast of `shapes`: the broadcast shape, or its ValueError naming the
/// first two arguments that disagree (scanning the result's axes from the left).
inline std::vector<index_t> multi_broadcast(const std::vector<std::vector<index_t>>& shapes) {
  std::size_t nd = 0;
  for (const auto& s : shapes) nd = std::max(nd, s.size());
  std::vector<index_t> out(nd, 1);
  for (std::size_t i = 0; i < nd; ++i) {
    std::size_t source = 0;
    for (std::size_t j = 0; j < shapes.size(); ++j) {
      const auto& s = shapes[j];
      if (i + s.size() < nd) continue;
      index_t extent = s[i + s.size() - nd];
      if (extent == 1) continue;
      if (out[i] == 1) {
        out[i] = extent;
        source = j;
      } else if (out[i] != extent) {
        raise(exc_kind::ValueError, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg " +
                                        std::to_string(source) + " with shape " + tuple_text(shapes[source]) + " and arg " +
                                        std::to_string(j) + " with shape " + tuple_text(s) + ".");
      }
    }
  }
  return out;
}

/// The output of a draw with parameters a and b: `size` when given, else their broadcast shape.
template <int R, class A, class B>
shape_t<R> draw_shape(const A& a, const B& b, const shape_t<R>* size) {
  std::vector<std::vector<index_t>> shapes = {shape_vector(shape_of(a)), shape_vector(shape_of(b))};
  if (size) shapes.insert(shapes.begin(), shape_vector(*size));
  std::vector<index_t> joined = multi_broadcast(shapes);
  if (size && joined != shapes[0]) {
    raise(exc_kind::ValueError, "Output size " + tuple_text(shapes[0]) +
                                    " is not compatible with broadcast dimensions of inputs " + tuple_text(joined) + ".");
  }
  shape_t<R> s{};
  for (int k = 0; k < R; ++k) s[k] = joined[k];
  return s;
}

/// Draws f(a_i, b_i) for every item i of the output, the parameters broadcast to its shape.
template <int R, class A, class B, class F>
ndarray<double, R> draw_broadcast(const A& a, const B& b, const shape_t<R>* size, F&& f) {
  const shape_t<R> shape = draw_shape<R>(a, b, size);
  ndarray<double, R> out{shape, ndarray<double, R>::uninitialized};
  ndarray<double, R> as{shape, ndarray<double, R>::uninitialized}, bs{shape, ndarray<double, R>::uninitialized};
  assign(as, a);
  assign(bs, b);
  const index_t n = out.size();
  for (index_t i = 0; i < n; ++i) out.data()[i] = f(as.data()[i], bs.data()[i]);
  return out;
}

/// check_array_constraint(CONS_NON_NEGATIVE): every element (NaN passes, -0.0 does not).
template <class E>
void check_all_non_negative(const E& e, const char* name) {
  if constexpr (is_expr_v<E>) {
    constexpr int N = rank_of<E>;
    ndarray<double, N> a{e.shape(), ndarray<double, N>::uninitialized};  // C-ordered: contiguous items
    assign(a, e);
    for (index_t i = 0; i < a.size(); ++i) check_non_negative(a.data()[i], name);
  } else {
    check_non_negative(static_cast<double>(e), name);
  }
}
}  // namespace detail

namespace detail {
template <int R, class L, class S>
ndarray<double, R> normal_arrays(const L& loc, const S& scale, const shape_t<R>* size) {
  check_all_non_negative(scale, "scale");
  auto& st = global_state();
  return draw_broadcast<R>(loc, scale, size, [&](double l, double s) { return l + s * st.gauss(); });
}

/// low + (high - low) * sample, the range computed first (numpy's np.subtract(high, low), with
/// its broadcasting ValueError) and checked finite everywhere.
template <int R, class L, class H>
ndarray<double, R> uniform_arrays(const L& low, const H& high, const shape_t<R>* size) {
  const auto range = eval(map<ops::sub<double>>(high, low));  // a new C-ordered array
  for (index_t i = 0; i < range.size(); ++i)
    if (!std::isfinite(range.data()[i])) raise(exc_kind::OverflowError, "Range exceeds valid bounds");
  auto& st = global_state();
  return draw_broadcast<R>(low, range, size, [&](double l, double r) { return l + r * st.sample(); });
}
}  // namespace detail

/// normal(loc, scale) with an array loc or scale: the parameters' broadcast shape.
template <int R, class L, class S>
ndarray<double, R> normal_arrays(const L& loc, const S& scale) {
  return detail::normal_arrays<R>(loc, scale, nullptr);
}
/// normal(loc, scale, size): the parameters broadcast to `size`.
template <std::size_t M, class L, class S, int R = static_cast<int>(M)>
ndarray<double, R> normal_arrays(const L& loc, const S& scale, const std::array<index_t, M>& size) {
  return detail::normal_arrays<R>(loc, scale, &size);
}

/// uniform(low, high) with an array low or high.
template <int R, class L, class H>
ndarray<double, R> uniform_arrays(const L& low, const H& high) {
  return detail::uniform_arrays<R>(low, high, nullptr);
}
template <std::size_t M, class L, class H, int R = static_cast<int>(M)>
ndarray<double, R> uniform_arrays(const L& low, const H& high, const std::array<index_t, M>& size) {
  return detail::uniform_arrays<R>(low, high, &size);
}

}  // namespace pyxc::np::random
