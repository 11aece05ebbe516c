// Python's dict: a shared, insertion-ordered hash map. Copies of a pyxc::dict share one table,
// as Python names share one dict object.
//
// The layout is CPython's compact dict: a vector of entries in insertion order (deleted ones
// left in place as tombstones) and an open-addressing index of positions into it, probed as
// CPython probes (i = 5*i + 1 + perturb). Iteration is a walk over the entries vector, so the
// order is exactly CPython's: a new key goes to the end, assigning to an existing key keeps its
// place, a deleted and re-inserted key goes to the end. Tombstones are squeezed out when the
// entries vector fills up, as in CPython.
//
// Keys compare with Python's ==, so 0.0 and -0.0 are one key. A NaN key never matches: CPython
// finds the very same NaN object by identity, but pyxc floats have no identity, so `d[x]` for
// a NaN x raises KeyError even right after `d[x] = v`, and every NaN inserted is a new key.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "pyxc/core.hpp"
#include "pyxc/hash.hpp"
#include "pyxc/key_repr.hpp"

namespace pyxc {

namespace detail {

/// KeyError(k): str() of it is repr(k).
template <class K>
[[noreturn]] PYXC_COLD void raise_key_error(const K& key) {
  raise(exc_kind::KeyError, key_repr(key));
}

template <class K, class V>
struct dict_entry {
  hash_t hash;  // -1 marks a deleted entry (no real hash is -1)
  K key;
  V value;
};

/// The shared state of a dict.
template <class K, class V>
struct dict_table {
  static constexpr std::int32_t empty = -1;  // index slot never used
  static constexpr std::int32_t dummy = -2;  // index slot whose entry was deleted

  std::vector<std::int32_t> index;  // size 0 or a power of two >= 8
  std::vector<dict_entry<K, V>> entries;
  std::size_t used = 0;    // live entries: len(d)
  std::size_t usable = 0;  // insertions left before a resize (CPython's dk_usable: popitem
                           // shortens the entries but does not give the slot back)

  /// How many entries a table of this index size holds (USABLE_FRACTION).
  std::size_t capacity() const { return (index.size() << 1) / 3; }

  /// The position in `entries` of key, or -1.
  std::ptrdiff_t find(const K& key, hash_t h) const {
    const std::size_t slot = find_slot(key, h);
    return slot == npos ? -1 : index[slot];
  }

  /// The index slot holding key, or npos.
  std::size_t find_slot(const K& key, hash_t h) const {
    if (index.empty()) return npos;
    const std::size_t mask = index.size() - 1;
    std::size_t perturb = static_cast<std::size_t>(h);
    std::size_t i = perturb & mask;
    for (;;) {
      const std::int32_t ix = index[i];
      if (ix == empty) return npos;
      if (ix >= 0) {
        const dict_entry<K, V>& e = entries[static_cast<std::size_t>(ix)];
        if (e.hash == h && e.key == key) return i;
      }
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /// The first empty or dummy slot on h's probe sequence.
  std::size_t free_slot(hash_t h) const {
    const std::size_t mask = index.size() - 1;
    std::size_t perturb = static_cast<std::size_t>(h);
    std::size_t i = perturb & mask;
    while (index[i] >= 0) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  /// Appends a key known to be absent.
  void insert_new(hash_t h, K key, V value) {
    if (usable == 0) resize(used * 3);
    const std::size_t slot = free_slot(h);
    index[slot] = static_cast<std::int32_t>(entries.size());
    entries.push_back(dict_entry<K, V>{h, std::move(key), std::move(value)});
    ++used;
    --usable;
  }

  /// The index size CPython 3.11 picks for `minsize` (calculate_log2_keysize, whose bit trick
  /// gives 16, not 8, for 1 <= minsize <= 7: reproduced, since it decides when entries are
  /// compacted, which a loop that mutates the dict can observe).
  static std::size_t index_size_for(std::size_t minsize) {
    const std::size_t m = ((minsize | 8) - 1) | 7;
    return std::size_t{1} << std::bit_width(m);
  }

  /// Rebuilds the index with index_size_for(minsize) slots, dropping tombstones.
  void resize(std::size_t minsize) {
    const std::size_t size = index_size_for(minsize);
    if (size > (std::size_t{1} << 31)) [[unlikely]]
      raise(exc_kind::MemoryError, "");
    if (used != entries.size()) {
      std::size_t j = 0;
      for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].hash != -1) {
          if (i != j) entries[j] = std::move(entries[i]);
          ++j;
        }
      entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(j), entries.end());
    }
    index.assign(size, empty);
    entries.reserve(capacity());
    usable = capacity() - used;
    for (std::size_t k = 0; k < entries.size(); ++k) index[free_slot(entries[k].hash)] = static_cast<std::int32_t>(k);
  }

