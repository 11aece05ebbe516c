// Conversions between str and the scalar types: str() and repr() of ints, floats (shortest
// round-trip digits laid out by CPython's rules), bools, complex numbers and None; repr() of
// a str; int(s), float(s), chr() and ord().
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "pyxc/core.hpp"
#include "pyxc/str/unicode.hpp"
#include "pyxc/str/utf8.hpp"

namespace pyxc {

// --- float to text (CPython's PyOS_double_to_string) ------------------------------------------

namespace detail {

/// Options of a float conversion, as PyOS_double_to_string's flags.
struct float_flags {
  bool always_sign = false;  // Py_DTSF_SIGN
  bool add_dot_0 = false;    // Py_DTSF_ADD_DOT_0
  bool alt = false;          // Py_DTSF_ALT ('#')
  bool no_neg_0 = false;     // Py_DTSF_NO_NEG_0 ('z')
  bool upper = false;        // 'E', 'F', 'G': INF, NAN, E
};

/// Decimal digits of |x| (no leading or trailing zeros; "0" for zero) and the position of the
/// decimal point relative to them, as Gay's dtoa returns them. mode 'r': shortest round-trip;
/// 'e': `ndigits` significant digits; 'f': `ndigits` digits after the point. All correctly
/// rounded (std::to_chars). Small results live in an inline buffer (no allocation).
struct float_digits {
  const char* p;  // the digits
  int n;          // how many
  int decpt;

  float_digits(double x, char mode, int ndigits) {
    x = std::fabs(x);
    const std::size_t need = (mode == 'f' ? 330u : 40u) + static_cast<std::size_t>(ndigits);
    char* first = small_;
    if (need > sizeof small_) {
      big_.resize(need);
      first = big_.data();
    }
    char* const last = first + (need > sizeof small_ ? need : sizeof small_);
    std::to_chars_result r;
    if (mode == 'r') r = std::to_chars(first, last, x, std::chars_format::scientific);
    else if (mode == 'e') r = std::to_chars(first, last, x, std::chars_format::scientific, ndigits - 1);
    else r = std::to_chars(first, last, x, std::chars_format::fixed, ndigits);
    // Squeeze out the '.' in place and read the exponent.
    char* w = first;
    const char* q = first;
    int int_len = -1;
    for (; q < r.ptr && *q != 'e'; ++q) {
      if (*q == '.') int_len = static_cast<int>(w - first);
      else *w++ = *q;
    }
    if (mode == 'f') {
      decpt = int_len < 0 ? static_cast<int>(w - first) : int_len;
    } else {
      ++q;  // past 'e'
      const bool neg = *q == '-';
      int ex = 0;
      for (++q; q < r.ptr; ++q) ex = ex * 10 + (*q - '0');
      decpt = (neg ? -ex : ex) + 1;
    }
    const char* d = first;
    while (d < w && *d == '0') ++d, --decpt;
    if (d == w) {
      p = "0";
      n = 1;
      decpt = 1;
      return;
    }
    while (w[-1] == '0') --w;
    p = d;
    n = static_cast<int>(w - d);
  }
  float_digits(const float_digits&) = delete;

 private:
  char small_[64];
  std::string big_;
};

/// CPython's format_float_short: x as text in format code 'e', 'f', 'g' or 'r' (repr).
inline str format_float(double x, char code, int precision, const float_flags& fl) {
  str out;
  if (!std::isfinite(x)) {
    if (std::isinf(x) && std::signbit(x)) out.push_back('-');
    else if (fl.always_sign) out.push_back('+');
    out += std::isnan(x) ? (fl.upper ? "NAN" : "nan") : (fl.upper ? "INF" : "inf");
    return out;
  }
  if (code == 'g' && precision == 0) precision = 1;
  if (code == 'e') ++precision;
  const float_digits fd(x, code == 'f' ? 'f' : code == 'r' ? 'r' : 'e', code == 'r' ? 0 : precision);
  const std::string_view digits(fd.p, static_cast<std::size_t>(fd.n));
  int decpt = fd.decpt;
  const int ndig = fd.n;
  bool negative = std::signbit(x);
  if (fl.no_neg_0 && digits == "0") negative = false;

  bool use_exp = false;
  int vend = ndig;
  switch (code) {
    case 'e':
      use_exp = true;
      vend = precision;
      break;
    case 'f': vend = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (fl.add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (fl.alt) vend = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const int vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && fl.add_dot_0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  out.reserve(static_cast<std::size_t>(vend - vstart) + 8);
  if (negative) out.push_back('-');
  else if (fl.always_sign) out.push_back('+');
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vstart), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vstart), '0');
  }
  if (0 < decpt && decpt <= ndig) {
    out.append(digits.substr(0, static_cast<std::size_t>(decpt)));
    out.push_back('.');
    out.append(digits.substr(static_cast<std::size_t>(decpt)));
  } else {
    out += digits;
  }
  if (ndig < decpt) {
    out.append(static_cast<std::size_t>(decpt - ndig), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(vend - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vend - ndig), '0');
  }
  if (out.back() == '.' && !fl.alt) out.pop_back();
  if (use_exp) {
    out.push_back(fl.upper ? 'E' : 'e');
    out.push_back(exp < 0 ? '-' : '+');
    const int a = exp < 0 ? -exp : exp;
    if (a >= 100) out.push_back(static_cast<char>('0' + a / 100));
    out.push_back(static_cast<char>('0' + a / 10 % 10));
    out.push_back(static_cast<char>('0' + a % 10));
  }
  return out;
}

}  // namespace detail

