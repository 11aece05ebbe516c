// Optional values: a Python variable that is None on some paths and a value on others is a
// std::optional<T>. Compiled code reads the value through unwrap(), which raises the
// exception CPython raises when the value is None (TypeError; AttributeError for a method);
// where inference proved the value present the generated code dereferences directly.
#pragma once

#include <optional>
#include <type_traits>

#include "pyxc/builtins.hpp"
#include "pyxc/core.hpp"

namespace pyxc {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

/// The value of `v`, or CPython's exception when it is None.
template <class T>
PYXC_INLINE const T& unwrap(const std::optional<T>& v, exc_kind kind, const char* message) {
  if (!v) [[unlikely]]
    raise(kind, message);
  return *v;
}
template <class T>
PYXC_INLINE T& unwrap(std::optional<T>& v, exc_kind kind, const char* message) {
  if (!v) [[unlikely]]
    raise(kind, message);
  return *v;
}
template <class T>
PYXC_INLINE T unwrap(std::optional<T>&& v, exc_kind kind, const char* message) {
  if (!v) [[unlikely]]
    raise(kind, message);
  return std::move(*v);
}

/// Truthiness: None is false, a value is as true as itself.
template <class T>
PYXC_INLINE bool to_bool(const std::optional<T>& v) {
  return v && to_bool(*v);
}

/// `a == b` where either side may be None (none_t or an empty optional): None equals only None.
template <class A, class B>
bool optional_eq(const A& a, const B& b) {
  if constexpr (is_optional<A>::value) {
    if (!a) {
      if constexpr (is_optional<B>::value) return !b;
      else return std::is_same_v<B, none_t>;
    }
    return optional_eq(*a, b);
  } else if constexpr (is_optional<B>::value) {
    return optional_eq(b, a);
  } else if constexpr (std::is_same_v<A, none_t> || std::is_same_v<B, none_t>) {
    return std::is_same_v<A, B>;
  } else {
    return a == b;
  }
}

/// An optional of one type as an optional of a wider one (`int or None` to `float or None`).
template <class T, class U>
std::optional<T> optional_cast(const std::optional<U>& v) {
  if (!v) return std::nullopt;
  return T(*v);
}

}  // namespace pyxc
