// Case mapping and character-class predicates of Python str (upper, lower, title, capitalize,
// swapcase, casefold, isalpha, isdigit, ...): full Unicode semantics from CPython's tables,
// with an ASCII fast path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "pyxc/core.hpp"
#include "pyxc/str/unicode.hpp"
#include "pyxc/str/utf8.hpp"

namespace pyxc {

// --- case mapping ------------------------------------------------------------------------
// Full Unicode case mappings (ß.upper() == 'SS') from CPython's tables, and the Final_Sigma
// rule of lower() (CPython has no locale-dependent mappings either).

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
  if (utf8::is_ascii(s)) {  // a copy converted in place: no per-character growth checks
    str out = s;
    for (char& c : out) c = detail::ascii_upper(c);
    return out;
  }
  str out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) detail::append_upper(out, utf8::decode(s, i));
  return out;
}

/// s.lower().
inline str str_lower(const str& s) {
  if (utf8::is_ascii(s)) {  // a copy converted in place: no per-character growth checks
    str out = s;
    for (char& c : out) c = detail::ascii_lower(c);
    return out;
  }
  str out;
  out.reserve(s.size());
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

/// s.casefold(): full case folding, for caseless comparison.
inline str str_casefold(const str& s) {
  str out;
  out.reserve(s.size());
  if (utf8::is_ascii(s)) {
    for (char c : s) out.push_back(detail::ascii_lower(c));
    return out;
  }
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = utf8::decode(s, i);
    if (cp < 0x80) out.push_back(detail::ascii_lower(static_cast<char>(cp)));
    else unicode::append_mapped(out, cp, unicode::mapping::fold);
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
/// s.isprintable() (True for '').
inline bool str_isprintable(const str& s) {
  for (std::size_t i = 0; i < s.size();)
    if (!unicode::is_printable(utf8::decode(s, i))) return false;
  return true;
}
/// s.isidentifier(): XID_Start or '_', then XID_Continue (no NFKC normalization, as CPython).
inline bool str_isidentifier(const str& s) {
  if (s.empty()) return false;
  std::size_t i = 0;
  if (!unicode::is_id_start(utf8::decode(s, i))) return false;
  while (i < s.size())
    if (!unicode::is_id_continue(utf8::decode(s, i))) return false;
  return true;
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
