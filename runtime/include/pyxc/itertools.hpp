// Python's itertools: product, permutations, combinations, count, islice, chain, accumulate.
// Each is lazy and returns a pyxc::generator (so it can be stored, passed and next()-ed like a
// Python iterator). product/permutations/combinations read their inputs into a pool first and
// yield fixed-size tuples in CPython's order (the tuple size is known at compile time: the
// number of inputs times `repeat`, or `r`).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

#include "pyxc/arith.hpp"
#include "pyxc/core.hpp"
#include "pyxc/generator.hpp"

namespace pyxc::itertools {

namespace detail {

template <class C>
using item_t = std::remove_cv_t<std::remove_reference_t<decltype(*std::declval<const C&>().begin())>>;

/// The items of an iterable, read once (Python's `tuple(iterable)` of each input).
template <class C>
std::vector<item_t<C>> pool(const C& xs) {
  std::vector<item_t<C>> out;
  for (auto&& x : xs) out.push_back(x);
  return out;
}

template <class T, std::size_t>
using same_t = T;

/// `std::tuple<T, T, ..., T>` with N items.
template <class T, class Seq>
struct uniform_tuple;
template <class T, std::size_t... I>
struct uniform_tuple<T, std::index_sequence<I...>> {
  using type = std::tuple<same_t<T, I>...>;
};
template <class T, std::size_t N>
using uniform_tuple_t = typename uniform_tuple<T, std::make_index_sequence<N>>::type;

/// (pool[indices[0]], ..., pool[indices[N-1]]).
template <class T, std::size_t N, std::size_t... I>
uniform_tuple_t<T, N> pick(const std::vector<T>& pool, const std::array<std::size_t, N>& indices,
                           std::index_sequence<I...>) {
  return uniform_tuple_t<T, N>(pool[indices[I]]...);
}

/// The tuple type of product(pools..., repeat=R): the pools' item types, R times over.
template <class Seq, class... Ts>
struct repeat_cat;
template <std::size_t... I, class... Ts>
struct repeat_cat<std::index_sequence<I...>, Ts...> {
  using type = decltype(std::tuple_cat(std::declval<same_t<std::tuple<Ts...>, I>>()...));
};

}  // namespace detail

// --- product ---------------------------------------------------------------------------------

namespace detail {
template <class Result, std::size_t R, class... Ts>
generator<Result> product_of(std::tuple<std::vector<Ts>...> pools) {
  constexpr std::size_t K = sizeof...(Ts);
  constexpr std::size_t N = K * R;
  std::array<std::size_t, K> sizes{};
  std::apply([&](const auto&... p) {
    std::size_t k = 0;
    ((sizes[k++] = p.size()), ...);
  }, pools);
  for (std::size_t k = 0; k < K; ++k)
    if (sizes[k] == 0) co_return;
  std::array<std::size_t, N> indices{};
  auto current = [&]<std::size_t... I>(std::index_sequence<I...>) {
    return Result(std::get<I % K>(pools)[indices[I]]...);
  };
  for (;;) {
    co_yield current(std::make_index_sequence<N>{});
    // Advance the odometer: the last position first.
    std::size_t pos = N;
    for (;;) {
      if (pos == 0) co_return;
      --pos;
      if (++indices[pos] < sizes[pos % K]) break;
      indices[pos] = 0;
    }
  }
}

template <std::size_t R, class T>
generator<uniform_tuple_t<T, R>> permutations_of(std::vector<T> pool) {
  const std::size_t n = pool.size();
  if (R > n) co_return;
  std::vector<std::size_t> indices(n), cycles(R);
  for (std::size_t i = 0; i < n; ++i) indices[i] = i;
  for (std::size_t i = 0; i < R; ++i) cycles[i] = n - i;
  std::array<std::size_t, R> chosen{};
  auto current = [&] {
    for (std::size_t i = 0; i < R; ++i) chosen[i] = indices[i];
    return pick(pool, chosen, std::make_index_sequence<R>{});
  };
  co_yield current();
  if (n == 0) co_return;
  for (;;) {  // CPython's algorithm (the itertools documentation's pure-Python version)
    bool advanced = false;
    for (std::size_t i = R; i-- > 0;) {
      if (--cycles[i] == 0) {
        // indices[i:] = indices[i+1:] + indices[i:i+1]
        std::size_t first = indices[i];
        for (std::size_t j = i; j + 1 < n; ++j) indices[j] = indices[j + 1];
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        std::swap(indices[i], indices[n - cycles[i]]);
        advanced = true;
        break;
      }
    }
    if (!advanced) co_return;
    co_yield current();
  }
}

template <std::size_t R, class T>
generator<uniform_tuple_t<T, R>> combinations_of(std::vector<T> pool) {
  const std::size_t n = pool.size();
  if (R > n) co_return;
  std::array<std::size_t, R> indices{};
  for (std::size_t i = 0; i < R; ++i) indices[i] = i;
  for (;;) {
    co_yield pick(pool, indices, std::make_index_sequence<R>{});
    std::size_t i = R;
    for (;;) {
      if (i == 0) co_return;
      --i;
      if (indices[i] != i + n - R) break;
    }
    ++indices[i];
    for (std::size_t j = i + 1; j < R; ++j) indices[j] = indices[j - 1] + 1;
  }
}
}  // namespace detail

/// product(*iterables, repeat=R): the Cartesian product, rightmost input varying fastest. The
/// inputs are read when product() is called, as CPython does.
template <std::size_t R, class... Cs>
auto product(const Cs&... inputs) {
  using Result = typename detail::repeat_cat<std::make_index_sequence<R>, detail::item_t<Cs>...>::type;
  return detail::product_of<Result, R>(std::tuple<std::vector<detail::item_t<Cs>>...>(detail::pool(inputs)...));
}

/// permutations(iterable, r): r-tuples of distinct positions, in CPython's (lexicographic by
/// position) order; nothing when r exceeds the number of items.
template <std::size_t R, class C>
generator<detail::uniform_tuple_t<detail::item_t<C>, R>> permutations(const C& input) {
  return detail::permutations_of<R>(detail::pool(input));
}

/// combinations(iterable, r): r-tuples of increasing positions, in CPython's order.
template <std::size_t R, class C>
generator<detail::uniform_tuple_t<detail::item_t<C>, R>> combinations(const C& input) {
  return detail::combinations_of<R>(detail::pool(input));
}

// --- count / islice / chain / accumulate ---------------------------------------------------------

/// count(start=0, step=1): start, start + step, ... without end (ints overflow-checked).
template <class T>
generator<T> count(T start, T step) {
  for (T value = start;; value = pyxc::add(value, step)) co_yield value;
}

namespace detail {
[[noreturn]] PYXC_COLD inline void raise_islice(const char* which) {
  raise(exc_kind::ValueError, std::string(which) +
                                  " argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
}
}  // namespace detail

/// islice(iterable, start, stop, step): the items at positions start, start + step, ... below
/// stop, taking items from the input exactly when CPython's islice does.
template <class C>
generator<detail::item_t<C>> islice(C input, int_t start, int_t stop, int_t step) {
  std::optional<decltype(input.begin())> it;  // unset until the first item is asked for
  auto end = input.end();
  auto pull = [&]() -> bool {
    if (!it) it.emplace(input.begin());
    else ++*it;
    return *it != end;
  };
  int_t count = 0, next = start;
  for (;;) {
    for (; count < next; ++count)
      if (!pull()) co_return;
    if (count >= stop || !pull()) co_return;
    ++count;
    co_yield **it;
    int_t previous = next;
    next += step;
    if (next < previous || next > stop) next = stop;
  }
}

/// islice(xs, None): no upper bound.
inline constexpr int_t no_stop = INT64_MAX;

/// islice(...) with CPython's argument checks, made when it is called.
template <class C>
generator<detail::item_t<C>> islice_checked(const C& input, int_t start, int_t stop, int_t step) {
  if (start < 0) detail::raise_islice("Indices");
  if (stop < 0) detail::raise_islice("Stop");
  if (step <= 0) raise(exc_kind::ValueError, "Step for islice() must be a positive integer or None.");
  return islice(input, start, stop, step);
}

/// islice(iterable, stop).
template <class C>
generator<detail::item_t<C>> islice_checked(const C& input, int_t stop) {
  if (stop < 0) detail::raise_islice("Stop");
  return islice(input, 0, stop, 1);
}

/// islice(iterable, start, stop).
template <class C>
generator<detail::item_t<C>> islice_checked(const C& input, int_t start, int_t stop) {
  return islice_checked(input, start, stop, 1);
}

namespace detail {
template <class T, class C>
generator<T> as_generator(C input) {
  for (auto&& x : input) co_yield static_cast<T>(x);
}
}  // namespace detail

/// chain(*iterables): the items of each input in turn; each input is started only when the
/// previous one is exhausted.
template <class T, class... Cs>
generator<T> chain(Cs... inputs) {
  std::vector<generator<T>> parts{detail::as_generator<T>(inputs)...};
  for (const auto& part : parts)
    for (auto&& x : part) co_yield x;
}

/// accumulate(iterable): running sums with Python's + (ints overflow-checked).
template <class T, class C>
generator<T> accumulate(C input) {
  bool first = true;
  T total{};
  for (auto&& x : input) {
    total = first ? static_cast<T>(x) : pyxc::add(total, static_cast<T>(x));
    first = false;
    co_yield total;
  }
}

/// accumulate(iterable, initial=v): v first, then the running sums from v.
template <class T, class C>
generator<T> accumulate(C input, T initial) {
  T total = initial;
  co_yield total;
  for (auto&& x : input) {
    total = pyxc::add(total, static_cast<T>(x));
    co_yield total;
  }
}

}  // namespace pyxc::itertools
