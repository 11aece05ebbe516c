// Python str operations on UTF-8 storage: indexing, slicing, iteration and the str methods,
// with CPython 3.11's semantics and messages. Indices count code points; each function takes
// an ASCII fast path (bytes are code points) after one word-at-a-time check.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "pyxc/core.hpp"
#include "pyxc/list.hpp"
#include "pyxc/sequence.hpp"
#include "pyxc/str/unicode.hpp"
#include "pyxc/str/utf8.hpp"

namespace pyxc {

namespace detail {

[[noreturn]] PYXC_COLD inline void raise_str_index() {
  raise(exc_kind::IndexError, "string index out of range");
}
[[noreturn]] PYXC_COLD inline void raise_empty_separator() { raise(exc_kind::ValueError, "empty separator"); }
[[noreturn]] PYXC_COLD inline void raise_substring_not_found() {
  raise(exc_kind::ValueError, "substring not found");
}
[[noreturn]] PYXC_COLD inline void raise_fill_char() {
  raise(exc_kind::TypeError, "The fill character must be exactly one character long");
}

/// ASCII whitespace as str.isspace() defines it: \t\n\v\f\r, \x1c-\x1f and space.
PYXC_INLINE bool ascii_space(unsigned char c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

/// A str's code point indexing: ASCII strings index bytes directly.
struct cp_index {
  std::string_view s;
  bool ascii;
  std::size_t n;  // code points

  explicit cp_index(std::string_view v)
      : s(v), ascii(utf8::is_ascii(v)), n(ascii ? v.size() : utf8::count(v)) {}
  /// Byte offset of code point k (0 <= k <= n).
  std::size_t byte(std::size_t k) const { return ascii ? k : utf8::offset_of(s, k); }
  /// Code point index of byte offset b (a code point boundary).
  std::size_t cp(std::size_t b) const { return ascii ? b : utf8::count(s.data(), b); }
};

/// CPython's ADJUST_INDICES: clamps optional start/end (code points) into [0, n].
inline void adjust_indices(std::optional<int_t> start, std::optional<int_t> end, int_t n, int_t* lo,
                           int_t* hi) {
  int_t a = start.value_or(0), b = end.value_or(n);
  if (b > n) b = n;
  else if (b < 0) {
    b += n;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += n;
    if (a < 0) a = 0;
  }
  *lo = a;
  *hi = b;
}

/// The code point a one-character str holds; TypeError for any other length.
inline char32_t fill_char(const str& fill) {
  if (fill.empty() || static_cast<std::size_t>(utf8::seq_len(fill[0])) != fill.size()) raise_fill_char();
  std::size_t i = 0;
  return utf8::decode(fill, i);
}

/// `left` copies of cp, s, then `right` copies of cp.
inline str pad(const str& s, int_t left, int_t right, char32_t cp) {
  str one;
  utf8::append(one, cp);
  str out;
  out.reserve(s.size() + static_cast<std::size_t>(left + right) * one.size());
  if (one.size() == 1) {
    out.append(static_cast<std::size_t>(left), one[0]);
    out += s;
    out.append(static_cast<std::size_t>(right), one[0]);
  } else {
    for (int_t k = 0; k < left; ++k) out += one;
    out += s;
    for (int_t k = 0; k < right; ++k) out += one;
  }
  return out;
}

}  // namespace detail

// --- indexing and slicing ----------------------------------------------------------------

/// s[i]: the code point at index i (negative counts from the end); IndexError out of range.
inline str str_getitem(const str& s, int_t i) {
  if (i >= 0) {
    const std::size_t b = utf8::byte_offset(s, static_cast<std::size_t>(i));
    if (b >= s.size()) detail::raise_str_index();
    return s.substr(b, static_cast<std::size_t>(utf8::seq_len(s[b])));
  }
  // Count back -i code points from the end; fail if the string runs out first.
  std::size_t k = static_cast<std::size_t>(-(i + 1)) + 1, b = s.size();
  while (b > 0) {
    --b;
    if (!utf8::is_cont(s[b]) && --k == 0) break;
  }
  if (k != 0) detail::raise_str_index();
  return s.substr(b, static_cast<std::size_t>(utf8::seq_len(s[b])));
}

/// s[lo:hi:step] with CPython's slice clamping; ValueError for a zero step.
inline str str_slice(const str& s, std::optional<int_t> lo, std::optional<int_t> hi,
                     std::optional<int_t> step = std::nullopt) {
  const int_t st = step.value_or(1);
  if (st == 1 && lo.value_or(0) >= 0 && (!hi || *hi >= 0)) {
    // Non-negative bounds need no length: O(hi) instead of O(len).
    const std::size_t a = utf8::byte_offset(s, static_cast<std::size_t>(lo.value_or(0)));
    const std::size_t b = hi ? utf8::byte_offset(s, static_cast<std::size_t>(*hi)) : s.size();
    return a < b ? s.substr(a, b - a) : str();
  }
  const detail::cp_index ix(s);
  int_t start = 0, stop = 0;
  slice_indices(static_cast<int_t>(ix.n), lo, hi, st, &start, &stop);
  int_t count = 0;
  if (st > 0 && start < stop) count = (stop - start - 1) / st + 1;
  if (st < 0 && stop < start) count = (start - stop - 1) / (-st) + 1;
  if (count == 0) return str();
  if (st == 1) {
    const std::size_t a = ix.byte(static_cast<std::size_t>(start));
    return s.substr(a, ix.byte(static_cast<std::size_t>(stop)) - a);
  }
  str out;
  if (ix.ascii) {
    out.resize(static_cast<std::size_t>(count));
    int_t i = start;
    for (int_t k = 0; k < count; ++k, i += st) out[static_cast<std::size_t>(k)] = s[static_cast<std::size_t>(i)];
    return out;
  }
  std::vector<std::uint32_t> offs;  // byte offset of every code point
  offs.reserve(ix.n + 1);
  for (std::size_t b = 0; b < s.size(); ++b)
    if (!utf8::is_cont(s[b])) offs.push_back(static_cast<std::uint32_t>(b));
  offs.push_back(static_cast<std::uint32_t>(s.size()));
  int_t i = start;
  for (int_t k = 0; k < count; ++k, i += st) {
    const std::size_t a = offs[static_cast<std::size_t>(i)];
    out.append(s, a, offs[static_cast<std::size_t>(i) + 1] - a);
  }
  return out;
}

// --- iteration ---------------------------------------------------------------------------

/// `for c in s`: yields each code point as a one-character str. Holds its own copy of the
/// text, as a Python iterator holds the str object, so rebinding s in the loop is harmless.
class str_chars_range {
 public:
  class iterator {
   public:
    using value_type = str;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const char* p) : p_(p) {}
    str operator*() const { return str(p_, static_cast<std::size_t>(utf8::seq_len(*p_))); }
    iterator& operator++() {
      p_ += utf8::seq_len(*p_);
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& o) const { return p_ == o.p_; }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    const char* p_ = nullptr;
  };
  explicit str_chars_range(str s) : s_(std::move(s)) {}
  iterator begin() const { return iterator(s_.data()); }
  iterator end() const { return iterator(s_.data() + s_.size()); }

