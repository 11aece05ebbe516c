// pyxc runtime core: the scalar types generated code uses and the exception that carries a
// Python exception type and message back to the module glue.
#pragma once

#include <complex>
#include <cstdint>
#include <exception>
#include <string>
#include <utility>

/// Branch hints and attributes shared by the runtime headers.
#define PYXC_INLINE inline __attribute__((always_inline))
#define PYXC_COLD __attribute__((noinline, cold))

namespace pyxc {

using int_t = std::int64_t;
using str = std::string;
using complex_t = std::complex<double>;

/// Python's None.
struct none_t {
  bool operator==(none_t) const { return true; }
};
inline constexpr none_t None{};

// --- exceptions ------------------------------------------------------------------------------

/// The Python exception classes the runtime can raise; the glue maps them to PyExc_*.
enum class exc_kind {
  ZeroDivisionError,
  IndexError,
  ValueError,
  OverflowError,
  TypeError,
  KeyError,
  AssertionError,
  RuntimeError,
  NotImplementedError,
  MemoryError,
};

/// The Python class name of `k`, e.g. "ZeroDivisionError".
inline const char* exc_name(exc_kind k) noexcept {
  switch (k) {
    case exc_kind::ZeroDivisionError: return "ZeroDivisionError";
    case exc_kind::IndexError: return "IndexError";
    case exc_kind::ValueError: return "ValueError";
    case exc_kind::OverflowError: return "OverflowError";
    case exc_kind::TypeError: return "TypeError";
    case exc_kind::KeyError: return "KeyError";
    case exc_kind::AssertionError: return "AssertionError";
    case exc_kind::RuntimeError: return "RuntimeError";
    case exc_kind::NotImplementedError: return "NotImplementedError";
    case exc_kind::MemoryError: return "MemoryError";
  }
  return "Exception";
}

/// A Python exception raised by compiled code: its class and its message (str(e)).
struct exception : std::exception {
  exc_kind kind;
  std::string message;

  exception(exc_kind k, std::string msg) : kind(k), message(std::move(msg)) {}
  const char* what() const noexcept override { return message.c_str(); }
};

/// Raise a Python exception. Kept out of line and cold so hot code only pays a branch.
[[noreturn]] PYXC_COLD inline void raise(exc_kind kind, std::string message) {
  throw exception(kind, std::move(message));
}
/// Same, for a literal message: the std::string is built inside the cold function.
[[noreturn]] PYXC_COLD inline void raise(exc_kind kind, const char* message) {
  throw exception(kind, std::string(message));
}

/// The message of every int overflow: CPython would switch to a bignum, pyxc cannot.
inline constexpr const char* int_overflow_msg = "integer overflow: pyxc ints are 64-bit";

/// Raise OverflowError for an int result that does not fit 64 bits.
[[noreturn]] PYXC_COLD inline void raise_int_overflow() {
  raise(exc_kind::OverflowError, int_overflow_msg);
}

}  // namespace pyxc