// --- str() of scalars ------------------------------------------------------------------------

/// str(i) for an int.
inline str to_str(int_t i) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, i);
  return str(buf, r.ptr);
}
/// str(x) == repr(x) for a float: the shortest digits that round-trip, fixed notation for
/// 1e-4 <= |x| < 1e16 (with '.0' if integral), else exponent notation ('1e+16', '1e-05').
inline str to_str(double x) {
  detail::float_flags fl;
  fl.add_dot_0 = true;
  return detail::format_float(x, 'r', 0, fl);
}
/// str(b): 'True' / 'False'.
inline str to_str(bool b) { return b ? "True" : "False"; }
/// str(None).
inline str to_str(none_t) { return "None"; }
/// An optional value (`x = None` then `x = 3.0`): "None" or the value's str.
template <class T>
str to_str(const std::optional<T>& v) {
  return v ? to_str(*v) : str("None");
}
/// str(s) for a str.
inline const str& to_str(const str& s) { return s; }
inline str to_str(const char* s) { return s; }
/// str(z) == repr(z) for a complex: '1j', '(1+2j)', '(-0-1j)', '(nan+infj)'.
inline str to_str(const complex_t& z) {
  detail::float_flags fl;
  if (z.real() == 0.0 && !std::signbit(z.real())) return detail::format_float(z.imag(), 'r', 0, fl) + "j";
  str out = "(" + detail::format_float(z.real(), 'r', 0, fl);
  fl.always_sign = true;
  out += detail::format_float(z.imag(), 'r', 0, fl);
  out += "j)";
  return out;
}
/// str(i) for other integer types (int literals in hand-written code).
template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool> &&
                                        !std::is_same_v<I, int_t>, int> = 0>
inline str to_str(I i) {
  return to_str(static_cast<int_t>(i));
}

// --- repr() ----------------------------------------------------------------------------------

/// repr(s): quoted with ' unless s contains ' and no ", escaping \\, the quote, \t \n \r,
/// other control characters and non-printable code points (\xhh, \uhhhh, \Uhhhhhhhh).
inline str repr_str(const str& s) {
  const bool dq = s.find('\'') != str::npos && s.find('"') == str::npos;
  const char quote = dq ? '"' : '\'';
  static constexpr char hex[] = "0123456789abcdef";
  str out;
  out.reserve(s.size() + 2);
  out.push_back(quote);
  auto esc = [&](char kind, char32_t c, int ndigits) {
    out.push_back('\\');
    out.push_back(kind);
    for (int k = ndigits - 1; k >= 0; --k) out.push_back(hex[(c >> (4 * k)) & 15]);
  };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == static_cast<unsigned char>(quote) || b == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(b));
      } else if (b == '\t') {
        out += "\\t";
      } else if (b == '\n') {
        out += "\\n";
      } else if (b == '\r') {
        out += "\\r";
      } else if (b < ' ' || b == 0x7F) {
        esc('x', b, 2);
      } else {
        out.push_back(static_cast<char>(b));
      }
      continue;
    }
    const std::size_t a = i;
    const char32_t c = utf8::decode(s, i);
    if (unicode::is_printable(c)) out.append(s, a, i - a);
    else if (c <= 0xFF) esc('x', c, 2);
    else if (c <= 0xFFFF) esc('u', c, 4);
    else esc('U', c, 8);
  }
  out.push_back(quote);
  return out;
}