 private:
  str s_;
};

/// The code points of s, for range-for.
inline str_chars_range str_chars(str s) { return str_chars_range(std::move(s)); }

// --- searching ---------------------------------------------------------------------------
// UTF-8 is self-synchronizing: a byte match of valid UTF-8 in valid UTF-8 always starts and
// ends on code point boundaries, so searches run on bytes and only results are converted.

/// sub in s.
inline bool str_contains(const str& s, const str& sub) { return s.find(sub) != str::npos; }

/// s.find(sub[, start[, end]]): the lowest code point index of sub, or -1.
inline int_t str_find(const str& s, const str& sub, std::optional<int_t> start = std::nullopt,
                      std::optional<int_t> end = std::nullopt) {
  if (!start && !end) {
    const std::size_t b = s.find(sub);
    if (b == str::npos) return -1;
    return static_cast<int_t>(utf8::is_ascii(s.data(), b) ? b : utf8::count(s.data(), b));
  }
  const detail::cp_index ix(s);
  int_t lo, hi;
  detail::adjust_indices(start, end, static_cast<int_t>(ix.n), &lo, &hi);
  if (hi - lo < static_cast<int_t>(utf8::count(sub))) return -1;
  const std::size_t a = ix.byte(static_cast<std::size_t>(lo)), b = ix.byte(static_cast<std::size_t>(hi));
  const std::size_t r = std::string_view(s).substr(0, b).find(sub, a);
  return r == str::npos ? -1 : static_cast<int_t>(ix.cp(r));
}

/// s.rfind(sub[, start[, end]]): the highest code point index of sub, or -1.
inline int_t str_rfind(const str& s, const str& sub, std::optional<int_t> start = std::nullopt,
                       std::optional<int_t> end = std::nullopt) {
  if (!start && !end) {
    const std::size_t b = s.rfind(sub);
    if (b == str::npos) return -1;
    return static_cast<int_t>(utf8::is_ascii(s.data(), b) ? b : utf8::count(s.data(), b));
  }
  const detail::cp_index ix(s);
  int_t lo, hi;
  detail::adjust_indices(start, end, static_cast<int_t>(ix.n), &lo, &hi);
  if (hi - lo < static_cast<int_t>(utf8::count(sub))) return -1;
  const std::size_t a = ix.byte(static_cast<std::size_t>(lo)), b = ix.byte(static_cast<std::size_t>(hi));
  const std::size_t r = std::string_view(s).substr(a, b - a).rfind(sub);
  return r == str::npos ? -1 : static_cast<int_t>(ix.cp(a + r));
}

/// s.index(sub[, start[, end]]): like find, but ValueError "substring not found".
inline int_t str_index(const str& s, const str& sub, std::optional<int_t> start = std::nullopt,
                       std::optional<int_t> end = std::nullopt) {
  const int_t r = str_find(s, sub, start, end);
  if (r < 0) detail::raise_substring_not_found();
  return r;
}
/// s.rindex(sub[, start[, end]]).
inline int_t str_rindex(const str& s, const str& sub, std::optional<int_t> start = std::nullopt,
                        std::optional<int_t> end = std::nullopt) {
  const int_t r = str_rfind(s, sub, start, end);
  if (r < 0) detail::raise_substring_not_found();
  return r;
}

/// s.count(sub[, start[, end]]): non-overlapping occurrences; len+1 for an empty sub.
inline int_t str_count(const str& s, const str& sub, std::optional<int_t> start = std::nullopt,
                       std::optional<int_t> end = std::nullopt) {
  std::string_view v(s);
  int_t lo = 0, hi = 0;
  if (start || end || sub.empty()) {
    const detail::cp_index ix(s);
    detail::adjust_indices(start, end, static_cast<int_t>(ix.n), &lo, &hi);
    if (hi - lo < static_cast<int_t>(utf8::count(sub))) return 0;
    if (sub.empty()) return hi - lo + 1;
    const std::size_t a = ix.byte(static_cast<std::size_t>(lo));
    v = v.substr(a, ix.byte(static_cast<std::size_t>(hi)) - a);
  }
  int_t n = 0;
  for (std::size_t p = v.find(sub); p != std::string_view::npos; p = v.find(sub, p + sub.size())) ++n;
  return n;
}

namespace detail {
/// CPython's tailmatch: does s[start:end] start (dir < 0) or end (dir > 0) with sub?
inline bool tailmatch(const str& s, const str& sub, std::optional<int_t> start, std::optional<int_t> end,
                      int dir) {
  if (!start && !end) {
    if (sub.size() > s.size()) return false;
    return std::string_view(s).compare(dir < 0 ? 0 : s.size() - sub.size(), sub.size(), sub) == 0;
  }
  const cp_index ix(s);
  int_t lo, hi;
  adjust_indices(start, end, static_cast<int_t>(ix.n), &lo, &hi);
  if (hi - static_cast<int_t>(utf8::count(sub)) < lo) return false;
  const std::size_t a = ix.byte(static_cast<std::size_t>(lo)), b = ix.byte(static_cast<std::size_t>(hi));
  const std::string_view v = std::string_view(s).substr(a, b - a);
  if (sub.size() > v.size()) return false;
  return dir < 0 ? v.substr(0, sub.size()) == sub : v.substr(v.size() - sub.size()) == sub;
}
}  // namespace detail

/// s.startswith(prefix[, start[, end]]).
inline bool str_startswith(const str& s, const str& prefix, std::optional<int_t> start = std::nullopt,
                           std::optional<int_t> end = std::nullopt) {
  return detail::tailmatch(s, prefix, start, end, -1);
}
/// s.endswith(suffix[, start[, end]]).
inline bool str_endswith(const str& s, const str& suffix, std::optional<int_t> start = std::nullopt,
                         std::optional<int_t> end = std::nullopt) {
  return detail::tailmatch(s, suffix, start, end, +1);
}

// --- split and join ----------------------------------------------------------------------

namespace detail {

/// Whitespace test of the code point at byte i; sets len to its byte length.
PYXC_INLINE bool space_at(std::string_view s, std::size_t i, std::size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return ascii_space(c);
  }
  std::size_t j = i;
  const char32_t cp = utf8::decode(s, j);
  len = j - i;
  return unicode::is_space(cp);
}
/// Whitespace test of the code point ending just before byte i; sets len to its byte length.
PYXC_INLINE bool space_before(std::string_view s, std::size_t i, std::size_t& len) {
  const unsigned char c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) {
    len = 1;
    return ascii_space(c);
  }
  std::size_t j = i;
  const char32_t cp = utf8::decode_back(s, j);
  len = i - j;
  return unicode::is_space(cp);
}

