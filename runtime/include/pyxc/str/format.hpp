// String formatting as CPython 3.11 does it: format(x, spec) with the format-spec
// mini-language, str.format() and printf-style `fmt % args`, with CPython's messages.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <type_traits>
#include <vector>

#include "pyxc/core.hpp"
#include "pyxc/str/case.hpp"
#include "pyxc/str/convert.hpp"
#include "pyxc/str/methods.hpp"
#include "pyxc/str/unicode.hpp"
#include "pyxc/str/utf8.hpp"

namespace pyxc {

// --- format-spec mini-language -----------------------------------------------------------

namespace detail {

/// A parsed [[fill]align][sign][z][#][0][width][,|_][.precision][type].
struct format_spec {
  char32_t fill = ' ';
  char align = '>';
  char sign = 0;
  bool no_neg_0 = false;
  bool alt = false;
  int_t width = -1;
  char sep = 0;       // ',' or '_'
  int group = 3;      // digits per group: 4 for '_' with b/o/x/X
  int_t precision = -1;
  char32_t type = 0;
};

/// The text of a presentation type in a message: 'c' or '\x1' as CPython prints it.
inline str type_text(char32_t t) {
  if (t > 32 && t < 128) return str(1, static_cast<char>(t));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(t));
  return buf;
}

[[noreturn]] PYXC_COLD inline void raise_unknown_code(char32_t t, const char* type_name) {
  raise(exc_kind::ValueError, "Unknown format code '" + type_text(t) + "' for object of type '" + type_name + "'");
}

/// CPython's parse_internal_render_format_spec.
inline format_spec parse_spec(const str& spec, char32_t default_type, char default_align, const char* type_name) {
  format_spec f;
  f.align = default_align;
  f.type = default_type;
  // The spec's code points: inline for the usual short spec, on the heap otherwise.
  char32_t inline_cps[24];
  std::vector<char32_t> heap_cps;
  const std::size_t end = utf8::count(spec);
  char32_t* c = inline_cps;
  if (end > 24) {
    heap_cps.resize(end);
    c = heap_cps.data();
  }
  for (std::size_t i = 0, k = 0; i < spec.size(); ++k) c[k] = utf8::decode(spec, i);
  std::size_t pos = 0;
  auto is_align = [](char32_t x) { return x == '<' || x == '>' || x == '=' || x == '^'; };
  bool fill_given = false, align_given = false;
  if (end - pos >= 2 && is_align(c[pos + 1])) {
    f.align = static_cast<char>(c[pos + 1]);
    f.fill = c[pos];
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(c[pos])) {
    f.align = static_cast<char>(c[pos]);
    align_given = true;
    ++pos;
  }
  if (pos < end && (c[pos] == ' ' || c[pos] == '+' || c[pos] == '-')) f.sign = static_cast<char>(c[pos++]);
  if (pos < end && c[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && c[pos] == '#') {
    f.alt = true;
    ++pos;
  }
  if (!fill_given && pos < end && c[pos] == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  auto get_integer = [&](int_t& out) {
    int_t acc = 0;
    std::size_t n = 0;
    for (; pos < end; ++pos, ++n) {
      const int d = unicode::decimal_value(c[pos]);
      if (d < 0) break;
      if (acc > (INT64_MAX - d) / 10) raise(exc_kind::ValueError, "Too many decimal digits in format string");
      acc = acc * 10 + d;
    }
    if (n) out = acc;
    return n;
  };
  get_integer(f.width);
  if (pos < end && c[pos] == ',') {
    f.sep = ',';
    ++pos;
  }
  if (pos < end && c[pos] == '_') {
    if (f.sep) raise(exc_kind::ValueError, "Cannot specify both ',' and '_'.");
    f.sep = '_';
    ++pos;
  }
  if (pos < end && c[pos] == ',' && f.sep == '_') raise(exc_kind::ValueError, "Cannot specify both ',' and '_'.");
  if (pos < end && c[pos] == '.') {
    ++pos;
    if (get_integer(f.precision) == 0) raise(exc_kind::ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1)
    raise(exc_kind::ValueError, "Invalid format specifier '" + spec + "' for object of type '" + type_name + "'");
  if (end - pos == 1) f.type = c[pos];
  if (f.sep) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.sep == '_') {
          f.group = 4;
          break;
        }
        [[fallthrough]];
      default:
        raise(exc_kind::ValueError, str("Cannot specify '") + f.sep + "' with '" + type_text(f.type) + "'.");
    }
  }
  return f;
}

/// CPython's _PyUnicode_InsertThousandsGrouping: digits with a separator every `group`
/// digits, zero-padded on the left to at least min_width characters.
inline str group_digits(std::string_view digits, int_t min_width, char sep, int group) {
  str rev;  // built right to left
  int_t remaining = static_cast<int_t>(digits.size());
  std::size_t pos = digits.size();
  bool use_sep = false;
  auto emit = [&](int_t l) {
    const int_t zeros = std::max<int_t>(0, l - remaining);
    const int_t chars = std::max<int_t>(0, std::min(remaining, l));
    if (use_sep) rev.push_back(sep);
    for (int_t k = 0; k < chars; ++k) rev.push_back(digits[--pos]);
    rev.append(static_cast<std::size_t>(zeros), '0');
    remaining -= chars;
    return l;
  };
  if (!sep) {
    emit(std::max<int_t>(std::max(remaining, min_width), 1));
  } else {
    for (;;) {
      const int_t l = std::min<int_t>(group, std::max<int_t>(std::max(remaining, min_width), 1));
      emit(l);
      use_sep = true;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;
    }
  }
  return str(rev.rbegin(), rev.rend());
}

/// CPython's calc_number_widths + fill_number: lays out sign, prefix, grouped digits and the
/// remainder (decimal point, fraction, exponent, '%', or a 'c' character) in the field.
inline str fill_number(const format_spec& f, bool negative, std::string_view prefix, std::string_view digits,
                       std::string_view remainder, bool upper) {
  char sign = 0;
  if (f.sign == '+') sign = negative ? '-' : '+';
  else if (f.sign == ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  if (f.width < 0 && !f.sep) {  // CPython's fast path: nothing to pad or group
    str out;
    out.reserve(1 + prefix.size() + digits.size() + remainder.size());
    if (sign) out.push_back(sign);
    for (char ch : prefix) out.push_back(upper ? ascii_upper(ch) : ch);
    for (char ch : digits) out.push_back(upper ? ascii_upper(ch) : ch);
    out.append(remainder);
    return out;
  }
  const int_t n_rem = static_cast<int_t>(utf8::count(remainder));
  const int_t non_digit = (sign ? 1 : 0) + static_cast<int_t>(prefix.size()) + n_rem;
  const int_t min_width = f.fill == '0' && f.align == '=' ? f.width - non_digit : 0;
  const str grouped = digits.empty() ? str() : group_digits(digits, min_width, f.sep, f.group);
  const int_t n_padding = f.width - (non_digit + static_cast<int_t>(grouped.size()));
  int_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<': rpad = n_padding; break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  str fill;
  utf8::append(fill, f.fill);
  str out;
  for (int_t k = 0; k < lpad; ++k) out += fill;
  if (sign) out.push_back(sign);
  for (char ch : prefix) out.push_back(upper ? ascii_upper(ch) : ch);
  for (int_t k = 0; k < spad; ++k) out += fill;
  for (char ch : grouped) out.push_back(upper ? ascii_upper(ch) : ch);
  out.append(remainder);
  for (int_t k = 0; k < rpad; ++k) out += fill;
  return out;
}

/// |i| in base 2, 8, 10 or 16 (lowercase digits).
inline str unsigned_digits(std::uint64_t u, int base) {
  char buf[72];
  char* p = buf + sizeof buf;
  do {
    *--p = "0123456789abcdef"[u % static_cast<unsigned>(base)];
    u /= static_cast<unsigned>(base);
  } while (u);
  return str(p, buf + sizeof buf);
}

inline std::uint64_t magnitude(int_t i) { return i < 0 ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i); }

inline str format_float_spec(double x, const format_spec& f);

/// format_long_internal: an int with a parsed spec of type b, c, d, o, x, X or n.
inline str format_int_spec(int_t i, const format_spec& f) {
  if (f.precision != -1) raise(exc_kind::ValueError, "Precision not allowed in integer format specifier");
  if (f.no_neg_0) raise(exc_kind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type == 'c') {
    if (f.sign) raise(exc_kind::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alt) raise(exc_kind::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (i < 0 || i > 0x10FFFF) raise(exc_kind::OverflowError, "%c arg not in range(0x110000)");
    str ch;
    utf8::append(ch, static_cast<char32_t>(i));
    return fill_number(f, false, "", "", ch, false);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': case 'X': base = 16, prefix = "0x"; break;
    default: break;
  }
  const str digits = unsigned_digits(magnitude(i), base);
  return fill_number(f, i < 0, f.alt ? prefix : "", digits, "", f.type == 'X');
}

/// format_float_internal: a float with a parsed spec of type e, E, f, F, g, G, n, % or none.
inline str format_float_spec(double x, const format_spec& f) {
  float_flags fl;
  fl.alt = f.alt;
  fl.no_neg_0 = f.no_neg_0;
  char32_t type = f.type;
  int precision = static_cast<int>(std::min<int_t>(f.precision, 0x7fffffff));
  int default_precision = 6;
  if (type == 0) {
    fl.add_dot_0 = true;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool pct = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  fl.upper = type == 'E' || type == 'F' || type == 'G';
  const char code = static_cast<char>(fl.upper ? type + 32 : type);
  str buf = format_float(x, code, precision, fl);
  if (pct) buf.push_back('%');
  if (f.sign != '+' && f.sign != ' ' && f.width < 0 && !f.sep) return buf;  // CPython's fast path
  std::string_view v(buf);
  const bool negative = !v.empty() && v[0] == '-';
  if (negative) v.remove_prefix(1);
  std::size_t nd = 0;
  while (nd < v.size() && v[nd] >= '0' && v[nd] <= '9') ++nd;
  return fill_number(f, negative, "", v.substr(0, nd), v.substr(nd), false);
}

/// format_string_internal.
inline str format_str_spec(const str& s, const format_spec& f) {
  if (f.sign == ' ') raise(exc_kind::ValueError, "Space not allowed in string format specifier");
  if (f.sign) raise(exc_kind::ValueError, "Sign not allowed in string format specifier");
  if (f.no_neg_0) raise(exc_kind::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) raise(exc_kind::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise(exc_kind::ValueError, "'=' alignment not allowed in string format specifier");
  std::string_view v(s);
  int_t len = str_len(s);
  if (f.precision >= 0 && len > f.precision) {
    v = v.substr(0, utf8::byte_offset(s, static_cast<std::size_t>(f.precision)));
    len = f.precision;
  }
  const int_t total = std::max(len, f.width);
  int_t lpad = 0;
  if (f.align == '>') lpad = total - len;
  else if (f.align == '^') lpad = (total - len) / 2;
  const int_t rpad = total - len - lpad;
  str fill;
  utf8::append(fill, f.fill);
  str out;
  for (int_t k = 0; k < lpad; ++k) out += fill;
  out.append(v);
  for (int_t k = 0; k < rpad; ++k) out += fill;
  return out;
}

}  // namespace detail

/// format(i, spec) for an int: types b c d o x X n (none = d), and e E f F g G % via float.
inline str format_value(int_t i, const str& spec) {
  if (spec.empty()) return to_str(i);
  const detail::format_spec f = detail::parse_spec(spec, 'd', '>', "int");
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': return detail::format_int_spec(i, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return detail::format_float_spec(static_cast<double>(i), f);
    default: detail::raise_unknown_code(f.type, "int");
  }
}

/// format(b, spec) for a bool: 'True'/'False' for an empty spec, else as the int 0/1.
inline str format_value(bool b, const str& spec) {
  if (spec.empty()) return to_str(b);
  const detail::format_spec f = detail::parse_spec(spec, 'd', '>', "bool");
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': return detail::format_int_spec(b, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return detail::format_float_spec(b ? 1.0 : 0.0, f);
    default: detail::raise_unknown_code(f.type, "bool");
  }
}

/// format(x, spec) for a float: types e E f F g G n % and none (repr-like; like g with at
/// least one fractional digit when a precision is given).
inline str format_value(double x, const str& spec) {
  if (spec.empty()) return to_str(x);
  const detail::format_spec f = detail::parse_spec(spec, 0, '>', "float");
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return detail::format_float_spec(x, f);
    default: detail::raise_unknown_code(f.type, "float");
  }
}

