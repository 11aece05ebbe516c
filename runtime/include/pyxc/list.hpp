// Python's list: a shared, mutable sequence. Copies of a pyxc::list share one vector, as
// Python names share one list object (`b = a; b.append(1)` changes a).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

#include "pyxc/core.hpp"

namespace pyxc {

namespace detail {

/// A bool stored in a byte, so list<bool> can hand out real bool& (std::vector<bool> can't).
struct bool_slot {
  bool value;
};

template <class T>
struct list_slot {
  using type = T;
  static T& get(T& s) { return s; }
  static const T& get(const T& s) { return s; }
  static T wrap(T x) { return x; }
};
template <>
struct list_slot<bool> {
  using type = bool_slot;
  static bool& get(bool_slot& s) { return s.value; }
  static const bool& get(const bool_slot& s) { return s.value; }
  static bool_slot wrap(bool x) { return bool_slot{x}; }
};

[[noreturn]] PYXC_COLD inline void raise_list_index() {
  raise(exc_kind::IndexError, "list index out of range");
}
[[noreturn]] PYXC_COLD inline void raise_list_assignment_index() {
  raise(exc_kind::IndexError, "list assignment index out of range");
}

}  // namespace detail

/// A Python list of T. Constness is shallow, as for a shared pointer: a `const list&` is a
/// handle that cannot be rebound, but the list it names can still be changed.
template <class T>
class list {
  using slot = detail::list_slot<T>;

 public:
  using value_type = T;
  /// The element type of the underlying vector: T, except bool is stored as a bool_slot.
  using storage_type = typename slot::type;
  using vector_type = std::vector<storage_type>;

  /// The end of a list: reached when the index gets to the list's current size.
  struct sentinel {};

  /// Iterates by index and re-checks the size at each step, like CPython's list iterator:
  /// appending while iterating visits the new items; shrinking ends the loop early. The
  /// iterator keeps the vector alive even if the loop rebinds the list variable.
  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(std::shared_ptr<vector_type> v, std::size_t i) : v_(std::move(v)), i_(i) {}
    T& operator*() const { return slot::get((*v_)[i_]); }
    T* operator->() const { return &slot::get((*v_)[i_]); }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(sentinel) const { return i_ >= v_->size(); }
    bool operator!=(sentinel) const { return i_ < v_->size(); }

   private:
    std::shared_ptr<vector_type> v_;
    std::size_t i_ = 0;
  };
  using const_iterator = iterator;

  /// The empty list [].
  list() : v_(std::make_shared<vector_type>()) {}
  /// [a, b, c].
  list(std::initializer_list<T> items) : v_(std::make_shared<vector_type>()) {
    v_->reserve(items.size());
    for (const T& x : items) v_->push_back(slot::wrap(x));
  }
  /// A new list owning the given elements.
  static list from_vector(std::vector<T> items) {
    list r;
    if constexpr (std::is_same_v<T, bool>) {
      r.v_->reserve(items.size());
      for (bool b : items) r.v_->push_back(slot::wrap(b));
    } else {
      *r.v_ = std::move(items);
    }
    return r;
  }
  /// A list of n copies of x ([x] * n).
  static list filled(int_t n, const T& x) {
    list r;
    if (n > 0) r.v_->assign(static_cast<std::size_t>(n), slot::wrap(x));
    return r;
  }

  void reserve(int_t n) const {
    if (n > 0) v_->reserve(static_cast<std::size_t>(n));
  }
  int_t size() const { return static_cast<int_t>(v_->size()); }
  bool empty() const { return v_->empty(); }

  /// xs[i] with Python indexing: negative i counts from the end; IndexError out of range.
  T& operator[](int_t i) const { return slot::get((*v_)[checked_index(i)]); }
  /// `xs[i] = x` (its IndexError message differs from a read's, as in CPython).
  void setitem(int_t i, T x) const {
    const int_t n = size();
    if (i < 0) i += n;
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
      detail::raise_list_assignment_index();
    slot::get((*v_)[static_cast<std::size_t>(i)]) = std::move(x);
  }
  /// xs[i] for 0 <= i < len(xs) proven by the code generator.
  T& unchecked(int_t i) const { return slot::get((*v_)[static_cast<std::size_t>(i)]); }

