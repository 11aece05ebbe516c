// Python's set: a shared, mutable hash set. Copies of a pyxc::set share one table, as Python
// names share one set object.
//
// Iteration order is the order of the hash table, as in CPython, and the table is run as
// CPython 3.11 runs it: the same probe sequence (9 linear probes, then i = 5*i + 1 + perturb),
// the same dummies for deleted elements, the same growth (at 3/5 full, to 4x the live count,
// 2x above 50000), and the set algebra builds its results in the same order of insertions.
// Since pyxc hashes ints, floats, bools and tuples of them exactly as CPython does (hash.hpp),
// a set of those iterates, pops and prints in CPython's order. str elements do not: CPython
// randomizes str hashes per process, so no Python program can rely on that order either.
//
// Elements compare with Python's ==, so 0.0 and -0.0 are one element (the first one added is
// kept). A NaN is never equal to anything, so every NaN added is a new element (CPython
// would find the very same NaN object again by identity).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

#include "pyxc/core.hpp"
#include "pyxc/hash.hpp"
#include "pyxc/key_repr.hpp"

namespace pyxc {

namespace detail {

enum class slot_state : std::uint8_t { unused, active, dummy };

template <class T>
struct set_slot {
  hash_t hash = 0;
  slot_state state = slot_state::unused;
  T key{};
};

/// The shared state of a set: CPython's setobject fields.
template <class T>
struct set_table {
  using value_slot = set_slot<T>;
  using state = slot_state;
  static constexpr std::size_t minsize = 8;
  static constexpr std::size_t linear_probes = 9;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  std::vector<set_slot<T>> slots;  // empty: the initial 8-slot table, still unallocated
  std::size_t fill = 0;            // active + dummy slots
  std::size_t used = 0;            // active slots: len(s)
  std::size_t finger = 0;          // where pop() resumes its search

  std::size_t mask() const { return (slots.empty() ? minsize : slots.size()) - 1; }
  void allocate() {
    if (slots.empty()) slots.resize(minsize);
  }

