// np.random.uniform and np.random.normal with array parameters, as numpy's legacy RandomState
// draws them (cont_broadcast_2 in numpy/random/_common.pyx): the parameters' constraints are
// checked on every element first, then one draw per item of the output in C order, the
// parameters broadcast against it. The output's shape is `size` when given (the parameters must
// broadcast to it), else the parameters' broadcast shape. randint with array bounds follows
// _rand_int64_broadcast (numpy/random/_bounded_integers.pyx), the same masked draws as its
// scalar form, one per item.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
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

namespace detail {
/// A randint bound as numpy reads it: int64 values in C order and their shape (a scalar: ()).
struct int_param {
  std::vector<std::int64_t> values;
  std::vector<index_t> shape;
};
template <class X>
int_param int_param_of(const X& x) {
  if constexpr (is_expr_v<X>) {
    constexpr int N = rank_of<X>;
    ndarray<std::int64_t, N> c{x.shape(), ndarray<std::int64_t, N>::uninitialized};  // C-ordered
    assign(c, x);
    return {std::vector<std::int64_t>(c.data(), c.data() + c.size()), shape_vector(c.shape())};
  } else {
    return {{static_cast<std::int64_t>(x)}, {}};
  }
}

/// high - 1 as numpy computes it: in high's own dtype (so 0 of a uint8 array wraps to 255), after
/// checking that no int64 high is the lowest int64 (numpy's "high <= low bound").
template <class X>
int_param int_param_minus_one(const X& x, bool* at_bound) {
  int_param p = int_param_of(x);
  using T = std::conditional_t<is_expr_v<X>, value_of<X>, std::int64_t>;
  for (std::int64_t& v : p.values) {
    if (v == std::numeric_limits<std::int64_t>::min()) *at_bound = true;
    v = static_cast<std::int64_t>(ops::sub<T>{}(static_cast<T>(v), T(1)));
  }
  return p;
}

/// A shape as numpy's ufunc broadcasting error prints it: (2,3), (3,), ().
inline std::string tuple_text_compact(const std::vector<index_t>& v) {
  std::string t = "(";
  for (std::size_t k = 0; k < v.size(); ++k) t += (k ? "," : "") + std::to_string(v[k]);
  return t + (v.size() == 1 ? ",)" : ")");
}

/// numpy's format_bounds_error: "high <= 0" when every low is 0 (randint(n)), else "low >= high".
[[noreturn]] inline void randint_bounds_error(const int_param& low) {
  bool any = false;
  for (std::int64_t v : low.values) any = any || v != 0;
  raise(exc_kind::ValueError, any ? "low >= high" : "high <= 0");
}

/// C-order offsets of a parameter of shape `s` read at the items of broadcast shape `b`.
class broadcast_reader {
 public:
  broadcast_reader(const std::vector<index_t>& s, const std::vector<index_t>& b) : index_(b.size(), 0), extent_(b), step_(b.size(), 0) {
    index_t stride = 1;
    for (std::size_t k = s.size(); k-- > 0;) {
      std::size_t d = b.size() - s.size() + k;
      step_[d] = s[k] == 1 ? 0 : stride;
      stride *= s[k];
    }
  }
  index_t offset() const { return offset_; }
  void next() {
    for (std::size_t d = index_.size(); d-- > 0;) {
      offset_ += step_[d];
      if (++index_[d] < extent_[d]) return;
      offset_ -= step_[d] * index_[d];
      index_[d] = 0;
    }
  }

 private:
  std::vector<index_t> index_, extent_, step_;
  index_t offset_ = 0;
};

template <int R, class L, class H>
ndarray<std::int64_t, R> randint_arrays(const L& low, const H& high, const shape_t<R>* size) {
  // numpy returns an empty array for an empty size before it looks at the bounds.
  if (size && shape_size<R>(*size) == 0) return ndarray<std::int64_t, R>{*size};
  bool at_bound = false;
  const int_param lo = int_param_of(low), hi = int_param_minus_one(high, &at_bound);
  if (at_bound) randint_bounds_error(lo);
  // low > high - 1 anywhere (numpy's np.greater, with its broadcasting ValueError); hi holds high - 1.
  std::vector<index_t> pair(std::max(lo.shape.size(), hi.shape.size()), 1);
  for (const auto* s : {&lo.shape, &hi.shape})
    for (std::size_t k = 0; k < s->size(); ++k) {
      index_t& o = pair[pair.size() - s->size() + k];
      index_t e = (*s)[k];
      if (o == 1) o = e;
      else if (e != 1 && e != o)
        raise(exc_kind::ValueError, "operands could not be broadcast together with shapes " + tuple_text_compact(lo.shape) +
                                        " " + tuple_text_compact(hi.shape) + " ");
    }
  {
    broadcast_reader at_lo(lo.shape, pair), at_hi(hi.shape, pair);
    index_t count = 1;
    for (index_t e : pair) count *= e;
    for (index_t i = 0; i < count; ++i, at_lo.next(), at_hi.next())
      if (lo.values[at_lo.offset()] > hi.values[at_hi.offset()]) randint_bounds_error(lo);
  }
  // The output is `size` (else the bounds' broadcast shape); numpy iterates the broadcast of
  // low, high and the output in C order, one draw per item of the output.
  std::vector<std::vector<index_t>> shapes = {lo.shape, hi.shape};
  if (size) shapes.push_back(shape_vector(*size));
  const std::vector<index_t> joined = multi_broadcast(shapes);
  shape_t<R> out_shape{};
  for (int k = 0; k < R; ++k) out_shape[k] = size ? (*size)[k] : joined[k];
  ndarray<std::int64_t, R> out{out_shape, ndarray<std::int64_t, R>::uninitialized};
  broadcast_reader at_lo(lo.shape, joined), at_hi(hi.shape, joined);
  auto& st = global_state();
  const index_t n = out.size();
  for (index_t i = 0; i < n; ++i, at_lo.next(), at_hi.next()) {
    const auto off = static_cast<std::uint64_t>(lo.values[at_lo.offset()]);
    const auto rng = static_cast<std::uint64_t>(hi.values[at_hi.offset()]) - off;
    out.data()[i] = static_cast<std::int64_t>(off + st.bounded(rng));
  }
  return out;
}
}  // namespace detail

/// randint(low, high) with an array low or high (int64 draws broadcast over them).
template <int R, class L, class H>
ndarray<std::int64_t, R> randint_arrays(const L& low, const H& high) {
  return detail::randint_arrays<R>(low, high, nullptr);
}
/// randint(low, high, size): `size` items, the bounds broadcast against it.
template <std::size_t M, class L, class H, int R = static_cast<int>(M)>
ndarray<std::int64_t, R> randint_arrays(const L& low, const H& high, const std::array<index_t, M>& size) {
  return detail::randint_arrays<R>(low, high, &size);
}

}  // namespace pyxc::np::random