/// format(s, spec) for a str: type s or none; precision truncates; left-aligned by default.
inline str format_value(const str& s, const str& spec) {
  if (spec.empty()) return s;
  const detail::format_spec f = detail::parse_spec(spec, 's', '<', "str");
  if (f.type != 's') detail::raise_unknown_code(f.type, "str");
  return detail::format_str_spec(s, f);
}
inline str format_value(const char* s, const str& spec) { return format_value(str(s), spec); }

/// format(None, spec): only the empty spec (object.__format__).
inline str format_value(none_t, const str& spec) {
  if (!spec.empty()) raise(exc_kind::TypeError, "unsupported format string passed to NoneType.__format__");
  return "None";
}

namespace detail {

/// The sign-stripped text of one part of a complex laid out by fill_number without padding.
inline str complex_part(double x, char code, int precision, const float_flags& fl, const format_spec& f, char sign) {
  const str buf = format_float(x, code, precision, fl);
  std::string_view v(buf);
  const bool negative = !v.empty() && v[0] == '-';
  if (negative) v.remove_prefix(1);
  std::size_t nd = 0;
  while (nd < v.size() && v[nd] >= '0' && v[nd] <= '9') ++nd;
  format_spec part = f;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  part.sign = sign;
  return fill_number(part, negative, "", v.substr(0, nd), v.substr(nd), false);
}

}  // namespace detail