inline list<str> split_whitespace(const str& s, int_t maxsplit) {
  list<str> out;
  std::vector<str>& v = out.vec();
  const std::string_view sv(s);
  const std::size_t n = s.size();
  std::size_t i = 0, len = 0;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  while (maxsplit-- > 0) {
    while (i < n && space_at(sv, i, len)) i += len;
    if (i == n) break;
    const std::size_t j = i;
    while (i < n && !space_at(sv, i, len)) i += len;
    v.emplace_back(s, j, i - j);
  }
  if (i < n) {
    while (i < n && space_at(sv, i, len)) i += len;
    if (i != n) v.emplace_back(s, i, n - i);
  }
  return out;
}

inline list<str> rsplit_whitespace(const str& s, int_t maxsplit) {
  list<str> out;
  std::vector<str>& v = out.vec();
  const std::string_view sv(s);
  std::size_t i = s.size(), len = 0;  // i: end of the unscanned prefix
  if (maxsplit < 0) maxsplit = INT64_MAX;
  while (maxsplit-- > 0) {
    while (i > 0 && space_before(sv, i, len)) i -= len;
    if (i == 0) break;
    const std::size_t j = i;
    while (i > 0 && !space_before(sv, i, len)) i -= len;
    v.emplace_back(s, i, j - i);
  }
  if (i > 0) {
    while (i > 0 && space_before(sv, i, len)) i -= len;
    if (i > 0) v.emplace_back(s, 0, i);
  }
  std::reverse(v.begin(), v.end());
  return out;
}

}  // namespace detail

