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
  StopIteration,  // next() on an exhausted generator
  UnboundLocalError,
  // numpy's own classes (raised by the numpy runtime; Python sees numpy's classes).
  AxisError,    // numpy.AxisError: a ValueError and an IndexError
  LinAlgError,  // numpy.linalg.LinAlgError
  AttributeError,  // a method of None (`x.append(1)` with x None)
  // Base classes, raisable too (`raise Exception("...")`).
  Exception,
  ArithmeticError,
  LookupError,
};

/// Python's class hierarchy: does `except handler:` catch an exception of kind `raised`?
constexpr bool exc_matches(exc_kind raised, exc_kind handler) noexcept {
  if (raised == handler || handler == exc_kind::Exception) return true;
  if (raised == exc_kind::AxisError)
    return handler == exc_kind::ValueError || handler == exc_kind::IndexError || handler == exc_kind::LookupError;
  switch (handler) {
    case exc_kind::ArithmeticError:
      return raised == exc_kind::ZeroDivisionError || raised == exc_kind::OverflowError;
    case exc_kind::LookupError: return raised == exc_kind::IndexError || raised == exc_kind::KeyError;
    case exc_kind::RuntimeError: return raised == exc_kind::NotImplementedError;
    default: return false;
  }
}

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
    case exc_kind::StopIteration: return "StopIteration";
    case exc_kind::Exception: return "Exception";
    case exc_kind::ArithmeticError: return "ArithmeticError";
    case exc_kind::LookupError: return "LookupError";
    case exc_kind::UnboundLocalError: return "UnboundLocalError";
    case exc_kind::AxisError: return "AxisError";
    case exc_kind::LinAlgError: return "LinAlgError";
    case exc_kind::AttributeError: return "AttributeError";
  }
  return "Exception";
}

/// A Python exception raised by compiled code: its class and its message (str(e)).
struct exception : std::exception {
  exc_kind kind;
  std::string message;

  exception() : kind(exc_kind::Exception) {}  // for `except ... as e` variables before binding
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

/// A local variable read on a path where it was not assigned (see frontend/definite_assignment.hpp).
[[noreturn]] PYXC_COLD inline void raise_unbound_local(const char* name) {
  raise(exc_kind::UnboundLocalError,
        std::string("cannot access local variable '") + name + "' where it is not associated with a value");
}
PYXC_INLINE void check_bound(bool bound, const char* name) {
  if (!bound) [[unlikely]]
    raise_unbound_local(name);
}

/// The message of every int overflow: CPython would switch to a bignum, pyxc cannot.
inline constexpr const char* int_overflow_msg = "integer overflow: pyxc ints are 64-bit";

/// Raise OverflowError for an int result that does not fit 64 bits.
[[noreturn]] PYXC_COLD inline void raise_int_overflow() {
  raise(exc_kind::OverflowError, int_overflow_msg);
}

/// Python's `finally:` block: runs `f` when the scope is left, by falling off its end, by
/// return/break/continue, or by an exception. An exception raised by `f` while another one
/// propagates is dropped (Python would chain and replace it; C++ cannot throw during unwinding).
template <class F>
class finally_guard {
 public:
  explicit finally_guard(F f) : f_(std::move(f)), uncaught_(std::uncaught_exceptions()) {}
  finally_guard(const finally_guard&) = delete;
  finally_guard& operator=(const finally_guard&) = delete;
  ~finally_guard() noexcept(false) {
    if (std::uncaught_exceptions() > uncaught_) {
      try {
        f_();
      } catch (...) {
      }
    } else {
      f_();
    }
  }

 private:
  F f_;
  int uncaught_;
};

}  // namespace pyxc