/// format(z, spec) for a complex (CPython's format_complex_internal): types e E f F g G n
/// and none (like str(z), parenthesized unless the real part is +0).
inline str format_value(const complex_t& z, const str& spec) {
  if (spec.empty()) return to_str(z);
  const detail::format_spec f = detail::parse_spec(spec, 0, '>', "complex");
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: detail::raise_unknown_code(f.type, "complex");
  }
  if (f.fill == '0') raise(exc_kind::ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=') raise(exc_kind::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  detail::float_flags fl;
  fl.alt = f.alt;
  fl.no_neg_0 = f.no_neg_0;
  char32_t type = f.type;
  int precision = static_cast<int>(std::min<int_t>(f.precision, 0x7fffffff));
  int default_precision = 6;
  bool skip_re = false, parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (z.real() == 0.0 && !std::signbit(z.real())) skip_re = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  fl.upper = type == 'E' || type == 'F' || type == 'G';
  const char code = static_cast<char>(fl.upper ? type + 32 : type);
  str body;
  if (parens) body.push_back('(');
  if (!skip_re) body += detail::complex_part(z.real(), code, precision, fl, f, f.sign);
  body += detail::complex_part(z.imag(), code, precision, fl, f, skip_re ? f.sign : '+');
  body.push_back('j');
  if (parens) body.push_back(')');
  const int_t len = static_cast<int_t>(body.size());  // ASCII
  const int_t total = std::max(len, f.width);
  const int_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  str fill;
  utf8::append(fill, f.fill);
  str out;
  for (int_t k = 0; k < lpad; ++k) out += fill;
  out += body;
  for (int_t k = 0; k < total - len - lpad; ++k) out += fill;
  return out;
}