/// s.split(): runs of whitespace (str.isspace()) separate the words; none are empty.
inline list<str> str_split(const str& s) { return detail::split_whitespace(s, -1); }
/// s.split(None, maxsplit).
inline list<str> str_split(const str& s, none_t, int_t maxsplit) {
  return detail::split_whitespace(s, maxsplit);
}
/// s.split(sep[, maxsplit]): ValueError "empty separator" for sep == ''.
inline list<str> str_split(const str& s, const str& sep, int_t maxsplit = -1) {
  if (sep.empty()) detail::raise_empty_separator();
  list<str> out;
  std::vector<str>& v = out.vec();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::size_t i = 0;
  while (maxsplit-- > 0) {
    const std::size_t j = s.find(sep, i);
    if (j == str::npos) break;
    v.emplace_back(s, i, j - i);
    i = j + sep.size();
  }
  v.emplace_back(s, i, s.size() - i);
  return out;
}

/// s.rsplit(): as split() when maxsplit is unlimited.
inline list<str> str_rsplit(const str& s) { return detail::split_whitespace(s, -1); }
/// s.rsplit(None, maxsplit): splits from the right.
inline list<str> str_rsplit(const str& s, none_t, int_t maxsplit) {
  return detail::rsplit_whitespace(s, maxsplit);
}
/// s.rsplit(sep[, maxsplit]).
inline list<str> str_rsplit(const str& s, const str& sep, int_t maxsplit = -1) {
  if (sep.empty()) detail::raise_empty_separator();
  list<str> out;
  std::vector<str>& v = out.vec();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::size_t j = s.size();  // end of the unsplit prefix
  while (maxsplit-- > 0 && j >= sep.size()) {
    const std::size_t p = std::string_view(s).substr(0, j).rfind(sep);
    if (p == str::npos) break;
    v.emplace_back(s, p + sep.size(), j - p - sep.size());
    j = p;
  }
  v.emplace_back(s, 0, j);
  std::reverse(v.begin(), v.end());
  return out;
}

