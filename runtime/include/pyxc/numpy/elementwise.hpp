// Elementwise expressions with numpy broadcasting, evaluated lazily: `a * b + c` builds a
// tree of map_expr nodes (no temporaries) that one loop evaluates when the result is
// assigned, reduced or returned. The C++ type each operation computes in is chosen by the
// compiler's type inference (numpy's promotion rules) and spelled in the generated code.
#pragma once

#include <tuple>
#include <utility>
#include <vector>

#include "pyxc/numpy/ndarray.hpp"
#include "pyxc/numpy/vector_math.hpp"

namespace pyxc::np {

template <class E>
struct expr_info {
  using value_type = E;
  static constexpr int rank = 0;
};
template <class E>
  requires is_expr_v<E>
struct expr_info<E> {
  using value_type = typename E::value_type;
  static constexpr int rank = E::rank;
};
template <class E>
using value_of = typename expr_info<std::remove_cvref_t<E>>::value_type;
template <class E>
inline constexpr int rank_of = expr_info<std::remove_cvref_t<E>>::rank;

template <class E>
auto shape_of(const E& e) {
  if constexpr (is_expr_v<E>) return e.shape();
  else return shape_t<0>{};
}

/// Right-aligned broadcasting of `s` into `out`; false when an extent disagrees.
template <int R, std::size_t M>
bool broadcast_into(shape_t<R>& out, const std::array<index_t, M>& s) {
  for (int k = 0; k < static_cast<int>(M); ++k) {
    index_t& o = out[R - static_cast<int>(M) + k];
    if (o == 1) o = s[k];
    else if (s[k] != 1 && s[k] != o) return false;
  }
  return true;
}

template <std::size_t M>
std::string operand_shape_text(const std::array<index_t, M>& s) {
  if constexpr (M == 0) return "()";
  else return shape_text(s);
}

// ------------------------------------------------------------------ cursors
// A cursor reads one expression row by row: seek(outer) positions it at the row of the
// outer indices, then [i] reads element i of that row. unit() says every array below reads
// its row contiguously, so at_unit(i) may index memory directly (the vectorisable loop).
// A cursor with `blocked` set holds a vector_cursor (a SIMD math function): its rows are read
// in blocks, prepare(i0, n) computing the functions for items i0..i0+n-1 of the row, after
// which [i] and at_unit(i) read item i0+i.

template <class T>
struct scalar_cursor {
  static constexpr bool blocked = false;
  T v;
  void seek(const index_t*) {}
  void prepare(index_t, index_t) {}
  PYXC_INLINE T operator[](index_t) const { return v; }
  PYXC_INLINE T at_unit(index_t) const { return v; }
  bool unit() const { return true; }
};

template <class T, int R>
struct array_cursor {
  static constexpr bool blocked = false;
  const T* base;
  shape_t<R> strides;  // aligned to the result's axes; 0 along broadcast axes
  const T* row;
  index_t inner;
  const T* row_start;  // the row seek() found (row moves to a block's start)
  void seek(const index_t* outer) {
    row = base;
    for (int d = 0; d < R - 1; ++d) row += outer[d] * strides[d];
    row_start = row;
  }
  void prepare(index_t i0, index_t) { row = row_start + i0 * inner; }
  PYXC_INLINE T operator[](index_t i) const { return row[i * inner]; }
  PYXC_INLINE T at_unit(index_t i) const { return row[i]; }
  bool unit() const { return inner == 1; }
};

template <class Op, class... Cs>
struct map_cursor {
  static constexpr bool blocked = (false || ... || Cs::blocked);
  std::tuple<Cs...> cs;
  void seek(const index_t* outer) {
    std::apply([&](auto&... c) { (c.seek(outer), ...); }, cs);
  }
  void prepare(index_t i0, index_t n) {
    std::apply([&](auto&... c) { (c.prepare(i0, n), ...); }, cs);
  }
  PYXC_INLINE auto operator[](index_t i) const {
    return std::apply([&](const auto&... c) { return Op{}(c[i]...); }, cs);
  }
  PYXC_INLINE auto at_unit(index_t i) const {
    return std::apply([&](const auto&... c) { return Op{}(c.at_unit(i)...); }, cs);
  }
  bool unit() const {
    return std::apply([&](const auto&... c) { return (true && ... && c.unit()); }, cs);
  }
};

/// Is cursor C an array of T's?
template <class C, class T>
struct reads_array_of : std::false_type {};
template <class T, int R>
struct reads_array_of<array_cursor<T, R>, T> : std::true_type {};

template <class Op>
struct op_input;
template <template <class> class O, class C>
struct op_input<O<C>> {
  using type = C;
};

/// Op computed for a block at a time by its SIMD kernel (vector_math.hpp): prepare() evaluates
/// the operands' block into buffers, runs the kernel, and [i] reads its results.
template <class Op, class... Cs>
struct vector_cursor {
  static constexpr bool blocked = true;
  using in_t = typename op_input<Op>::type;
  using out_t = decltype(Op{}(std::declval<std::conditional_t<true, in_t, Cs>>()...));
  std::tuple<Cs...> cs;
  std::vector<in_t> in{};
  std::vector<out_t> out{};
  void seek(const index_t* outer) {
    std::apply([&](auto&... c) { (c.seek(outer), ...); }, cs);
  }
  void prepare(index_t i0, index_t n) {
    std::apply([&](auto&... c) { (c.prepare(i0, n), ...); }, cs);
    if (static_cast<index_t>(out.size()) < n) out.resize(n), in.resize(n * sizeof...(Cs));
    // Each operand's block: read in place from a contiguous array of the input type, else
    // evaluated into a buffer.
    const in_t* src[sizeof...(Cs)];
    in_t* dst = in.data();
    int k = 0;
    std::apply(
        [&](const auto&... c) {
          auto fill = [&](const auto& ci) {
            if constexpr (reads_array_of<std::remove_cvref_t<decltype(ci)>, in_t>::value) {
              if (ci.unit()) {
                src[k++] = ci.row;
                return;
              }
            }
            if (ci.unit()) {
              for (index_t i = 0; i < n; ++i) dst[i] = static_cast<in_t>(ci.at_unit(i));
            } else {
              for (index_t i = 0; i < n; ++i) dst[i] = static_cast<in_t>(ci[i]);
            }
            src[k++] = dst;
            dst += n;
          };
          (fill(c), ...);
        },
        cs);
    if constexpr (sizeof...(Cs) == 1) vmath::vector_kernel<Op>::run(src[0], out.data(), n);
    else vmath::vector_kernel<Op>::run(src[0], src[1], out.data(), n);
  }
  PYXC_INLINE out_t operator[](index_t i) const { return out[i]; }
  PYXC_INLINE out_t at_unit(index_t i) const { return out[i]; }
  bool unit() const { return true; }
};

/// The cursor of Op over cursors Cs: blocked when Op has a SIMD kernel.
template <class Op, class... Cs>
using op_cursor = std::conditional_t<vmath::vector_kernel<Op>::available, vector_cursor<Op, Cs...>, map_cursor<Op, Cs...>>;

/// Calls body(i0, m) for the blocks of a row of n items (prepared first), or once for the
/// whole row when the cursor needs no blocks.
template <index_t Block, class Cur, class F>
PYXC_INLINE void for_each_block(Cur& c, index_t n, F&& body) {
  if constexpr (Cur::blocked) {
    for (index_t i0 = 0; i0 < n; i0 += Block) {
      index_t m = std::min(Block, n - i0);
      c.prepare(i0, m);
      body(i0, m);
    }
  } else {
    body(index_t{0}, n);
  }
}

// ------------------------------------------------------------------ expression nodes

/// Op applied elementwise to the broadcast operands (arrays, expressions or scalars).
template <class Op, class... A>
class map_expr : public expr_tag {
 public:
  static constexpr int rank = std::max({rank_of<A>...});
  using value_type = decltype(Op{}(std::declval<value_of<A>>()...));