template <class I, std::enable_if_t<std::is_integral_v<I> && !std::is_same_v<I, bool> &&
                                        !std::is_same_v<I, int_t>, int> = 0>
inline str format_value(I i, const str& spec) {
  return format_value(static_cast<int_t>(i), spec);
}

// --- str.format and % --------------------------------------------------------------------

namespace detail {

/// A type-erased argument of str.format / %: the scalar kinds CPython's paths distinguish.
struct fmt_arg {
  enum kind_t { k_int, k_bool, k_float, k_str, k_none, k_complex, k_other } kind;
  int_t i = 0;
  double d = 0.0;
  complex_t z{};
  const str* s = nullptr;
  const void* p = nullptr;
  str (*to_s)(const void*) = nullptr;
  str (*to_r)(const void*) = nullptr;

  const char* type_name() const {
    switch (kind) {
      case k_int: return "int";
      case k_bool: return "bool";
      case k_float: return "float";
      case k_str: return "str";
      case k_none: return "NoneType";
      case k_complex: return "complex";
      default: return "object";
    }
  }
  str as_str() const {
    switch (kind) {
      case k_int: return to_str(i);
      case k_bool: return to_str(i != 0);
      case k_float: return to_str(d);
      case k_str: return *s;
      case k_none: return "None";
      case k_complex: return to_str(z);
      default: return to_s(p);
    }
  }
  str as_repr() const { return kind == k_str ? repr_str(*s) : kind == k_other ? to_r(p) : as_str(); }
  str format(const str& spec) const {
    switch (kind) {
      case k_int: return format_value(i, spec);
      case k_bool: return format_value(i != 0, spec);
      case k_float: return format_value(d, spec);
      case k_str: return format_value(*s, spec);
      case k_none: return format_value(None, spec);
      case k_complex: return format_value(z, spec);
      default:
        if (!spec.empty()) raise(exc_kind::TypeError, "unsupported format string passed to object.__format__");
        return to_s(p);
    }
  }
};

inline fmt_arg make_arg(int_t i) { fmt_arg a{fmt_arg::k_int}; a.i = i; return a; }
inline fmt_arg make_arg(bool b) { fmt_arg a{fmt_arg::k_bool}; a.i = b; return a; }
inline fmt_arg make_arg(double d) { fmt_arg a{fmt_arg::k_float}; a.d = d; return a; }
inline fmt_arg make_arg(const str& s) { fmt_arg a{fmt_arg::k_str}; a.s = &s; return a; }
inline fmt_arg make_arg(none_t) { return fmt_arg{fmt_arg::k_none}; }
inline fmt_arg make_arg(const complex_t& z) { fmt_arg a{fmt_arg::k_complex}; a.z = z; return a; }
template <class T>
fmt_arg make_arg(const T& x) {
  if constexpr (std::is_integral_v<T>) {
    return make_arg(static_cast<int_t>(x));
  } else {
    fmt_arg a{fmt_arg::k_other};
    a.p = &x;
    a.to_s = [](const void* q) -> str { return to_str(*static_cast<const T*>(q)); };
    a.to_r = [](const void* q) -> str { return repr(*static_cast<const T*>(q)); };
    return a;
  }
}

/// ascii(x): repr(x) with non-ASCII code points escaped.
inline str ascii_of(const str& r) {
  if (utf8::is_ascii(r)) return r;
  str out;
  char buf[16];
  for (std::size_t i = 0; i < r.size();) {
    const char32_t c = utf8::decode(r, i);
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else {
      if (c <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
      else if (c <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
      out += buf;
    }
  }
  return out;
}

/// The body of str.format: CPython's MarkupIterator and field rendering, positional fields only.
inline void vformat(str& out, std::string_view fmt, const std::vector<fmt_arg>& args, int depth, int& auto_state,
                    int_t& next_auto) {
  // auto_state: 0 unknown, 1 automatic numbering, 2 manual.
  if (depth <= 0) raise(exc_kind::ValueError, "Max string recursion exceeded");
  std::size_t i = 0;
  const std::size_t n = fmt.size();
  while (i < n) {
    const char c = fmt[i];
    if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        out.push_back('}');
        i += 2;
        continue;
      }
      raise(exc_kind::ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      const std::size_t j = fmt.find_first_of("{}", i);
      const std::size_t e = j == std::string_view::npos ? n : j;
      out.append(fmt.substr(i, e - i));
      i = e;
      continue;
    }
    if (i + 1 < n && fmt[i + 1] == '{') {
      out.push_back('{');
      i += 2;
      continue;
    }
    if (i + 1 >= n) raise(exc_kind::ValueError, "Single '{' encountered in format string");
    // CPython's parse_field: field_name up to '}', ':' or '!', then !conversion, then a spec
    // ending at the matching '}'.
    ++i;
    const std::size_t name_start = i;
    char c2 = 0;
    while (i < n) {
      c2 = fmt[i++];
      if (c2 == '{') raise(exc_kind::ValueError, "unexpected '{' in field name");
      if (c2 == '[') {
        while (i < n && fmt[i] != ']') ++i;
        continue;
      }
      if (c2 == '}' || c2 == ':' || c2 == '!') break;
    }
    const std::string_view name = fmt.substr(name_start, i - 1 - name_start);
    char32_t conversion = 0;
    std::string_view spec;
    if (c2 == '!' || c2 == ':') {
      bool done = false;
      if (c2 == '!') {
        if (i >= n) raise(exc_kind::ValueError, "end of string while looking for conversion specifier");
        conversion = utf8::decode(fmt, i);
        if (i < n) {
          const char c3 = fmt[i++];
          if (c3 == '}') done = true;
          else if (c3 != ':') raise(exc_kind::ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const std::size_t spec_start = i;
        int count = 1;
        while (i < n) {
          const char c3 = fmt[i++];
          if (c3 == '{') ++count;
          else if (c3 == '}' && --count == 0) break;
        }
        if (count != 0) raise(exc_kind::ValueError, "unmatched '{' in format spec");
        spec = fmt.substr(spec_start, i - 1 - spec_start);
      }
    } else if (c2 != '}') {
      raise(exc_kind::ValueError, "expected '}' before end of string");
    }
    int_t index;
    if (name.empty()) {
      if (auto_state == 2)
        raise(exc_kind::ValueError, "cannot switch from manual field specification to automatic field numbering");
      auto_state = 1;
      index = next_auto++;
    } else {
      index = 0;
      for (char d : name) {
        if (d < '0' || d > '9') {
          if (d == '.' || d == '[') raise(exc_kind::NotImplementedError, "pyxc: attribute or item access in format fields");
          raise(exc_kind::KeyError, repr_str(str(name)));
        }
        if (index > (INT64_MAX - 9) / 10) raise(exc_kind::ValueError, "Too many decimal digits in format string");
        index = index * 10 + (d - '0');
      }
      if (auto_state == 1)
        raise(exc_kind::ValueError, "cannot switch from automatic field numbering to manual field specification");
      auto_state = 2;
    }
    if (index >= static_cast<int_t>(args.size()))
      raise(exc_kind::IndexError, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    str expanded_spec;
    if (spec.find('{') != std::string_view::npos) vformat(expanded_spec, spec, args, depth - 1, auto_state, next_auto);
    else expanded_spec.assign(spec);
    const fmt_arg& a = args[static_cast<std::size_t>(index)];
    switch (conversion) {
      case 0: out += a.format(expanded_spec); break;
      case 's': out += format_value(a.as_str(), expanded_spec); break;
      case 'r': out += format_value(a.as_repr(), expanded_spec); break;
      case 'a': out += format_value(ascii_of(a.as_repr()), expanded_spec); break;
      default: {
        char buf[64];
        if (conversion > 32 && conversion < 127)
          std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c", static_cast<char>(conversion));
        else
          std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion));
        raise(exc_kind::ValueError, buf);
      }
    }
  }
}

}  // namespace detail

/// fmt.format(args...): '{}' / '{0}' fields with optional !r/!s/!a and a format spec (which
/// may itself contain '{}' fields).
template <class... Args>
str str_format(const str& fmt, const Args&... args) {
  const std::vector<detail::fmt_arg> v{detail::make_arg(args)...};
  str out;
  out.reserve(fmt.size() + 16 * sizeof...(Args));
  int auto_state = 0;
  int_t next_auto = 0;
  detail::vformat(out, fmt, v, 2, auto_state, next_auto);
  return out;
}

namespace detail {

[[noreturn]] PYXC_COLD inline void raise_not_enough_args() {
  raise(exc_kind::TypeError, "not enough arguments for format string");
}

/// printf-style `fmt % args`: CPython's PyUnicode_Format for positional arguments.
inline str percent_format(const str& fmt, const std::vector<fmt_arg>& args) {
  str out;
  out.reserve(fmt.size() + 8 * args.size());
  std::size_t argi = 0;
  auto next_arg = [&]() -> const fmt_arg& {
    if (argi >= args.size()) raise_not_enough_args();
    return args[argi++];
  };
  const std::size_t n = fmt.size();
  std::size_t i = 0;
  while (i < n) {
    if (fmt[i] != '%') {
      const std::size_t j = fmt.find('%', i);
      const std::size_t e = j == str::npos ? n : j;
      out.append(fmt, i, e - i);
      i = e;
      continue;
    }
    ++i;
    if (i < n && fmt[i] == '%') {
      out.push_back('%');
      ++i;
      continue;
    }
    if (i < n && fmt[i] == '(') raise(exc_kind::TypeError, "format requires a mapping");
    bool ljust = false, plus = false, blank = false, alt = false, zero = false;
    int_t width = -1, prec = -1;
    char32_t ch = 0;
    bool have = false;
    auto read = [&]() {  // the next code point of fmt into ch; false at the end
      have = i < n;
      if (have) ch = utf8::decode(fmt, i);
      return have;
    };
    while (read()) {
      if (ch == '-') ljust = true;
      else if (ch == '+') plus = true;
      else if (ch == ' ') blank = true;
      else if (ch == '#') alt = true;
      else if (ch == '0') zero = true;
      else break;
    }
    if (have && ch == '*') {
      const fmt_arg& w = next_arg();
      if (w.kind != fmt_arg::k_int && w.kind != fmt_arg::k_bool) raise(exc_kind::TypeError, "* wants int");
      width = w.i;
      if (width < 0) {
        ljust = true;
        width = -width;
      }
      read();
    } else if (have && ch >= '0' && ch <= '9') {
      width = ch - '0';
      while (read() && ch >= '0' && ch <= '9') {
        if (width > (INT64_MAX - 9) / 10) raise(exc_kind::ValueError, "width too big");
        width = width * 10 + (ch - '0');
      }
    }
    if (have && ch == '.') {
      prec = 0;
      read();
      if (have && ch == '*') {
        const fmt_arg& w = next_arg();
        if (w.kind != fmt_arg::k_int && w.kind != fmt_arg::k_bool) raise(exc_kind::TypeError, "* wants int");
        prec = w.i < 0 ? 0 : w.i;
        read();
      } else if (have && ch >= '0' && ch <= '9') {
        prec = ch - '0';
        while (read() && ch >= '0' && ch <= '9') {
          if (prec > (0x7fffffff - 9) / 10) raise(exc_kind::ValueError, "precision too big");
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    if (have && (ch == 'h' || ch == 'l' || ch == 'L')) read();
    if (!have) raise(exc_kind::ValueError, "incomplete format");

    const fmt_arg& v = next_arg();
    str s;
    bool numeric = false;
    switch (ch) {
      case 's': s = v.as_str(); break;
      case 'r': s = v.as_repr(); break;
      case 'a': s = ascii_of(v.as_repr()); break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        int_t x = 0;
        str digits;
        const bool intlike = v.kind == fmt_arg::k_int || v.kind == fmt_arg::k_bool;
        if (intlike) {
          x = v.i;
        } else if (v.kind == fmt_arg::k_float && ch != 'o' && ch != 'x' && ch != 'X') {
          // int(x): past 64 bits the float is an integer already; print it exactly.
          if (std::isnan(v.d)) raise(exc_kind::ValueError, "cannot convert float NaN to integer");
          if (std::isinf(v.d)) raise(exc_kind::OverflowError, "cannot convert float infinity to integer");
          if (v.d >= -9223372036854775808.0 && v.d < 9223372036854775808.0) {
            x = static_cast<int_t>(v.d);
          } else {
            x = v.d < 0 ? -1 : 1;
            char big[320];
            const auto r = std::to_chars(big, big + sizeof big, std::fabs(v.d), std::chars_format::fixed, 0);
            digits.assign(big, r.ptr);
          }
        } else {
          const bool want_int = ch == 'o' || ch == 'x' || ch == 'X';
          raise(exc_kind::TypeError, str("%") + static_cast<char>(ch) + " format: " +
                                         (want_int ? "an integer is required, not " : "a real number is required, not ") +
                                         v.type_name());
        }
        const int base = ch == 'o' ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
        if (digits.empty()) digits = unsigned_digits(magnitude(x), base);
        if (prec > static_cast<int_t>(digits.size())) digits.insert(0, static_cast<std::size_t>(prec) - digits.size(), '0');
        if (x < 0) s.push_back('-');
        if (alt && base != 10) {
          s.push_back('0');
          s.push_back(ch == 'o' ? 'o' : 'x');
        }
        s += digits;
        if (ch == 'X')
          for (char& c : s)
            if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 32);
        numeric = true;
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double x;
        if (v.kind == fmt_arg::k_float) x = v.d;
        else if (v.kind == fmt_arg::k_int || v.kind == fmt_arg::k_bool) x = static_cast<double>(v.i);
        else raise(exc_kind::TypeError, str("must be real number, not ") + v.type_name());
        float_flags fl;
        fl.alt = alt;
        fl.upper = ch == 'E' || ch == 'F' || ch == 'G';
        s = format_float(x, static_cast<char>(fl.upper ? ch + 32 : ch), prec < 0 ? 6 : static_cast<int>(prec), fl);
        numeric = true;
        break;
      }
      case 'c': {
        if (v.kind == fmt_arg::k_str) {
          if (str_len(*v.s) != 1) raise(exc_kind::TypeError, "%c requires int or char");
          s = *v.s;
        } else if (v.kind == fmt_arg::k_int || v.kind == fmt_arg::k_bool) {
          if (v.i < 0 || v.i > 0x10FFFF) raise(exc_kind::OverflowError, "%c arg not in range(0x110000)");
          utf8::append(s, static_cast<char32_t>(v.i));
        } else {
          raise(exc_kind::TypeError, "%c requires int or char");
        }
        break;
      }
      default: {
        const int_t at = static_cast<int_t>(utf8::count(fmt.data(), i)) - 1;
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                      (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?', static_cast<unsigned>(ch),
                      static_cast<long long>(at));
        raise(exc_kind::ValueError, buf);
      }
    }
    // unicode_format_arg_output
    int_t len = str_len(s);
    if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(plus || blank)) {
      out += s;
      continue;
    }
    const bool is_text = ch == 's' || ch == 'r' || ch == 'a';
    std::string_view body(s);
    if (is_text && prec >= 0 && len > prec) {
      body = body.substr(0, utf8::byte_offset(s, static_cast<std::size_t>(prec)));
      len = prec;
    }
    const char fill = numeric && zero ? '0' : ' ';
    char sign = 0;
    bool has_sign = numeric;
    if (has_sign) {
      if (body[0] == '-' || body[0] == '+') {
        sign = body[0];
        body.remove_prefix(1);
        --len;
      } else if (plus) {
        sign = '+';
      } else if (blank) {
        sign = ' ';
      } else {
        has_sign = false;
      }
    }
    if (width < len) width = len;
    if (has_sign) {
      if (fill != ' ') out.push_back(sign);
      if (width > len) --width;
    }
    const bool prefix = alt && (ch == 'x' || ch == 'X' || ch == 'o');
    if (prefix) {
      if (fill != ' ') out.append(body.substr(0, 2));
      width -= 2;
      if (width < 0) width = 0;
      len -= 2;
    }
    if (width > len && !ljust) {
      out.append(static_cast<std::size_t>(width - len), fill);
      width = len;
    }
    if (fill == ' ') {
      if (has_sign) out.push_back(sign);
      if (prefix) out.append(body.substr(0, 2));
    }
    if (prefix) body.remove_prefix(2);
    out.append(body);
    if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
  }
  if (argi < args.size()) raise(exc_kind::TypeError, "not all arguments converted during string formatting");
  return out;
}

}  // namespace detail

/// fmt % (args...): printf-style formatting with CPython's conversions and messages.
template <class... Args>
str percent_format(const str& fmt, const Args&... args) {
  const std::vector<detail::fmt_arg> v{detail::make_arg(args)...};
  return detail::percent_format(fmt, v);
}

}  // namespace pyxc