/// sep.join(items) for any iterable of str (pyxc::list<str>, ...).
template <class C>
str str_join(const str& sep, const C& items) {
  std::size_t total = 0, n = 0;
  for (const str& x : items) {
    total += x.size();
    ++n;
  }
  str out;
  if (n == 0) return out;
  out.reserve(total + (n - 1) * sep.size());
  bool first = true;
  for (const str& x : items) {
    if (!first) out += sep;
    first = false;
    out += x;
  }
  return out;
}

// --- strip -------------------------------------------------------------------------------

namespace detail {

/// Strips from the left (left), the right (right) or both, code points satisfying `in_set`.
template <class Pred>
str strip_if(const str& s, bool left, bool right, Pred in_set) {
  const std::string_view sv(s);
  std::size_t a = 0, b = s.size();
  if (left) {
    while (a < b) {
      std::size_t j = a;
      if (!in_set(utf8::decode(sv, j))) break;
      a = j;
    }
  }
  if (right) {
    while (b > a) {
      std::size_t j = b;
      if (!in_set(utf8::decode_back(sv, j))) break;
      b = j;
    }
  }
  return s.substr(a, b - a);
}

inline str strip_space(const str& s, bool left, bool right) {
  return strip_if(s, left, right, [](char32_t cp) { return unicode::is_space(cp); });
}

inline str strip_chars(const str& s, const str& chars, bool left, bool right) {
  // Ends that are ASCII bytes are ASCII code points (UTF-8 never uses bytes < 0x80 inside a
  // longer sequence), so they are looked up in chars' bytes directly; the first non-ASCII end
  // goes the general way below.
  const std::string_view cs(chars);
  std::size_t a = 0, b = s.size();
  while (left && a < b && static_cast<unsigned char>(s[a]) < 0x80 && cs.find(s[a]) != std::string_view::npos) ++a;
  while (right && b > a && static_cast<unsigned char>(s[b - 1]) < 0x80 && cs.find(s[b - 1]) != std::string_view::npos) --b;
  const bool left_done = !left || a == b || static_cast<unsigned char>(s[a]) < 0x80;
  const bool right_done = !right || a == b || static_cast<unsigned char>(s[b - 1]) < 0x80;
  if (left_done && right_done) return a == 0 && b == s.size() ? s : s.substr(a, b - a);
  if (utf8::is_ascii(chars)) {
    std::uint64_t set[2] = {0, 0};
    for (unsigned char c : chars) set[c >> 6] |= std::uint64_t{1} << (c & 63);
    return strip_if(s, left, right, [&](char32_t cp) { return cp < 128 && ((set[cp >> 6] >> (cp & 63)) & 1); });
  }
  std::vector<char32_t> set;
  for (std::size_t i = 0; i < chars.size();) set.push_back(utf8::decode(chars, i));
  return strip_if(s, left, right,
                  [&](char32_t cp) { return std::find(set.begin(), set.end(), cp) != set.end(); });
}

}  // namespace detail

