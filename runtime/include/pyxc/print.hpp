// print(), str() and repr() for every printable value: the scalars (pyxc/str/convert.hpp) and
// the containers built from them, spelled as CPython spells them.
#pragma once

#include <cstdio>
#include <tuple>

#include "pyxc/core.hpp"
#include "pyxc/list.hpp"
#include "pyxc/str.hpp"

namespace pyxc {

template <class K, class V>
class dict;
template <class T>
class set;

// --- repr of containers (declared first: they nest) --------------------------------------------

template <class T>
str repr(const list<T>& xs);
template <class... Ts>
str repr(const std::tuple<Ts...>& t);
template <class K, class V>
str repr(const dict<K, V>& d);
template <class T>
str repr(const set<T>& s);

template <class T>
str repr(const list<T>& xs) {
  str out = "[";
  bool first = true;
  for (const auto& x : xs) {
    if (!first) out += ", ";
    first = false;
    out += repr(x);
  }
  return out + "]";
}

template <class... Ts>
str repr(const std::tuple<Ts...>& t) {
  str out = "(";
  std::size_t i = 0;
  std::apply([&](const auto&... item) { ((out += (i++ ? ", " : "") + repr(item)), ...); }, t);
  return out + (sizeof...(Ts) == 1 ? ",)" : ")");
}

template <class K, class V>
str repr(const dict<K, V>& d) {
  str out = "{";
  bool first = true;
  for (const auto& [k, v] : d.items()) {
    if (!first) out += ", ";
    first = false;
    out += repr(k) + ": " + repr(v);
  }
  return out + "}";
}

template <class T>
str repr(const set<T>& s) {
  if (s.empty()) return "set()";
  str out = "{";
  bool first = true;
  for (const auto& x : s) {
    if (!first) out += ", ";
    first = false;
    out += repr(x);
  }
  return out + "}";
}

/// str(x) of a container is its repr, as in Python.
template <class T>
str to_str(const list<T>& xs) {
  return repr(xs);
}
template <class... Ts>
str to_str(const std::tuple<Ts...>& t) {
  return repr(t);
}
template <class K, class V>
str to_str(const dict<K, V>& d) {
  return repr(d);
}
template <class T>
str to_str(const set<T>& s) {
  return repr(s);
}

// --- print ----------------------------------------------------------------------------------

/// Where print() writes. C stdout by default; a compiled module points it at Python's
/// sys.stdout when it is imported, so output interleaves with the interpreter's own.
using stdout_writer_fn = void (*)(const str& text);
inline stdout_writer_fn& stdout_writer() {
  static stdout_writer_fn writer = [](const str& text) { std::fwrite(text.data(), 1, text.size(), stdout); };
  return writer;
}

/// print(a, b, ..., sep=sep, end=end).
template <class... Args>
none_t print(const str& sep, const str& end, const Args&... args) {
  str out;
  std::size_t i = 0;
  ((out += (i++ ? sep : str()) + to_str(args)), ...);
  out += end;
  stdout_writer()(out);
  return None;
}

}  // namespace pyxc
