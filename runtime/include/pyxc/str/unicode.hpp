// Unicode character properties and full case mappings of one code point, from the tables
// tools/gen_unicode_db.py extracts from CPython (so they match its Unicode version exactly).
#pragma once

#include <cstdint>

#include "pyxc/str/unicode_db.hpp"
#include "pyxc/str/utf8.hpp"

namespace pyxc::unicode {

/// The property record of code point cp.
PYXC_INLINE const unicode_db::record& record_of(char32_t cp) {
  if (cp >= 0x110000) cp = 0;  // not reachable from valid UTF-8
  const unsigned block = unicode_db::index1[cp >> unicode_db::shift];
  return unicode_db::records[unicode_db::index2[(block << unicode_db::shift) |
                                                (cp & ((1u << unicode_db::shift) - 1))]];
}
PYXC_INLINE bool has(char32_t cp, std::uint16_t flag) { return (record_of(cp).flags & flag) != 0; }

PYXC_INLINE bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return has(cp, unicode_db::space);
}
PYXC_INLINE bool is_alpha(char32_t cp) { return has(cp, unicode_db::alpha); }
PYXC_INLINE bool is_decimal(char32_t cp) { return has(cp, unicode_db::decimal); }
PYXC_INLINE bool is_digit(char32_t cp) { return has(cp, unicode_db::digit); }
PYXC_INLINE bool is_numeric(char32_t cp) { return has(cp, unicode_db::numeric); }
PYXC_INLINE bool is_lower(char32_t cp) { return has(cp, unicode_db::lower); }
PYXC_INLINE bool is_upper(char32_t cp) { return has(cp, unicode_db::upper); }
PYXC_INLINE bool is_title(char32_t cp) { return has(cp, unicode_db::title); }
PYXC_INLINE bool is_cased(char32_t cp) { return has(cp, unicode_db::cased); }
PYXC_INLINE bool is_case_ignorable(char32_t cp) { return has(cp, unicode_db::case_ignorable); }
PYXC_INLINE bool is_printable(char32_t cp) { return has(cp, unicode_db::printable); }
/// XID_Start or '_' (what may begin an identifier), and XID_Continue.
PYXC_INLINE bool is_id_start(char32_t cp) { return has(cp, unicode_db::xid_start); }
PYXC_INLINE bool is_id_continue(char32_t cp) { return has(cp, unicode_db::xid_continue); }
PYXC_INLINE bool is_alnum(char32_t cp) {
  return has(cp, unicode_db::alpha | unicode_db::decimal | unicode_db::digit | unicode_db::numeric);
}
/// The decimal digit value of cp, or -1 (Py_UNICODE_TODECIMAL).
PYXC_INLINE int decimal_value(char32_t cp) {
  const auto& r = record_of(cp);
  return (r.flags & unicode_db::decimal) ? r.decimal : -1;
}

/// Which full case mapping to apply.
enum class mapping { upper, lower, title, fold };

/// Appends the full case mapping of cp (one to three code points) to out.
inline void append_mapped(std::string& out, char32_t cp, mapping m) {
  const auto& r = record_of(cp);
  const std::int32_t v = m == mapping::upper   ? r.upper
                         : m == mapping::lower ? r.lower
                         : m == mapping::title ? r.title
                                               : r.fold;
  if (!(r.flags & unicode_db::extended)) {
    utf8::append(out, static_cast<char32_t>(static_cast<std::int32_t>(cp) + v));
    return;
  }
  const std::int32_t n = unicode_db::ext_mappings[v];
  for (std::int32_t k = 1; k <= n; ++k)
    utf8::append(out, static_cast<char32_t>(unicode_db::ext_mappings[v + k]));
}

}  // namespace pyxc::unicode