/// s.strip(): removes leading and trailing whitespace (str.isspace()).
inline str str_strip(const str& s) { return detail::strip_space(s, true, true); }
inline str str_strip(const str& s, none_t) { return detail::strip_space(s, true, true); }
/// s.strip(chars): removes leading and trailing code points found in chars.
inline str str_strip(const str& s, const str& chars) { return detail::strip_chars(s, chars, true, true); }
inline str str_lstrip(const str& s) { return detail::strip_space(s, true, false); }
inline str str_lstrip(const str& s, none_t) { return detail::strip_space(s, true, false); }
inline str str_lstrip(const str& s, const str& chars) { return detail::strip_chars(s, chars, true, false); }
inline str str_rstrip(const str& s) { return detail::strip_space(s, false, true); }
inline str str_rstrip(const str& s, none_t) { return detail::strip_space(s, false, true); }
inline str str_rstrip(const str& s, const str& chars) { return detail::strip_chars(s, chars, false, true); }

// --- replace, repeat, padding ------------------------------------------------------------

/// s.replace(old, new[, count]): count < 0 replaces all; an empty old inserts new before each
/// code point and at the end.
inline str str_replace(const str& s, const str& old, const str& repl, int_t count = -1) {
  if (count < 0) count = INT64_MAX;
  if (count == 0) return s;
  str out;
  if (old.empty()) {
    const std::string_view sv(s);
    std::size_t i = 0;
    while (count > 0) {
      out += repl;
      --count;
      if (i == s.size()) break;
      const std::size_t j = i + static_cast<std::size_t>(utf8::seq_len(s[i]));
      out.append(sv.substr(i, j - i));
      i = j;
    }
    out.append(sv.substr(i));
    return out;
  }
  std::size_t i = 0;
  for (std::size_t j; count > 0 && (j = s.find(old, i)) != str::npos; --count) {
    if (out.empty()) out.reserve(s.size());
    out.append(s, i, j - i);
    out += repl;
    i = j + old.size();
  }
  if (i == 0) return s;
  out.append(s, i, str::npos);
  return out;
}

/// s * n: n <= 0 gives ''.
inline str str_repeat(const str& s, int_t n) {
  str out;
  if (n <= 0 || s.empty()) return out;
  if (static_cast<std::uint64_t>(n) > (out.max_size() / s.size())) [[unlikely]]
    raise(exc_kind::OverflowError, "repeated string is too long");
  out.reserve(s.size() * static_cast<std::size_t>(n));
  if (s.size() == 1) {
    out.assign(static_cast<std::size_t>(n), s[0]);
    return out;
  }
  out += s;
  while (out.size() * 2 <= s.size() * static_cast<std::size_t>(n)) out += out;
  out.append(out, 0, s.size() * static_cast<std::size_t>(n) - out.size());
  return out;
}

/// s.ljust(width[, fill]).
inline str str_ljust(const str& s, int_t width, const str& fill = " ") {
  const char32_t f = detail::fill_char(fill);
  const int_t n = str_len(s);
  return n >= width ? s : detail::pad(s, 0, width - n, f);
}
/// s.rjust(width[, fill]).
inline str str_rjust(const str& s, int_t width, const str& fill = " ") {
  const char32_t f = detail::fill_char(fill);
  const int_t n = str_len(s);
  return n >= width ? s : detail::pad(s, width - n, 0, f);
}
/// s.center(width[, fill]): CPython puts the odd extra fill on the left when width is odd.
inline str str_center(const str& s, int_t width, const str& fill = " ") {
  const char32_t f = detail::fill_char(fill);
  const int_t n = str_len(s);
  if (n >= width) return s;
  const int_t marg = width - n;
  const int_t left = marg / 2 + (marg & width & 1);
  return detail::pad(s, left, marg - left, f);
}
/// s.zfill(width): pads with '0' on the left, after a leading sign.
inline str str_zfill(const str& s, int_t width) {
  const int_t n = str_len(s);
  if (n >= width) return s;
  const std::size_t fill = static_cast<std::size_t>(width - n);
  str out(fill, '0');
  out += s;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out[0] = s[0];
    out[fill] = '0';
  }
  return out;
}