/// repr(x) of the scalars: as str() except for str.
inline str repr(int_t i) { return to_str(i); }
inline str repr(double x) { return to_str(x); }
inline str repr(bool b) { return to_str(b); }
inline str repr(none_t) { return "None"; }
/// A caught exception (`except E as e`): str(e) is its message, repr(e) `E('message')` (a
/// KeyError's message is already the repr of its key).
inline str to_str(const exception& e) { return e.message; }
inline str repr(const exception& e) {
  if (e.message.empty()) return str(exc_name(e.kind)) + "()";
  return str(exc_name(e.kind)) + "(" + (e.kind == exc_kind::KeyError ? e.message : repr_str(e.message)) + ")";
}
template <class T>
str repr(const std::optional<T>& v) {
  return v ? repr(*v) : str("None");
}
inline str repr(const complex_t& z) { return to_str(z); }
inline str repr(const str& s) { return repr_str(s); }

// --- int(s), float(s) ------------------------------------------------------------------------

namespace detail {

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes ' ',
/// Unicode decimal digits their ASCII digit; anything else non-ASCII ends the text with '?'.
inline std::string decimal_and_space_to_ascii(const str& s) {
  if (utf8::is_ascii(s)) return s;
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::decode(s, i);
    if (c < 127) {
      out.push_back(static_cast<char>(c));
    } else if (unicode::is_space(c)) {
      out.push_back(' ');
    } else {
      const int d = unicode::decimal_value(c);
      if (d < 0) {
        out.push_back('?');
        break;
      }
      out.push_back(static_cast<char>('0' + d));
    }
  }
  return out;
}

/// Py_ISSPACE: ASCII whitespace as the C locale's isspace().
PYXC_INLINE bool c_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// repr(s) cut to 200 code points, as CPython's "%.200R".
inline str repr_200(const str& s) {
  str r = repr_str(s);
  return r.substr(0, utf8::byte_offset(r, 200));
}

[[noreturn]] PYXC_COLD inline void raise_int_literal(const str& s, int_t base) {
  raise(exc_kind::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + repr_200(s));
}
[[noreturn]] PYXC_COLD inline void raise_float_literal(const str& s) {
  raise(exc_kind::ValueError, "could not convert string to float: " + repr_str(s));
}

}  // namespace detail

/// int(s, base): optional whitespace and sign, digits of the base (decimal digits of any
/// script) with single underscores between them, and for base 0/2/8/16 a 0b/0o/0x prefix
/// (base 0 takes the base from the prefix and rejects leading zeros). ValueError as CPython;
/// OverflowError beyond 64 bits.
inline int_t str_to_int(const str& s, int_t base = 10) {
  if ((base != 0 && base < 2) || base > 36) raise(exc_kind::ValueError, "int() base must be >= 2 and <= 36, or 0");
  const std::string t = detail::decimal_and_space_to_ascii(s);
  std::size_t i = 0;
  const std::size_t n = t.size();
  auto at = [&](std::size_t k) { return k < n ? t[k] : '\0'; };
  const int_t given_base = base;  // the message names the base the caller passed
  auto fail = [&] { detail::raise_int_literal(s, given_base); };
  while (i < n && detail::c_space(t[i])) ++i;
  bool neg = false;
  if (i < n && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
  bool error_if_nonzero = false;
  if (base == 0) {
    const char p = static_cast<char>(at(i + 1) | 0x20);
    if (at(i) != '0') base = 10;
    else if (p == 'x') base = 16;
    else if (p == 'o') base = 8;
    else if (p == 'b') base = 2;
    else error_if_nonzero = true, base = 10;
  }
  if (at(i) == '0') {
    const char p = static_cast<char>(at(i + 1) | 0x20);
    if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
      i += 2;
      if (at(i) == '_') ++i;  // one underscore may follow the prefix
    }
  }
  if (at(i) == '_') fail();
  const std::size_t start = i;
  std::uint64_t mag = 0;
  bool overflow = false;
  char prev = 0;
  for (; i < n; ++i) {
    const char c = t[i];
    int d = 99;
    if (c >= '0' && c <= '9') d = c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') d = (c | 0x20) - 'a' + 10;
    if (c == '_') {
      if (prev == '_') fail();
    } else if (d < base) {
      overflow |= __builtin_mul_overflow(mag, static_cast<std::uint64_t>(base), &mag) ||
                  __builtin_add_overflow(mag, static_cast<std::uint64_t>(d), &mag);
    } else {
      break;
    }
    prev = c;
  }
  if (i == start || prev == '_') fail();
  if (error_if_nonzero && (mag != 0 || overflow)) fail();  // a C-style octal literal
  while (i < n && detail::c_space(t[i])) ++i;
  if (i != n) fail();
  const std::uint64_t limit = neg ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  if (overflow || mag > limit) raise_int_overflow();
  return neg ? static_cast<int_t>(0 - mag) : static_cast<int_t>(mag);
}

