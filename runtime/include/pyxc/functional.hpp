// Builtins that call a function: map and filter as lazy views (a `sum(map(f, xs))` or a
// `for x in filter(f, xs)` loop calls f once per item, with no temporary list), sorted and
// list.sort with key=, min and max with key= and default=. The function is any C++ callable:
// generated code passes a lambda that calls the compiled Python function directly.
#pragma once

#include <algorithm>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "pyxc/builtins.hpp"
#include "pyxc/core.hpp"
#include "pyxc/iterators.hpp"
#include "pyxc/list.hpp"

namespace pyxc {

/// map(f, xs): f(x) for each x, computed when the item is reached.
template <class F, class C>
class map_view {
 public:
  map_view(F f, C xs) : f_(std::move(f)), xs_(std::move(xs)) {}
  class iterator {
   public:
    using inner = decltype(std::declval<const C&>().begin());
    iterator(const F* f, inner it) : f_(f), it_(std::move(it)) {}
    auto operator*() const { return (*f_)(*it_); }
    iterator& operator++() {
      ++it_;
      return *this;
    }
    template <class End>
    bool operator!=(const End& end) const { return it_ != end; }

   private:
    const F* f_;
    inner it_;
  };
  iterator begin() const { return iterator(&f_, xs_.begin()); }
  auto end() const { return xs_.end(); }

 private:
  F f_;
  C xs_;
};

template <class F, class C>
map_view<F, C> map(F f, const C& xs) {
  return map_view<F, C>(std::move(f), xs);
}

/// map(f, xs, ys, ...): f(x, y, ...), stopping at the shortest argument.
template <class F, class C1, class C2, class... Cs>
auto map(F f, const C1& xs, const C2& ys, const Cs&... rest) {
  auto spread = [f = std::move(f)](const auto& items) { return std::apply(f, items); };
  return map_view<decltype(spread), zip_view<C1, C2, Cs...>>(std::move(spread), zip_view<C1, C2, Cs...>(xs, ys, rest...));
}

/// filter(f, xs): the items for which f(x) is true (each item read once, f called once).
template <class F, class C>
class filter_view {
 public:
  using value_type = detail::iter_value_t<C>;
  filter_view(F f, C xs) : f_(std::move(f)), xs_(std::move(xs)) {}
  struct sentinel {};
  class iterator {
   public:
    using inner = decltype(std::declval<const C&>().begin());
    using inner_end = decltype(std::declval<const C&>().end());
    iterator(const F* f, inner it, inner_end end) : f_(f), it_(std::move(it)), end_(std::move(end)) { settle(); }
    const value_type& operator*() const { return *current_; }
    iterator& operator++() {
      ++it_;
      settle();
      return *this;
    }
    bool operator!=(sentinel) const { return current_.has_value(); }

   private:
    void settle() {
      current_.reset();
      for (; it_ != end_; ++it_) {
        value_type x = *it_;
        if (to_bool((*f_)(x))) {
          current_.emplace(std::move(x));
          return;
        }
      }
    }
    const F* f_;
    inner it_;
    inner_end end_;
    std::optional<value_type> current_;
  };
  iterator begin() const { return iterator(&f_, xs_.begin(), xs_.end()); }
  sentinel end() const { return {}; }

 private:
  F f_;
  C xs_;
};

template <class F, class C>
filter_view<F, C> filter(F f, const C& xs) {
  return filter_view<F, C>(std::move(f), xs);
}

/// filter(None, xs): the true items.
template <class C>
auto filter_true(const C& xs) {
  auto truth = [](const auto& x) { return to_bool(x); };
  return filter_view<decltype(truth), C>(truth, xs);
}

namespace detail {
/// The order of xs's items sorted by key, stably (equal keys keep their order, also reversed,
/// as CPython's sort). Each key is computed once, in item order, as CPython does.
template <class Key, class Items>
std::vector<std::size_t> order_by_key(Key& key, const Items& items, bool reverse) {
  using K = std::remove_cv_t<std::remove_reference_t<decltype(key(items[0]))>>;
  std::vector<K> keys;
  keys.reserve(items.size());
  for (const auto& x : items) keys.push_back(key(x));
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (reverse)
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[b] < keys[a]; });
  else
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  return order;
}
}  // namespace detail

/// sorted(xs, key=f, reverse=r).
template <class C, class Key>
list<detail::iter_value_t<C>> sorted_by(const C& xs, Key key, bool reverse = false) {
  using T = detail::iter_value_t<C>;
  std::vector<T> items;
  for (auto&& x : xs) items.push_back(x);
  std::vector<std::size_t> order = detail::order_by_key(key, items, reverse);
  list<T> out;
  out.vec().reserve(items.size());
  for (std::size_t i : order) out.append(items[i]);
  return out;
}

/// xs.sort(reverse=r): in place, stable.
template <class T>
none_t list_sort(list<T>& xs, bool reverse = false) {
  auto& v = xs.vec();
  if (reverse)
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return b < a; });
  else
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a < b; });
  return None;
}

/// xs.sort(key=f, reverse=r): in place, stable, each key computed once.
template <class T, class Key>
none_t list_sort_by(list<T>& xs, Key key, bool reverse = false) {
  std::vector<T> items;
  for (const auto& x : xs) items.push_back(x);
  std::vector<std::size_t> order = detail::order_by_key(key, items, reverse);
  for (std::size_t i = 0; i < order.size(); ++i) xs.setitem(static_cast<int_t>(i), items[order[i]]);
  return None;
}

/// min(xs, key=f) / max(xs, key=f): the first item with the least (greatest) key; `fallback`
/// gives default=, else an empty xs raises ValueError.
template <bool Max, class C, class Key, class Fallback>
auto extreme_by(const C& xs, Key key, Fallback fallback) {
  using T = detail::iter_value_t<C>;
  using R = std::common_type_t<T, decltype(fallback())>;  // default= may widen: max(ints, default=0.5)
  auto it = xs.begin();
  auto end = xs.end();
  if (!(it != end)) return static_cast<R>(fallback());
  T best = *it;
  auto best_key = key(best);
  for (++it; it != end; ++it) {
    T x = *it;
    auto k = key(x);
    if (Max ? best_key < k : k < best_key) {
      best = std::move(x);
      best_key = std::move(k);
    }
  }
  return static_cast<R>(best);
}

template <class C, class Key>
auto min_by(const C& xs, Key key) {
  return extreme_by<false>(xs, std::move(key), []() -> detail::iter_value_t<C> { detail::raise_min_empty(); });
}
template <class C, class Key>
auto max_by(const C& xs, Key key) {
  return extreme_by<true>(xs, std::move(key), []() -> detail::iter_value_t<C> { detail::raise_max_empty(); });
}
template <class C, class Key, class T>
auto min_by(const C& xs, Key key, const T& fallback) {
  return extreme_by<false>(xs, std::move(key), [&] { return fallback; });
}
template <class C, class Key, class T>
auto max_by(const C& xs, Key key, const T& fallback) {
  return extreme_by<true>(xs, std::move(key), [&] { return fallback; });
}

}  // namespace pyxc
