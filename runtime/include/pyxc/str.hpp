// Python's str: UTF-8 text with code point semantics. Including this header gives every str
// operation the code generator emits; the parts can be included alone:
//   pyxc/str/utf8.hpp     UTF-8 primitives, str_len
//   pyxc/str/unicode.hpp  character properties and case mappings (CPython's tables)
//   pyxc/str/methods.hpp  indexing, slicing, iteration, searching, split/join, strip, ...
//   pyxc/str/case.hpp     case mappings (upper, lower, title, casefold...) and is*() tests
//   pyxc/str/convert.hpp  str()/repr() of scalars, int(s), float(s), chr, ord
//   pyxc/str/format.hpp   format(x, spec), str.format, printf-style %
#pragma once

#include "pyxc/str/case.hpp"
#include "pyxc/str/convert.hpp"
#include "pyxc/str/format.hpp"
#include "pyxc/str/methods.hpp"
#include "pyxc/str/unicode.hpp"
#include "pyxc/str/utf8.hpp"