/// float(s): optional whitespace and sign, a decimal literal (underscores between digits),
/// 'inf', 'infinity' or 'nan' in any case; ValueError "could not convert string to float: ...".
inline double str_to_float(const str& s) {
  std::string t = detail::decimal_and_space_to_ascii(s);
  if (t.find('_') != std::string::npos) {  // _Py_string_to_number_with_underscores
    std::string u;
    char prev = '\0';
    for (char c : t) {
      const bool digit = c >= '0' && c <= '9';
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) detail::raise_float_literal(s);
      } else {
        u.push_back(c);
        if (prev == '_' && !digit) detail::raise_float_literal(s);
      }
      prev = c;
    }
    if (prev == '_') detail::raise_float_literal(s);
    t = std::move(u);
  }
  std::size_t a = 0, b = t.size();
  while (a < b && detail::c_space(t[a])) ++a;
  while (b > a && detail::c_space(t[b - 1])) --b;
  std::string_view v(t.data() + a, b - a);
  bool neg = false;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    neg = v[0] == '-';
    v.remove_prefix(1);
  }
  auto iequal = [](std::string_view x, const char* lit) {
    const std::size_t n = std::char_traits<char>::length(lit);
    if (x.size() != n) return false;
    for (std::size_t k = 0; k < n; ++k)
      if ((x[k] | 0x20) != lit[k]) return false;
    return true;
  };
  if (iequal(v, "inf") || iequal(v, "infinity")) return neg ? -HUGE_VAL : HUGE_VAL;
  if (iequal(v, "nan")) return neg ? -NAN : NAN;
  // digits [. digits] | . digits, then [e [sign] digits]
  std::size_t i = 0, int_digits = 0, frac_digits = 0;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i, ++int_digits;
  if (i < v.size() && v[i] == '.') {
    ++i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9') ++i, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) detail::raise_float_literal(s);
  const std::size_t mant_end = i;
  long exp10 = 0;
  if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
    std::size_t j = i + 1;
    bool eneg = false;
    if (j < v.size() && (v[j] == '+' || v[j] == '-')) eneg = v[j++] == '-';
    const std::size_t k0 = j;
    while (j < v.size() && v[j] >= '0' && v[j] <= '9') {
      if (exp10 < 100000000) exp10 = exp10 * 10 + (v[j] - '0');
      ++j;
    }
    if (j == k0) detail::raise_float_literal(s);
    if (eneg) exp10 = -exp10;
    i = j;
  }
  if (i != v.size()) detail::raise_float_literal(s);
  double x = 0.0;
  const auto r = std::from_chars(v.data(), v.data() + v.size(), x, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    // Overflow gives inf, underflow 0: decide by the position of the first nonzero digit.
    long pos = static_cast<long>(int_digits);  // value = 0.d1d2... * 10**pos
    std::size_t k = 0;
    for (; k < mant_end && (v[k] == '0' || v[k] == '.'); ++k)
      if (v[k] == '0') --pos;
    x = pos + exp10 > 0 ? HUGE_VAL : 0.0;
  }
  return neg ? -x : x;
}

// --- chr, ord --------------------------------------------------------------------------------

/// chr(i): ValueError outside [0, 0x110000).
inline str chr(int_t i) {
  if (i < INT32_MIN || i > INT32_MAX) raise(exc_kind::OverflowError, "Python int too large to convert to C int");
  if (i < 0 || i > 0x10FFFF) raise(exc_kind::ValueError, "chr() arg not in range(0x110000)");
  str out;
  utf8::append(out, static_cast<char32_t>(i));
  return out;
}

/// ord(c): the code point of a one-character str; TypeError for another length.
inline int_t ord(const str& c) {
  if (c.empty() || static_cast<std::size_t>(utf8::seq_len(c[0])) != c.size())
    raise(exc_kind::TypeError, "ord() expected a character, but string of length " + std::to_string(str_len(c)) +
                                   " found");
  std::size_t i = 0;
  return static_cast<int_t>(utf8::decode(c, i));
}

}  // namespace pyxc
