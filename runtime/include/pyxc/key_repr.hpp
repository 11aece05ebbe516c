// repr() of dict keys and set elements, for KeyError messages (str(KeyError(k)) is repr(k)).
// A stop-gap: pyxc/str.hpp (in progress elsewhere) will own repr() for every type; once it
// lands, detail::key_repr should forward to it.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <system_error>
#include <tuple>

#include "pyxc/core.hpp"

namespace pyxc::detail {

inline std::string key_repr(int_t n) { return std::to_string(n); }
inline std::string key_repr(bool b) { return b ? "True" : "False"; }
inline std::string key_repr(none_t) { return "None"; }

/// repr(x) for a float: the shortest string that round-trips, in Python's layout (fixed
/// notation for decimal exponents -4..15, else 'e' with a signed two-digit-minimum exponent).
inline std::string key_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // e.g. "-1.2345e+17"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  const std::size_t epos = sci.find('e');
  const int exp10 = std::atoi(sci.c_str() + epos + 1);
  std::string digits;
  for (std::size_t i = 0; i < epos; ++i)
    if (sci[i] != '.') digits += sci[i];
  const int decpt = exp10 + 1;  // position of the decimal point relative to the digits
  const int n = static_cast<int>(digits.size());
  if (decpt > -4 && decpt <= 16) {
    std::string out;
    if (decpt <= 0) {
      out = "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
    } else if (decpt >= n) {
      out = digits + std::string(static_cast<std::size_t>(decpt - n), '0') + ".0";
    } else {
      out = digits.substr(0, static_cast<std::size_t>(decpt)) + "." + digits.substr(static_cast<std::size_t>(decpt));
    }
    return sign + out;
  }
  std::string mant = digits.substr(0, 1);
  if (n > 1) mant += "." + digits.substr(1);
  char ebuf[16];
  std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
  return sign + mant + ebuf;
}

/// repr(z) for a complex, e.g. (1+2j), 2j, (-0-1j).
inline std::string key_repr(const complex_t& z) {
  auto part = [](double v) {
    std::string s = key_repr(v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  };
  if (z.real() == 0.0 && !std::signbit(z.real())) return part(z.imag()) + "j";
  std::string im = part(z.imag());
  if (im[0] != '-') im = "+" + im;
  return "(" + part(z.real()) + im + "j)";
}

/// Decodes one UTF-8 sequence at s[i] (pyxc strs are valid UTF-8), advancing i.
inline std::uint32_t utf8_next(const std::string& s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (i + static_cast<std::size_t>(len) > s.size()) len = 1;
  std::uint32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

/// Whether str.isprintable() holds for code point cp. Exact for Latin-1; above it, only the
/// common non-printable ranges (separators, format characters, private use) are known.
inline bool is_printable(std::uint32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD) return false;
  if (cp < 0x100) return true;
  if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF || (cp >= 0xE000 && cp <= 0xF8FF) ||
      (cp >= 0xFFF0 && cp <= 0xFFFB) || cp >= 0xF0000 || (cp >= 0xD800 && cp <= 0xDFFF) ||
      cp == 0x061C || cp == 0x180E || (cp >= 0xE0000 && cp <= 0xE007F))
    return false;
  return true;
}

/// repr(s) for a str: single quotes unless s has ' and no ", escapes as CPython does.
inline std::string key_repr(const str& s) {
  const bool has_single = s.find('\'') != str::npos;
  const bool has_double = s.find('"') != str::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const std::uint32_t cp = utf8_next(s, i);
    char buf[16];
    if (cp == static_cast<std::uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (is_printable(cp)) {
      out.append(s, start, i - start);
    } else {
      if (cp < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else
        std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  out += quote;
  return out;
}

template <class T>
std::string key_repr(const std::optional<T>& v) {
  return v ? key_repr(*v) : "None";
}

template <class... Ts>
std::string key_repr(const std::tuple<Ts...>& t) {
  std::string out = "(";
  std::size_t k = 0;
  std::apply([&](const auto&... items) { ((out += (k++ ? ", " : "") + key_repr(items)), ...); }, t);
  if (sizeof...(Ts) == 1) out += ",";
  return out + ")";
}

}  // namespace pyxc::detail