  /// The slot holding key, or npos.
  std::size_t find(const T& key, hash_t h) const {
    if (slots.empty()) return npos;
    const std::size_t mask = slots.size() - 1;
    std::size_t perturb = static_cast<std::size_t>(h);
    std::size_t i = perturb & mask;
    for (;;) {
      std::size_t probes = i + linear_probes <= mask ? linear_probes : 0;
      for (std::size_t j = i;; ++j) {
        const set_slot<T>& e = slots[j];
        if (e.state == slot_state::unused) return npos;
        if (e.state == slot_state::active && e.hash == h && e.key == key) return j;
        if (probes-- == 0) break;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  /// set_add_entry: adds key unless an equal one is there; true if added.
  bool add(const T& key, hash_t h) {
    allocate();
    const std::size_t mask = slots.size() - 1;
    std::size_t perturb = static_cast<std::size_t>(h);
    std::size_t i = perturb & mask;
    std::size_t freeslot = npos;
    for (;;) {
      std::size_t probes = i + linear_probes <= mask ? linear_probes : 0;
      for (std::size_t j = i;; ++j) {
        set_slot<T>& e = slots[j];
        if (e.state == slot_state::unused) {
          if (freeslot != npos) {  // reuse a dummy: fill is unchanged, no resize
            set_slot<T>& f = slots[freeslot];
            f.hash = h;
            f.state = slot_state::active;
            f.key = key;
            ++used;
            return true;
          }
          e.hash = h;
          e.state = slot_state::active;
          e.key = key;
          ++fill;
          ++used;
          if (fill * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
          return true;
        }
        if (e.state == slot_state::active) {
          if (e.hash == h && e.key == key) return false;
        } else {
          freeslot = j;  // the last dummy seen, as CPython 3.11
        }
        if (probes-- == 0) break;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  /// set_discard_entry: true if key was there.
  bool discard(const T& key, hash_t h) {
    const std::size_t j = find(key, h);
    if (j == npos) return false;
    slots[j].state = slot_state::dummy;
    slots[j].hash = -1;
    slots[j].key = T{};  // release what the element owns, as CPython drops its reference
    --used;
    return true;
  }

  /// set_insert_clean: places a key known to be absent into a table without dummies.
  static void insert_clean(std::vector<set_slot<T>>& table, T key, hash_t h) {
    const std::size_t mask = table.size() - 1;
    std::size_t perturb = static_cast<std::size_t>(h);
    std::size_t i = perturb & mask;
    for (;;) {
      if (table[i].state == slot_state::unused) return place(table[i], std::move(key), h);
      if (i + linear_probes <= mask)
        for (std::size_t j = 1; j <= linear_probes; ++j)
          if (table[i + j].state == slot_state::unused) return place(table[i + j], std::move(key), h);
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  static void place(set_slot<T>& e, T key, hash_t h) {
    e.hash = h;
    e.state = slot_state::active;
    e.key = std::move(key);
  }

  /// set_table_resize: a table of the smallest power of two > minused (at least 8),
  /// re-inserting the live elements in slot order and dropping dummies.
  void resize(std::size_t minused) {
    std::size_t size = minsize;
    while (size <= minused) size <<= 1;
    if (size == minsize && slots.size() <= minsize && fill == used) return;  // nothing to do
    std::vector<set_slot<T>> table(size);
    for (set_slot<T>& e : slots)
      if (e.state == slot_state::active) insert_clean(table, std::move(e.key), e.hash);
    slots = std::move(table);
    fill = used;
  }

  /// set_merge: adds every element of other, presizing once.
  void merge(const set_table& o) {
    if (&o == this || o.used == 0) return;
    if ((fill + o.used) * 5 >= mask() * 3) resize((used + o.used) * 2);
    allocate();
    if (fill == 0 && mask() == o.mask() && o.fill == o.used) {  // same size, no dummies: copy
      slots = o.slots;
      fill = o.fill;
      used = o.used;
      return;
    }
    if (fill == 0) {
      for (const set_slot<T>& e : o.slots)
        if (e.state == slot_state::active) insert_clean(slots, e.key, e.hash);
      fill = used = o.used;
      return;
    }
    for (const set_slot<T>& e : o.slots)
      if (e.state == slot_state::active) add(e.key, e.hash);
  }

  void clear() {
    slots = {};
    fill = used = 0;
  }
};

[[noreturn]] PYXC_COLD inline void raise_set_changed_size() {
  raise(exc_kind::RuntimeError, "Set changed size during iteration");
}

}  // namespace detail

/// The end of a set iteration.
struct set_sentinel {};

/// Walks the table in slot order, as CPython's set iterator: if len(s) differs from its value
/// when the loop started, the next step raises RuntimeError "Set changed size during
/// iteration". The iterator keeps the table alive.
template <class T>
class set_iterator {
  using table = detail::set_table<T>;

 public:
  using value_type = T;
  using difference_type = std::ptrdiff_t;
  set_iterator() = default;
  explicit set_iterator(std::shared_ptr<table> t) : t_(std::move(t)), used_(t_->used) {}

  const T& operator*() const { return t_->slots[pos_].key; }
  set_iterator& operator++() {
    ++pos_;
    return *this;
  }
  /// Checks for a size change and skips free slots; true at the end.
  bool operator==(set_sentinel) const {
    if (t_->used != used_) [[unlikely]]
      detail::raise_set_changed_size();
    const auto& s = t_->slots;
    while (pos_ < s.size() && s[pos_].state != detail::slot_state::active) ++pos_;
    return pos_ >= s.size();
  }
  bool operator!=(set_sentinel s) const { return !(*this == s); }

 private:
  std::shared_ptr<table> t_;
  mutable std::size_t pos_ = 0;
  std::size_t used_ = 0;
};

/// A Python set of T. Constness is shallow, as for list: a `const set&` is a handle that
/// cannot be rebound, but the set it names can still be changed.
template <class T>
class set {
  using table = detail::set_table<T>;

 public:
  using value_type = T;

  /// set().
  set() : t_(std::make_shared<table>()) {}
  /// {a, b, c}: added left to right, as CPython's BUILD_SET does.
  set(std::initializer_list<T> items) : set() {
    for (const T& x : items) add(x);
  }

  int_t size() const { return static_cast<int_t>(t_->used); }
  bool empty() const { return t_->used == 0; }
  /// Presizes for n more elements as CPython's set(iterable of known size) does, so that
  /// adding them next lays them out as CPython would.
  void reserve(int_t n) const {
    if (n <= 0) return;
    const auto k = static_cast<std::size_t>(n);
    if ((t_->fill + k) * 5 >= t_->mask() * 3) t_->resize((t_->used + k) * 2);
  }

  /// s.add(x): no effect when an equal element is there (the old one stays).
  void add(const T& x) const { t_->add(x, hash(x)); }
  /// s.discard(x).
  void discard(const T& x) const { t_->discard(x, hash(x)); }
  /// s.remove(x): KeyError(x) when absent.
  void remove(const T& x) const {
    if (!t_->discard(x, hash(x))) [[unlikely]]
      raise(exc_kind::KeyError, detail::key_repr(x));
  }
  /// x in s.
  bool contains(const T& x) const { return t_->find(x, hash(x)) != table::npos; }
  /// s.pop(): the next element from where the last pop stopped; KeyError when empty.
  T pop() const {
    table& t = *t_;
    if (t.used == 0) [[unlikely]]
      raise(exc_kind::KeyError, "'pop from an empty set'");
    const std::size_t mask = t.slots.size() - 1;
    std::size_t i = t.finger & mask;
    while (t.slots[i].state != detail::slot_state::active) i = i == mask ? 0 : i + 1;
    detail::set_slot<T>& e = t.slots[i];
    T r = std::move(e.key);
    e.key = T{};
    e.state = detail::slot_state::dummy;
    e.hash = -1;
    --t.used;
    t.finger = i + 1;
    return r;
  }
  /// s.clear(): back to the initial empty table.
  void clear() const { t_->clear(); }
  /// s.copy() / set(s): a new set with the same elements (same order).
  set copy() const {
    set r;
    r.t_->merge(*t_);
    return r;
  }

  // --- set algebra, in CPython's order of insertions ---------------------------------------

  /// s.update(o) / s |= o.
  void update(const set& o) const { t_->merge(*o.t_); }
  /// s | o / s.union(o).
  set union_(const set& o) const {
    set r = copy();
    if (o.t_ != t_) r.t_->merge(*o.t_);
    return r;
  }
  /// s & o / s.intersection(o): walks the smaller set, probing the larger.
  set intersection(const set& o) const {
    if (o.t_ == t_) return copy();
    const table* walk = o.t_.get();
    const table* probe = t_.get();
    if (o.t_->used > t_->used) std::swap(walk, probe);
    set r;
    for (const auto& e : walk->slots)
      if (e.state == detail::slot_state::active && probe->find(e.key, e.hash) != table::npos) r.t_->add(e.key, e.hash);
    return r;
  }
  /// s &= o / s.intersection_update(o): the intersection's table replaces s's.
  void intersection_update(const set& o) const {
    set r = intersection(o);
    t_->slots = std::move(r.t_->slots);
    t_->fill = r.t_->fill;
    t_->used = r.t_->used;
  }
  /// s - o / s.difference(o).
  set difference(const set& o) const {
    if ((t_->used >> 2) > o.t_->used) {  // s much larger: copy it and remove o's elements
      set r = copy();
      r.difference_update(o);
      return r;
    }
    set r;
    for (const auto& e : t_->slots)
      if (e.state == detail::slot_state::active && o.t_->find(e.key, e.hash) == table::npos) r.t_->add(e.key, e.hash);
    return r;
  }
  /// s -= o / s.difference_update(o).
  void difference_update(const set& o) const {
    table& t = *t_;
    if (o.t_ == t_) return clear();
    if ((o.t_->used >> 3) > t.used) {  // o much larger: only its common elements matter
      set common = intersection(o);
      for (const auto& e : common.t_->slots)
        if (e.state == detail::slot_state::active) t.discard(e.key, e.hash);
    } else {
      for (const auto& e : o.t_->slots)
        if (e.state == detail::slot_state::active) t.discard(e.key, e.hash);
    }
    if (t.fill - t.used > t.mask() / 4) t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);  // purge dummies
  }
  /// s ^ o / s.symmetric_difference(o): a copy of o, then o ^= s.
  set symmetric_difference(const set& o) const {
    set r;
    r.t_->merge(*o.t_);
    r.symmetric_difference_update(*this);
    return r;
  }
  /// s ^= o / s.symmetric_difference_update(o).
  void symmetric_difference_update(const set& o) const {
    if (o.t_ == t_) return clear();
    for (const auto& e : o.t_->slots)
      if (e.state == detail::slot_state::active && !t_->discard(e.key, e.hash)) t_->add(e.key, e.hash);
  }

  /// s <= o / s.issubset(o).
  bool issubset(const set& o) const {
    if (t_->used > o.t_->used) return false;
    for (const auto& e : t_->slots)
      if (e.state == detail::slot_state::active && o.t_->find(e.key, e.hash) == table::npos) return false;
    return true;
  }
  /// s >= o / s.issuperset(o).
  bool issuperset(const set& o) const { return o.issubset(*this); }
  /// s.isdisjoint(o).
  bool isdisjoint(const set& o) const {
    if (o.t_ == t_) return t_->used == 0;
    const table* walk = o.t_.get();
    const table* probe = t_.get();
    if (o.t_->used > t_->used) std::swap(walk, probe);
    for (const auto& e : walk->slots)
      if (e.state == detail::slot_state::active && probe->find(e.key, e.hash) != table::npos) return false;
    return true;
  }

  set_iterator<T> begin() const { return set_iterator<T>(t_); }
  set_sentinel end() const { return {}; }

  /// Python's `is`: the same set object.
  bool is(const set& other) const { return t_ == other.t_; }

  /// Python's ==: the same elements.
  friend bool operator==(const set& a, const set& b) { return a.t_->used == b.t_->used && a.issubset(b); }
  friend bool operator!=(const set& a, const set& b) { return !(a == b); }
  /// Python's subset comparisons: <= subset, < proper subset, and the reverse.
  friend bool operator<=(const set& a, const set& b) { return a.issubset(b); }
  friend bool operator<(const set& a, const set& b) { return a.t_->used < b.t_->used && a.issubset(b); }
  friend bool operator>=(const set& a, const set& b) { return b.issubset(a); }
  friend bool operator>(const set& a, const set& b) { return b < a; }
  friend set operator|(const set& a, const set& b) { return a.union_(b); }
  friend set operator&(const set& a, const set& b) { return a.intersection(b); }
  friend set operator-(const set& a, const set& b) { return a.difference(b); }
  friend set operator^(const set& a, const set& b) { return a.symmetric_difference(b); }

  /// The shared table (for iterators and the Python conversion).
  const std::shared_ptr<table>& table_ptr() const { return t_; }

 private:
  std::shared_ptr<table> t_;
};

/// set_union(a, b) etc.: the set algebra as free functions, for the code generator.
template <class T>
set<T> set_union(const set<T>& a, const set<T>& b) {
  return a.union_(b);
}
template <class T>
set<T> set_intersection(const set<T>& a, const set<T>& b) {
  return a.intersection(b);
}
template <class T>
set<T> set_difference(const set<T>& a, const set<T>& b) {
  return a.difference(b);
}
template <class T>
set<T> set_symmetric_difference(const set<T>& a, const set<T>& b) {
  return a.symmetric_difference(b);
}

/// set(iterable).
template <class C>
auto to_set(const C& xs) {
  set<std::remove_cv_t<std::remove_reference_t<decltype(*xs.begin())>>> out;
  for (auto&& x : xs) out.add(x);
  return out;
}

template <class T>
bool to_bool(const set<T>& s) {
  return !s.empty();
}

}  // namespace pyxc
