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
#include <utility>

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

// --- case mapping ------------------------------------------------------------------------
// Full Unicode case mappings (ß.upper() == 'SS') from CPython's tables, and the Final_Sigma
// rule of lower(). casefold() and locale-dependent mappings are not provided.

namespace detail {

PYXC_INLINE char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
PYXC_INLINE char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

/// Is the capital sigma occupying bytes [a, b) of s in the Final_Sigma context (a cased letter
/// before it and none after it, skipping case-ignorable code points)?
inline bool final_sigma(std::string_view s, std::size_t a, std::size_t b) {
  std::size_t j = a;
  char32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = utf8::decode_back(s, j);
    if (!unicode::is_case_ignorable(c)) {
      found = true;
      break;
    }
  }
  if (!found || !unicode::is_cased(c)) return false;
  j = b;
  while (j < s.size()) {
    c = utf8::decode(s, j);
    if (!unicode::is_case_ignorable(c)) return !unicode::is_cased(c);
  }
  return true;
}

/// Appends lower(cp) where cp occupies bytes [a, b) of s (CPython's lower_ucs4).
inline void append_lower(str& out, std::string_view s, char32_t cp, std::size_t a, std::size_t b) {
  if (cp < 0x80) out.push_back(ascii_lower(static_cast<char>(cp)));
  else if (cp == 0x3A3) utf8::append(out, final_sigma(s, a, b) ? 0x3C2 : 0x3C3);
  else unicode::append_mapped(out, cp, unicode::mapping::lower);
}

PYXC_INLINE void append_upper(str& out, char32_t cp) {
  if (cp < 0x80) out.push_back(ascii_upper(static_cast<char>(cp)));
  else unicode::append_mapped(out, cp, unicode::mapping::upper);
}

}  // namespace detail

/// s.upper().
inline str str_upper(const str& s) {
  str out;
  out.reserve(s.size());
  if (utf8::is_ascii(s)) {
    for (char c : s) out.push_back(detail::ascii_upper(c));
    return out;
  }
  for (std::size_t i = 0; i < s.size();) detail::append_upper(out, utf8::decode(s, i));
  return out;
}

/// s.lower().
inline str str_lower(const str& s) {
  str out;
  out.reserve(s.size());
  if (utf8::is_ascii(s)) {
    for (char c : s) out.push_back(detail::ascii_lower(c));
    return out;
  }
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t a = i;
    const char32_t cp = utf8::decode(s, i);
    detail::append_lower(out, s, cp, a, i);
  }
  return out;
}

/// s.swapcase().
inline str str_swapcase(const str& s) {
  str out;
  out.reserve(s.size());
  if (utf8::is_ascii(s)) {
    for (char c : s)
      out.push_back(c >= 'a' && c <= 'z' ? detail::ascii_upper(c) : detail::ascii_lower(c));
    return out;
  }
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t a = i;
    const char32_t cp = utf8::decode(s, i);
    if (unicode::is_upper(cp)) detail::append_lower(out, s, cp, a, i);
    else if (unicode::is_lower(cp)) detail::append_upper(out, cp);
    else utf8::append(out, cp);
  }
  return out;
}

/// s.title(): title-cases the first cased code point of each run, lower-cases the rest.
inline str str_title(const str& s) {
  str out;
  out.reserve(s.size());
  bool prev_cased = false;
  if (utf8::is_ascii(s)) {
    for (char c : s) {
      out.push_back(prev_cased ? detail::ascii_lower(c) : detail::ascii_upper(c));
      prev_cased = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return out;
  }
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t a = i;
    const char32_t cp = utf8::decode(s, i);
    if (prev_cased) detail::append_lower(out, s, cp, a, i);
    else unicode::append_mapped(out, cp, unicode::mapping::title);
    prev_cased = unicode::is_cased(cp);
  }
  return out;
}

/// s.capitalize(): title-cases the first code point and lower-cases the rest (CPython >= 3.8).
inline str str_capitalize(const str& s) {
  str out;
  out.reserve(s.size());
  if (s.empty()) return out;
  if (utf8::is_ascii(s)) {
    out.push_back(detail::ascii_upper(s[0]));
    for (std::size_t i = 1; i < s.size(); ++i) out.push_back(detail::ascii_lower(s[i]));
    return out;
  }
  std::size_t i = 0;
  unicode::append_mapped(out, utf8::decode(s, i), unicode::mapping::title);
  while (i < s.size()) {
    const std::size_t a = i;
    const char32_t cp = utf8::decode(s, i);
    detail::append_lower(out, s, cp, a, i);
  }
  return out;
}

// --- predicates --------------------------------------------------------------------------

namespace detail {
/// True if s is non-empty and every code point satisfies pred.
template <class Pred>
bool all_of(const str& s, Pred pred) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();)
    if (!pred(utf8::decode(s, i))) return false;
  return true;
}
}  // namespace detail

/// s.isspace().
inline bool str_isspace(const str& s) { return detail::all_of(s, unicode::is_space); }
/// s.isalpha().
inline bool str_isalpha(const str& s) {
  return detail::all_of(s, [](char32_t c) {
    return c < 0x80 ? (c | 32) - 'a' < 26 : unicode::is_alpha(c);
  });
}
/// s.isdigit().
inline bool str_isdigit(const str& s) {
  return detail::all_of(s, [](char32_t c) { return c < 0x80 ? c - '0' < 10 : unicode::is_digit(c); });
}
/// s.isdecimal().
inline bool str_isdecimal(const str& s) {
  return detail::all_of(s, [](char32_t c) { return c < 0x80 ? c - '0' < 10 : unicode::is_decimal(c); });
}
/// s.isnumeric().
inline bool str_isnumeric(const str& s) {
  return detail::all_of(s, [](char32_t c) { return c < 0x80 ? c - '0' < 10 : unicode::is_numeric(c); });
}
/// s.isalnum().
inline bool str_isalnum(const str& s) {
  return detail::all_of(s, [](char32_t c) {
    return c < 0x80 ? (c | 32) - 'a' < 26 || c - '0' < 10 : unicode::is_alnum(c);
  });
}
/// s.isascii() (True for '').
inline bool str_isascii(const str& s) { return utf8::is_ascii(s); }

/// s.islower(): at least one cased code point, and no upper- or titlecase ones.
inline bool str_islower(const str& s) {
  bool cased = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::decode(s, i);
    if (unicode::is_upper(c) || unicode::is_title(c)) return false;
    cased = cased || unicode::is_lower(c);
  }
  return cased;
}
/// s.isupper(): at least one cased code point, and no lower- or titlecase ones.
inline bool str_isupper(const str& s) {
  bool cased = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::decode(s, i);
    if (unicode::is_lower(c) || unicode::is_title(c)) return false;
    cased = cased || unicode::is_upper(c);
  }
  return cased;
}
/// s.istitle().
inline bool str_istitle(const str& s) {
  bool cased = false, prev_cased = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::decode(s, i);
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return cased;
}

}  // namespace pyxc