// --- partition, splitlines, prefixes, tabs -------------------------------------------------

/// s.partition(sep): (head, sep, tail) around the first sep, or (s, '', '').
inline std::tuple<str, str, str> str_partition(const str& s, const str& sep) {
  if (sep.empty()) detail::raise_empty_separator();
  const std::size_t p = s.find(sep);
  if (p == str::npos) return {s, str(), str()};
  return {s.substr(0, p), sep, s.substr(p + sep.size())};
}
/// s.rpartition(sep): (head, sep, tail) around the last sep, or ('', '', s).
inline std::tuple<str, str, str> str_rpartition(const str& s, const str& sep) {
  if (sep.empty()) detail::raise_empty_separator();
  const std::size_t p = s.rfind(sep);
  if (p == str::npos) return {str(), str(), s};
  return {s.substr(0, p), sep, s.substr(p + sep.size())};
}

/// s.splitlines(keepends): splits at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, U+2028, U+2029.
inline list<str> str_splitlines(const str& s, bool keepends = false) {
  list<str> out;
  std::vector<str>& v = out.vec();
  const std::size_t n = s.size();
  std::size_t i = 0, j = 0;
  // The length of the line break starting at byte k, or 0.
  auto brk = [&](std::size_t k) -> std::size_t {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    if (c == '\r') return k + 1 < n && s[k + 1] == '\n' ? 2 : 1;
    if ((c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E)) return 1;
    if (c == 0xC2 && k + 1 < n && static_cast<unsigned char>(s[k + 1]) == 0x85) return 2;
    if (c == 0xE2 && k + 2 < n && static_cast<unsigned char>(s[k + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[k + 2]) == 0xA8 || static_cast<unsigned char>(s[k + 2]) == 0xA9))
      return 3;
    return 0;
  };
  while (i < n) {
    std::size_t b = 0;
    while (i < n && (b = brk(i)) == 0) ++i;
    std::size_t eol = i;
    if (i < n) {
      i += b;
      if (keepends) eol = i;
    }
    v.emplace_back(s, j, eol - j);
    j = i;
  }
  return out;
}

/// s.removeprefix(prefix).
inline str str_removeprefix(const str& s, const str& prefix) {
  if (prefix.empty() || prefix.size() > s.size() || s.compare(0, prefix.size(), prefix) != 0) return s;
  return s.substr(prefix.size());
}
/// s.removesuffix(suffix).
inline str str_removesuffix(const str& s, const str& suffix) {
  if (suffix.empty() || suffix.size() > s.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0)
    return s;
  return s.substr(0, s.size() - suffix.size());
}

/// s.startswith((a, b, ...)) / s.endswith((a, b, ...)): any of the tuple's strs.
template <class... S>
bool str_startswith(const str& s, const std::tuple<S...>& prefixes, std::optional<int_t> start = std::nullopt,
                    std::optional<int_t> end = std::nullopt) {
  return std::apply([&](const auto&... p) { return (str_startswith(s, str(p), start, end) || ...); }, prefixes);
}
template <class... S>
bool str_endswith(const str& s, const std::tuple<S...>& suffixes, std::optional<int_t> start = std::nullopt,
                  std::optional<int_t> end = std::nullopt) {
  return std::apply([&](const auto&... p) { return (str_endswith(s, str(p), start, end) || ...); }, suffixes);
}

/// s.expandtabs(tabsize): each tab becomes spaces up to the next multiple of tabsize (columns
/// count code points and restart after \n and \r); tabsize <= 0 deletes tabs.
inline str str_expandtabs(const str& s, int_t tabsize = 8) {
  if (s.find('\t') == str::npos) return s;
  str out;
  out.reserve(s.size() + 16);
  int_t col = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\t') {
      if (tabsize > 0) {
        const int_t incr = tabsize - col % tabsize;
        out.append(static_cast<std::size_t>(incr), ' ');
        col += incr;
      }
      continue;
    }
    out.push_back(c);
    if (!utf8::is_cont(c)) ++col;
    if (c == '\n' || c == '\r') col = 0;
  }
  return out;
}

}  // namespace pyxc