  /// The index slot that points at entry ix (which has hash h).
  std::size_t slot_of(hash_t h, std::size_t ix) const {
    const std::size_t mask = index.size() - 1;
    std::size_t perturb = static_cast<std::size_t>(h);
    std::size_t i = perturb & mask;
    while (index[i] != static_cast<std::int32_t>(ix)) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  /// The index size CPython picks for n keys known in advance (estimate_log2_keysize).
  static std::size_t presize(std::size_t n) { return (n * 3 + 1) / 2; }

  /// Marks the entry in index slot `slot` deleted.
  void erase_at(std::size_t slot) {
    entries[static_cast<std::size_t>(index[slot])].hash = -1;
    index[slot] = dummy;
    --used;
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

[[noreturn]] PYXC_COLD inline void raise_dict_changed_size() {
  raise(exc_kind::RuntimeError, "dictionary changed size during iteration");
}
[[noreturn]] PYXC_COLD inline void raise_dict_keys_changed() {
  raise(exc_kind::RuntimeError, "dictionary keys changed during iteration");
}

/// What a dict iterator yields: the key, the value or a (key, value) tuple.
struct project_key {
  template <class E>
  static const auto& get(const E& e) {
    return e.key;
  }
};
struct project_value {
  template <class E>
  static auto& get(E& e) {
    return e.value;
  }
};
struct project_item {
  template <class E>
  static auto get(const E& e) {
    return std::make_tuple(e.key, e.value);
  }
};

}  // namespace detail

template <class K, class V>
class dict;

/// The end of a dict iteration.
struct dict_sentinel {};

/// Walks the entries vector as CPython's dict iterator does: if len(d) differs from its value
/// when the loop started, the next step raises RuntimeError "dictionary changed size during
/// iteration"; if more keys turn up than the dict had (a key deleted and another added),
/// "dictionary keys changed during iteration". The iterator keeps the table alive.
template <class K, class V, class Proj>
class dict_iterator {
  using table = detail::dict_table<K, V>;

 public:
  using difference_type = std::ptrdiff_t;
  dict_iterator() = default;
  explicit dict_iterator(std::shared_ptr<table> t) : t_(std::move(t)), used_(t_->used), left_(t_->used) {}

  decltype(auto) operator*() const { return Proj::get(t_->entries[pos_]); }
  dict_iterator& operator++() {
    ++pos_;
    --left_;
    return *this;
  }
  /// Checks for changes and skips tombstones; true at the end.
  bool operator==(dict_sentinel) const {
    if (t_->used != used_) [[unlikely]]
      detail::raise_dict_changed_size();
    const auto& es = t_->entries;
    while (pos_ < es.size() && es[pos_].hash == -1) ++pos_;
    if (pos_ >= es.size()) return true;
    if (left_ == 0) [[unlikely]]
      detail::raise_dict_keys_changed();
    return false;
  }
  bool operator!=(dict_sentinel s) const { return !(*this == s); }

 private:
  std::shared_ptr<table> t_;
  mutable std::size_t pos_ = 0;
  std::size_t used_ = 0;
  std::size_t left_ = 0;
};

/// d.keys(), d.values(), d.items(): live views over the dict.
template <class K, class V, class Proj>
class dict_view {
 public:
  explicit dict_view(dict<K, V> d) : d_(std::move(d)) {}
  dict_iterator<K, V, Proj> begin() const { return dict_iterator<K, V, Proj>(d_.table_ptr()); }
  dict_sentinel end() const { return {}; }
  int_t size() const { return d_.size(); }
  /// `k in d.keys()` (keys views only).
  bool contains(const K& key) const
    requires std::is_same_v<Proj, detail::project_key>
  {
    return d_.contains(key);
  }

 private:
  dict<K, V> d_;
};

/// A Python dict from K to V. Constness is shallow, as for list: a `const dict&` is a handle
/// that cannot be rebound, but the dict it names can still be changed.
template <class K, class V>
class dict {
  using table = detail::dict_table<K, V>;

 public:
  using key_type = K;
  using mapped_type = V;
  using keys_view = dict_view<K, V, detail::project_key>;
  using values_view = dict_view<K, V, detail::project_value>;
  using items_view = dict_view<K, V, detail::project_item>;

  /// {}.
  dict() : t_(std::make_shared<table>()) {}
  /// {k1: v1, k2: v2}: a repeated key keeps its first position and its last value.
  dict(std::initializer_list<std::pair<K, V>> items) : dict() {
    if (items.size() > 5) reserve(static_cast<int_t>(std::min<std::size_t>(items.size(), 87381)));  // as BUILD_MAP
    for (const auto& kv : items) setitem(kv.first, kv.second);
  }

  int_t size() const { return static_cast<int_t>(t_->used); }
  bool empty() const { return t_->used == 0; }
  /// Makes room for n keys in all, so inserting them does not resize.
  void reserve(int_t n) const {
    if (n > 0 && static_cast<std::size_t>(n) > t_->capacity()) t_->resize(table::presize(static_cast<std::size_t>(n)));
  }

  /// d[k]: KeyError(k) when absent.
  const V& getitem(const K& key) const {
    const std::ptrdiff_t ix = t_->find(key, hash(key));
    if (ix < 0) [[unlikely]]
      detail::raise_key_error(key);
    return t_->entries[static_cast<std::size_t>(ix)].value;
  }
  /// d[k] = v: a new key goes last; an existing key keeps its place (and its key object).
  void setitem(const K& key, V value) const {
    const hash_t h = hash(key);
    const std::ptrdiff_t ix = t_->find(key, h);
    if (ix >= 0)
      t_->entries[static_cast<std::size_t>(ix)].value = std::move(value);
    else
      t_->insert_new(h, key, std::move(value));
  }
  /// d[k] = f(d.get(k, dflt)) with one lookup of k (`counts[w] = counts.get(w, 0) + 1`). f runs
  /// before anything is stored, so a raising f leaves d as it was, as in Python.
  template <class F>
  void update_item(const K& key, const V& dflt, F&& f) const {
    const hash_t h = hash(key);
    const std::ptrdiff_t ix = t_->find(key, h);
    if (ix >= 0) {
      V& slot = t_->entries[static_cast<std::size_t>(ix)].value;
      slot = f(static_cast<const V&>(slot));
    } else {
      V value = f(dflt);
      t_->insert_new(h, key, std::move(value));
    }
  }
  /// del d[k]: KeyError(k) when absent.
  void delitem(const K& key) const {
    const std::size_t slot = t_->find_slot(key, hash(key));
    if (slot == table::npos) [[unlikely]]
      detail::raise_key_error(key);
    t_->erase_at(slot);
  }
  /// k in d.
  bool contains(const K& key) const { return t_->find(key, hash(key)) >= 0; }

  /// d.get(k): the value, or nullopt (None) when absent.
  std::optional<V> get(const K& key) const {
    const std::ptrdiff_t ix = t_->find(key, hash(key));
    if (ix < 0) return std::nullopt;
    return t_->entries[static_cast<std::size_t>(ix)].value;
  }
  /// d.get(k, default).
  V get(const K& key, V dflt) const {
    const std::ptrdiff_t ix = t_->find(key, hash(key));
    if (ix < 0) return dflt;
    return t_->entries[static_cast<std::size_t>(ix)].value;
  }
  /// d.pop(k): removes and returns d[k]; KeyError(k) when absent.
  V pop(const K& key) const {
    const std::size_t slot = t_->find_slot(key, hash(key));
    if (slot == table::npos) [[unlikely]]
      detail::raise_key_error(key);
    V r = std::move(t_->entries[static_cast<std::size_t>(t_->index[slot])].value);
    t_->erase_at(slot);
    return r;
  }
  /// d.pop(k, default).
  V pop(const K& key, V dflt) const {
    const std::size_t slot = t_->find_slot(key, hash(key));
    if (slot == table::npos) return dflt;
    V r = std::move(t_->entries[static_cast<std::size_t>(t_->index[slot])].value);
    t_->erase_at(slot);
    return r;
  }
  /// d.setdefault(k, v): d[k], after inserting v when k is absent.
  V setdefault(const K& key, V dflt) const {
    const hash_t h = hash(key);
    const std::ptrdiff_t ix = t_->find(key, h);
    if (ix >= 0) return t_->entries[static_cast<std::size_t>(ix)].value;
    t_->insert_new(h, key, dflt);
    return dflt;
  }
  /// d.popitem(): removes and returns the last (key, value); KeyError when empty.
  std::tuple<K, V> popitem() const {
    if (t_->used == 0) [[unlikely]]
      raise(exc_kind::KeyError, "'popitem(): dictionary is empty'");
    auto& es = t_->entries;
    while (es.back().hash == -1) es.pop_back();  // as CPython, which shortens its entries too
    detail::dict_entry<K, V>& e = es.back();
    t_->index[t_->slot_of(e.hash, es.size() - 1)] = table::dummy;
    std::tuple<K, V> r(std::move(e.key), std::move(e.value));
    es.pop_back();
    --t_->used;
    return r;
  }
  /// d.clear(): frees the table.
  void clear() const { *t_ = table(); }
  /// d.update(other): other's keys in its order, overwriting values of existing keys. Sizes
  /// the table as CPython's dict_merge does (which only shows in what an iteration that
  /// mutates the dict sees).
  void update(const dict& other) const {
    const table& o = *other.t_;
    if (other.t_ == t_ || o.used == 0) return;
    if (t_->used == 0 && o.used == o.entries.size() &&
        (o.index.size() == 8 || ((o.index.size() / 2) << 1) / 3 < o.used)) {
      *t_ = o;  // a clean source into an empty dict: clone its table
      return;
    }
    if (t_->capacity() < o.used) t_->resize(table::presize(t_->used + o.used));
    for (const auto& e : o.entries) {
      if (e.hash == -1) continue;
      const std::ptrdiff_t ix = t_->find(e.key, e.hash);
      if (ix >= 0)
        t_->entries[static_cast<std::size_t>(ix)].value = e.value;
      else
        t_->insert_new(e.hash, e.key, e.value);
    }
  }
  /// d.copy() / dict(d): a new dict with the same items in the same order (shallow). As in
  /// CPython, the table is cloned, tombstones and all, unless over a third of it is dead.
  dict copy() const {
    dict r;
    if (t_->used == 0) return r;
    if (t_->used >= t_->entries.size() * 2 / 3) {
      *r.t_ = *t_;
      r.t_->entries.reserve(t_->capacity());
    } else {
      r.update(*this);
    }
    return r;
  }

  keys_view keys() const { return keys_view(*this); }
  values_view values() const { return values_view(*this); }
  items_view items() const { return items_view(*this); }
  /// `for k in d`: the keys.
  dict_iterator<K, V, detail::project_key> begin() const { return dict_iterator<K, V, detail::project_key>(t_); }
  dict_sentinel end() const { return {}; }

  /// Python's `is`: the same dict object.
  bool is(const dict& other) const { return t_ == other.t_; }

  /// Python's ==: the same keys with equal values, in any order. Values compare with ==, so
  /// a NaN value makes two dicts unequal (CPython's identity shortcut has nothing to hold on
  /// to in pyxc), except a dict compared with itself.
  friend bool operator==(const dict& a, const dict& b) {
    if (a.t_ == b.t_) return true;
    if (a.t_->used != b.t_->used) return false;
    for (const auto& e : a.t_->entries) {
      if (e.hash == -1) continue;
      const std::ptrdiff_t ix = b.t_->find(e.key, e.hash);
      if (ix < 0 || !(e.value == b.t_->entries[static_cast<std::size_t>(ix)].value)) return false;
    }
    return true;
  }
  friend bool operator!=(const dict& a, const dict& b) { return !(a == b); }

  /// The shared table (for iterators and views).
  const std::shared_ptr<table>& table_ptr() const { return t_; }

 private:
  std::shared_ptr<table> t_;
};

template <class K, class V>
bool to_bool(const dict<K, V>& d) {
  return !d.empty();
}

}  // namespace pyxc