  void append(T x) const { v_->push_back(slot::wrap(std::move(x))); }
  /// xs.extend(ys); xs.extend(xs) doubles xs as in Python.
  void extend(const list& other) const {
    if (other.v_ == v_) {
      const std::size_t n = v_->size();
      v_->reserve(2 * n);
      for (std::size_t i = 0; i < n; ++i) v_->push_back((*v_)[i]);
    } else {
      v_->insert(v_->end(), other.v_->begin(), other.v_->end());
    }
  }
  /// xs.insert(i, x): i is clamped to [0, len] after adding len to a negative i.
  void insert(int_t i, T x) const {
    const int_t n = size();
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    v_->insert(v_->begin() + i, slot::wrap(std::move(x)));
  }
  /// xs.pop(): IndexError "pop from empty list".
  T pop() const {
    if (v_->empty()) [[unlikely]] raise(exc_kind::IndexError, "pop from empty list");
    T r = std::move(slot::get(v_->back()));
    v_->pop_back();
    return r;
  }
  /// xs.pop(i): IndexError "pop from empty list" / "pop index out of range".
  T pop(int_t i) const {
    if (v_->empty()) [[unlikely]] raise(exc_kind::IndexError, "pop from empty list");
    const int_t n = size();
    if (i < 0) i += n;
    if (i < 0 || i >= n) [[unlikely]] raise(exc_kind::IndexError, "pop index out of range");
    T r = std::move(slot::get((*v_)[static_cast<std::size_t>(i)]));
    v_->erase(v_->begin() + i);
    return r;
  }
  void clear() const { v_->clear(); }
  void reverse() const {
    for (std::size_t i = 0, j = v_->size(); i + 1 < j; ++i, --j) std::swap((*v_)[i], (*v_)[j - 1]);
  }
  /// x in xs (==, like Python without its identity shortcut).
  bool contains(const T& x) const {
    for (const storage_type& s : *v_)
      if (slot::get(s) == x) return true;
    return false;
  }
  /// xs.count(x).
  int_t count(const T& x) const {
    int_t n = 0;
    for (const storage_type& s : *v_) n += slot::get(s) == x;
    return n;
  }
  /// xs.index(x): ValueError when absent (CPython 3.11's message is "x not in list" for any x).
  int_t index(const T& x) const {
    for (std::size_t i = 0; i < v_->size(); ++i)
      if (slot::get((*v_)[i]) == x) return static_cast<int_t>(i);
    raise(exc_kind::ValueError, "list.index(x): x not in list");
  }
  /// xs.copy() / list(xs) / xs[:]: a new list with the same elements (shallow).
  list copy() const {
    list r;
    *r.v_ = *v_;
    return r;
  }

  iterator begin() const { return iterator(v_, 0); }
  sentinel end() const { return {}; }

  /// Contiguous elements (for bool: the bool inside each one-byte slot).
  T* data() const { return v_->empty() ? nullptr : &slot::get((*v_)[0]); }
  vector_type& vec() const { return *v_; }

  /// Python's `is`: the same list object.
  bool is(const list& other) const { return v_ == other.v_; }

  /// Element-wise equality (Python's list ==; NaN != NaN since we have no identity).
  friend bool operator==(const list& a, const list& b) {
    if (a.v_ == b.v_) return true;
    const vector_type& x = *a.v_;
    const vector_type& y = *b.v_;
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size(); ++i)
      if (!(slot::get(x[i]) == slot::get(y[i]))) return false;
    return true;
  }
  friend bool operator!=(const list& a, const list& b) { return !(a == b); }
  /// Lexicographic <, so min/max/sorting of lists work as in Python.
  friend bool operator<(const list& a, const list& b) {
    const vector_type& x = *a.v_;
    const vector_type& y = *b.v_;
    const std::size_t n = x.size() < y.size() ? x.size() : y.size();
    for (std::size_t i = 0; i < n; ++i) {
      const T& p = slot::get(x[i]);
      const T& q = slot::get(y[i]);
      if (!(p == q)) return p < q;
    }
    return x.size() < y.size();
  }
  friend bool operator>(const list& a, const list& b) { return b < a; }

 private:
  PYXC_INLINE std::size_t checked_index(int_t i) const {
    const int_t n = static_cast<int_t>(v_->size());
    if (i < 0) i += n;
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
      detail::raise_list_index();
    return static_cast<std::size_t>(i);
  }

  std::shared_ptr<vector_type> v_;
};

/// `for x in <a list no name can reach>` (a str.split() or a comprehension's fresh result):
/// the loop takes each item by move instead of copying it. The list lives as long as the loop.
template <class T>
class consumed_list {
 public:
  explicit consumed_list(list<T> items) : items_(std::move(items)) {}
  class iterator {
   public:
    iterator(typename list<T>::storage_type* p) : p_(p) {}
    T&& operator*() const { return std::move(detail::list_slot<T>::get(*p_)); }
    iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    typename list<T>::storage_type* p_;
  };
  iterator begin() const { return iterator(items_.vec().data()); }
  iterator end() const { return iterator(items_.vec().data() + items_.vec().size()); }

 private:
  list<T> items_;
};

template <class T>
consumed_list<T> consume(list<T>&& items) {
  return consumed_list<T>(std::move(items));
}

/// xs + ys: a new list.
template <class T>
list<T> concat(const list<T>& a, const list<T>& b) {
  list<T> r;
  r.vec().reserve(a.vec().size() + b.vec().size());
  r.vec().insert(r.vec().end(), a.vec().begin(), a.vec().end());
  r.vec().insert(r.vec().end(), b.vec().begin(), b.vec().end());
  return r;
}

/// xs * n: a new list; n <= 0 gives []. Elements are shared (shallow), as in Python.
template <class T>
list<T> repeat(const list<T>& a, int_t n) {
  list<T> r;
  if (n <= 0 || a.vec().empty()) return r;
  const std::size_t len = a.vec().size();
  if (static_cast<std::uint64_t>(n) > r.vec().max_size() / len) [[unlikely]]
    raise(exc_kind::MemoryError, "");
  r.vec().reserve(len * static_cast<std::size_t>(n));
  for (int_t k = 0; k < n; ++k) r.vec().insert(r.vec().end(), a.vec().begin(), a.vec().end());
  return r;
}

}  // namespace pyxc