  explicit map_expr(const A&... args) : args_(args...) {
    shape_.fill(1);
    bool ok = (true && ... && broadcast_into<rank>(shape_, shape_of(args)));
    if (!ok) {
      std::string msg = "operands could not be broadcast together with shapes ";
      ((msg += operand_shape_text(shape_of(args)) + " "), ...);
      raise(exc_kind::ValueError, msg);
    }
  }
  const shape_t<rank>& shape() const { return shape_; }
  index_t size() const { return shape_size<rank>(shape_); }
  const std::tuple<A...>& args() const { return args_; }

 private:
  std::tuple<A...> args_;
  shape_t<rank> shape_;
};

template <class E>
struct is_map_expr : std::false_type {};
template <class Op, class... A>
struct is_map_expr<map_expr<Op, A...>> : std::true_type {};

template <class T>
struct is_ndarray : std::false_type {};
template <class T, int N>
struct is_ndarray<ndarray<T, N>> : std::true_type {};

template <class T>
struct type_box {
  using type = T;
};
template <class Op, class... A>
type_box<Op> op_of(const map_expr<Op, A...>&) {
  return {};
}

template <int R, class E>
auto make_cursor(const E& e, const shape_t<R>& rs) {
  if constexpr (is_ndarray<E>::value) {
    constexpr int M = E::rank;
    array_cursor<typename E::value_type, R> c{e.data(), {}, e.data(), 0, e.data()};
    c.strides.fill(0);
    for (int k = 0; k < M; ++k) c.strides[R - M + k] = e.shape()[k] == 1 ? 0 : e.strides()[k];
    (void)rs;
    c.inner = c.strides[R - 1];
    return c;
  } else if constexpr (is_map_expr<E>::value) {
    return std::apply(
        [&](const auto&... a) {
          return op_cursor<typename decltype(op_of(e))::type, decltype(make_cursor<R>(a, rs))...>{
              {make_cursor<R>(a, rs)...}};
        },
        e.args());
  } else {
    return scalar_cursor<E>{e};
  }
}

/// The whole expression reads as one contiguous row (every array C-ordered at the result's shape).
template <int R, class E>
bool flat_ok(const E& e, const shape_t<R>& rs) {
  if constexpr (is_ndarray<E>::value) {
    if constexpr (E::rank != R) return false;
    else return e.shape() == rs && e.is_c_contiguous();
  } else if constexpr (is_map_expr<E>::value) {
    return std::apply([&](const auto&... a) { return (true && ... && flat_ok<R>(a, rs)); }, e.args());
  } else {
    return true;
  }
}

template <class E>
auto make_flat_cursor(const E& e) {
  if constexpr (is_ndarray<E>::value) {
    return array_cursor<typename E::value_type, 1>{e.data(), {1}, e.data(), 1, e.data()};
  } else if constexpr (is_map_expr<E>::value) {
    return std::apply(
        [&](const auto&... a) {
          return op_cursor<typename decltype(op_of(e))::type, decltype(make_flat_cursor(a))...>{
              {make_flat_cursor(a)...}};
        },
        e.args());
  } else {
    return scalar_cursor<E>{e};
  }
}

/// Does e read memory in [lo, hi) other than through exactly the view `out`?
template <class T, int N, class E>
bool reads_overlapping(const E& e, const ndarray<T, N>& out, const char* lo, const char* hi) {
  if constexpr (is_ndarray<E>::value) {
    if constexpr (std::is_same_v<E, ndarray<T, N>>)
      if (e.same_view(out)) return false;
    auto [elo, ehi] = e.extent();
    return elo && elo < hi && lo < ehi;
  } else if constexpr (is_map_expr<E>::value) {
    return std::apply([&](const auto&... a) { return (false || ... || reads_overlapping(a, out, lo, hi)); },
                      e.args());
  } else {
    return false;
  }
}

/// Calls f(cursor, n) for every row of e's broadcast over `shape` (the outer axes in C order);
/// f reads the row's n items from the cursor. One row when e is contiguous at that shape.
template <int R, class E, class F>
void for_each_row(const E& e, const shape_t<R>& shape, F&& f) {
  index_t total = shape_size<R>(shape);
  if (total == 0) return;
  // Blocked expressions come in pieces of numpy's buffer size, so sums keep numpy's order.
  constexpr index_t kPiece = 8192;
  if (flat_ok<R>(e, shape)) {
    auto c = make_flat_cursor(e);
    for_each_block<kPiece>(c, total, [&](index_t, index_t m) { f(c, m, static_cast<const index_t*>(nullptr)); });
    return;
  }
  auto c = make_cursor<R>(e, shape);
  std::array<index_t, (R > 1 ? R - 1 : 1)> outer{};
  index_t rows = total / shape[R - 1];
  for (index_t r = 0; r < rows; ++r) {
    c.seek(outer.data());
    for_each_block<kPiece>(c, shape[R - 1], [&](index_t, index_t m) { f(c, m, static_cast<const index_t*>(outer.data())); });
    for (int d = R - 2; d >= 0; --d) {
      if (++outer[d] < shape[d]) break;
      outer[d] = 0;
    }
  }
}

/// out[...] = e, broadcasting e to out's shape (numpy's error when it cannot); when e reads
/// memory that out writes (other than elementwise in place) it is evaluated into a copy first.
template <class T, int N, class E>
void assign(const ndarray<T, N>& out, const E& e) {
  if constexpr (is_expr_v<E>) {
    static_assert(rank_of<E> <= N, "could not broadcast input array into a smaller rank");
    shape_t<N> check = out.shape();
    bool ok = true;
    const auto es = e.shape();
    for (int k = 0; k < rank_of<E>; ++k) {
      index_t x = es[k], o = check[N - rank_of<E> + k];
      ok = ok && (x == o || x == 1);
    }
    if (!ok)
      raise(exc_kind::ValueError,
            "could not broadcast input array from shape " + shape_text(es) + " into shape " + shape_text(out.shape()));
    auto [lo, hi] = out.extent();
    if (lo && reads_overlapping(e, out, lo, hi)) {
      ndarray<value_of<E>, rank_of<E>> tmp{e.shape(), ndarray<value_of<E>, rank_of<E>>::uninitialized};  // a new buffer (a copy of an array would alias)
      assign(tmp, e);
      assign(out, tmp);
      return;
    }
  }
  index_t total = out.size();
  if (total == 0) return;
  // Blocks of SIMD math stay in L1 between the kernel and the loop that consumes them.
  constexpr index_t kBlock = 512;
  if (out.is_c_contiguous() && flat_ok<N>(e, out.shape())) {
    auto c = make_flat_cursor(e);
    for_each_block<kBlock>(c, total, [&](index_t i0, index_t m) {
      T* o = out.data() + i0;
      if (c.unit()) {
        for (index_t i = 0; i < m; ++i) o[i] = static_cast<T>(c.at_unit(i));
      } else {
        for (index_t i = 0; i < m; ++i) o[i] = static_cast<T>(c[i]);
      }
    });
    return;
  }
  auto c = make_cursor<N>(e, out.shape());
  std::array<index_t, (N > 1 ? N - 1 : 1)> outer{};
  const index_t n = out.shape()[N - 1], os = out.strides()[N - 1];
  index_t rows = total / n;
  for (index_t r = 0; r < rows; ++r) {
    c.seek(outer.data());
    T* row = out.data();
    for (int d = 0; d < N - 1; ++d) row += outer[d] * out.strides()[d];
    for_each_block<kBlock>(c, n, [&](index_t i0, index_t m) {
      T* o = row + i0 * os;
      if (os == 1 && c.unit()) {
        for (index_t i = 0; i < m; ++i) o[i] = static_cast<T>(c.at_unit(i));
      } else {
        for (index_t i = 0; i < m; ++i) o[i * os] = static_cast<T>(c[i]);
      }
    });
    for (int d = N - 2; d >= 0; --d) {
      if (++outer[d] < out.shape()[d]) break;
      outer[d] = 0;
    }
  }
}

/// The lazy node for Op over the operands: what generated code builds for `a + b`, np.sqrt(a)...
template <class Op, class... A>
map_expr<Op, std::remove_cvref_t<A>...> map(const A&... args) {
  return map_expr<Op, std::remove_cvref_t<A>...>(args...);
}

/// `out op= v` in place (numpy's message names the output too when v does not broadcast).
template <class Op, class T, int N, class V>
void update(const ndarray<T, N>& out, const V& v) {
  if constexpr (is_expr_v<V>) {
    shape_t<N> s = out.shape();
    if (!broadcast_into<N>(s, v.shape()) || s != out.shape())
      raise(exc_kind::ValueError, "operands could not be broadcast together with shapes " + shape_text(out.shape()) + " " +
                                      operand_shape_text(v.shape()) + " " + shape_text(out.shape()) + " ");
  }
  assign(out, map<Op>(out, v));
}

namespace detail {
/// One operand's say in numpy's order='K' for a result of rank R: +1 when its strides ascend
/// over its axes of more than one item (Fortran-like), -1 otherwise (C-like, or another
/// permutation, which pyxc lays out in C order), 0 with fewer than two such axes (a broadcast
/// operand, a row or a column: no opinion, as in numpy's iterator).
template <class T, int N>
int layout_vote(const ndarray<T, N>& a) {
  int axes = 0;
  bool ascending = true;
  index_t previous = 0;
  for (int d = 0; d < N; ++d) {
    if (a.shape()[d] <= 1) continue;
    index_t s = a.strides()[d] < 0 ? -a.strides()[d] : a.strides()[d];
    if (axes && s <= previous) ascending = false;
    previous = s;
    ++axes;
  }
  return axes < 2 ? 0 : ascending ? 1 : -1;
}

template <class E>
void count_layout_votes(const E& e, int& fortran, int& c) {
  if constexpr (is_ndarray<E>::value) {
    int v = layout_vote(e);
    fortran += v > 0;
    c += v < 0;
  } else if constexpr (is_map_expr<E>::value) {
    std::apply([&](const auto&... a) { (count_layout_votes(a, fortran, c), ...); }, e.args());
  }
}

/// e as an expression of rank R over its operands' transposes (each first given R axes, the
/// added ones broadcast), so that writing it into out.transposed() walks Fortran memory in order.
template <int R, class E>
auto transposed_expr(const E& e) {
  if constexpr (is_ndarray<E>::value) {
    constexpr int M = E::rank;
    shape_t<R> shape, strides;
    for (int d = 0; d < R; ++d) {
      int k = d - (R - M);
      shape[d] = k >= 0 ? e.shape()[k] : 1;
      strides[d] = k >= 0 ? e.strides()[k] : 0;
    }
    return ndarray<typename E::value_type, R>(e.data(), shape, strides, e.owner()).transposed();
  } else if constexpr (is_map_expr<E>::value) {
    using Op = typename decltype(op_of(e))::type;
    return std::apply([](const auto&... a) { return map<Op>(transposed_expr<R>(a)...); }, e.args());
  } else {
    return e;
  }
}
}  // namespace detail

template <class T, int N, class E>
ndarray<T, N> evaluate_keep_order(const E& e) {
  int fortran = 0, c = 0;
  if constexpr (N >= 2) detail::count_layout_votes(e, fortran, c);
  if (fortran > 0 && c == 0) {
    shape_t<N> reversed;
    for (int d = 0; d < N; ++d) reversed[d] = e.shape()[N - 1 - d];
    ndarray<T, N> t{reversed, ndarray<T, N>::uninitialized};  // C order of the transpose
    assign(t, detail::transposed_expr<N>(e));
    return t.transposed();
  }
  ndarray<T, N> out{e.shape(), ndarray<T, N>::uninitialized};
  assign(out, e);
  return out;
}

/// Evaluates an expression into a new array (a no-op for arrays).
template <class E>
auto eval(const E& e) {
  if constexpr (is_ndarray<E>::value) return e;
  else return ndarray<value_of<E>, rank_of<E>>(e);
}
/// A new array (a call's result) moves on: no count up and down on its owner.
template <class T, int N>
ndarray<T, N> eval(ndarray<T, N>&& e) {
  return std::move(e);
}

}  // namespace pyxc::np
