// Conversion between CPython objects and pyxc values, and Python exceptions from C++ ones.
// from_python never raises: a mismatch returns false with no Python error set, so the
// module glue can try the next overload and finally raise a TypeError listing them.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <cstddef>
#include <exception>
#include <new>
#include <string>
#include <tuple>
#include <utility>

#include "pyxc/core.hpp"
#include "pyxc/list.hpp"

namespace pyxc::py {

// --- declarations (all overloads first, so nested templates see every one) -----------------

bool from_python(PyObject* o, int_t* out);
bool from_python(PyObject* o, double* out);
bool from_python(PyObject* o, bool* out);
bool from_python(PyObject* o, complex_t* out);
bool from_python(PyObject* o, str* out);
bool from_python(PyObject* o, none_t* out);
template <class T>
bool from_python(PyObject* o, list<T>* out);
template <class... Ts>
bool from_python(PyObject* o, std::tuple<Ts...>* out);

PyObject* to_python(int_t x);
PyObject* to_python(double x);
PyObject* to_python(bool x);
PyObject* to_python(const complex_t& x);
PyObject* to_python(const str& x);
PyObject* to_python(none_t);
template <class T>
PyObject* to_python(const list<T>& xs);
template <class... Ts>
PyObject* to_python(const std::tuple<Ts...>& t);

// --- from_python -----------------------------------------------------------------------------

/// int and its subclasses (bool included); false if it does not fit 64 bits.
inline bool from_python(PyObject* o, int_t* out) {
  if (!PyLong_Check(o)) return false;
  int overflow = 0;
  const long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
  if (overflow != 0) return false;
  if (v == -1 && PyErr_Occurred()) {
    PyErr_Clear();
    return false;
  }
  *out = static_cast<int_t>(v);
  return true;
}

/// float (and subclasses) or int, like float(); false for an int too large for a double.
inline bool from_python(PyObject* o, double* out) {
  if (PyFloat_Check(o)) {
    *out = PyFloat_AS_DOUBLE(o);
    return true;
  }
  if (!PyLong_Check(o)) return false;
  const double v = PyLong_AsDouble(o);
  if (v == -1.0 && PyErr_Occurred()) {
    PyErr_Clear();
    return false;
  }
  *out = v;
  return true;
}

/// bool only (not int).
inline bool from_python(PyObject* o, bool* out) {
  if (!PyBool_Check(o)) return false;
  *out = o == Py_True;
  return true;
}

/// complex, float or int.
inline bool from_python(PyObject* o, complex_t* out) {
  if (PyComplex_Check(o)) {
    const Py_complex c = PyComplex_AsCComplex(o);
    if (c.real == -1.0 && PyErr_Occurred()) {
      PyErr_Clear();
      return false;
    }
    *out = complex_t(c.real, c.imag);
    return true;
  }
  double d;
  if (!from_python(o, &d)) return false;
  *out = complex_t(d, 0.0);
  return true;
}

/// str only, as UTF-8; false for strings with lone surrogates.
inline bool from_python(PyObject* o, str* out) {
  if (!PyUnicode_Check(o)) return false;
  Py_ssize_t n = 0;
  const char* s = PyUnicode_AsUTF8AndSize(o, &n);
  if (s == nullptr) {
    PyErr_Clear();
    return false;
  }
  out->assign(s, static_cast<std::size_t>(n));
  return true;
}

/// None only.
inline bool from_python(PyObject* o, none_t* out) {
  *out = None;
  return o == Py_None;
}

/// list (or subclass) whose every item converts to T; nested lists recursively.
template <class T>
bool from_python(PyObject* o, list<T>* out) {
  if (!PyList_Check(o)) return false;
  const Py_ssize_t n = PyList_GET_SIZE(o);
  list<T> r;
  r.reserve(n);
  // Item conversions run no Python code, so the list cannot change under us.
  for (Py_ssize_t i = 0; i < n; ++i) {
    PyObject* item = PyList_GET_ITEM(o, i);
    if constexpr (std::is_same_v<T, double>) {
      if (Py_TYPE(item) == &PyFloat_Type) {  // the common case, inline
        r.append(PyFloat_AS_DOUBLE(item));
        continue;
      }
    }
    T x{};
    if (!from_python(item, &x)) return false;
    r.append(std::move(x));
  }
  *out = std::move(r);
  return true;
}

namespace detail {
template <class Tuple, std::size_t... I>
bool tuple_from_python(PyObject* o, Tuple* out, std::index_sequence<I...>) {
  return (from_python(PyTuple_GET_ITEM(o, I), &std::get<I>(*out)) && ...);
}
}  // namespace detail

/// tuple (or subclass) of exactly sizeof...(Ts) items.
template <class... Ts>
bool from_python(PyObject* o, std::tuple<Ts...>* out) {
  if (!PyTuple_Check(o) || PyTuple_GET_SIZE(o) != static_cast<Py_ssize_t>(sizeof...(Ts))) return false;
  std::tuple<Ts...> r;
  if (!detail::tuple_from_python(o, &r, std::index_sequence_for<Ts...>{})) return false;
  *out = std::move(r);
  return true;
}

// --- to_python (new references; nullptr with a Python error set on failure) ----------------

inline PyObject* to_python(int_t x) { return PyLong_FromLongLong(x); }
inline PyObject* to_python(double x) { return PyFloat_FromDouble(x); }
inline PyObject* to_python(bool x) {
  PyObject* r = x ? Py_True : Py_False;
  Py_INCREF(r);
  return r;
}
inline PyObject* to_python(const complex_t& x) { return PyComplex_FromDoubles(x.real(), x.imag()); }
inline PyObject* to_python(const str& x) {
  return PyUnicode_FromStringAndSize(x.data(), static_cast<Py_ssize_t>(x.size()));
}
inline PyObject* to_python(none_t) {
  Py_INCREF(Py_None);
  return Py_None;
}

/// A new Python list with converted items.
template <class T>
PyObject* to_python(const list<T>& xs) {
  const int_t n = xs.size();
  PyObject* r = PyList_New(static_cast<Py_ssize_t>(n));
  if (r == nullptr) return nullptr;
  for (int_t i = 0; i < n; ++i) {
    PyObject* item = to_python(xs.unchecked(i));
    if (item == nullptr) {
      Py_DECREF(r);  // unset slots are NULL, which list_dealloc skips
      return nullptr;
    }
    PyList_SET_ITEM(r, static_cast<Py_ssize_t>(i), item);
  }
  return r;
}

/// A new Python tuple with converted items.
template <class... Ts>
PyObject* to_python(const std::tuple<Ts...>& t) {
  PyObject* r = PyTuple_New(static_cast<Py_ssize_t>(sizeof...(Ts)));
  if (r == nullptr) return nullptr;
  bool ok = true;
  Py_ssize_t i = 0;
  std::apply(
      [&](const auto&... items) {
        ((ok = ok && [&] {
            PyObject* item = to_python(items);
            if (item == nullptr) return false;
            PyTuple_SET_ITEM(r, i++, item);
            return true;
          }()),
         ...);
      },
      t);
  if (!ok) {
    Py_DECREF(r);
    return nullptr;
  }
  return r;
}

// --- exceptions ------------------------------------------------------------------------------

/// The Python exception class for `k`.
inline PyObject* exception_type(exc_kind k) {
  switch (k) {
    case exc_kind::ZeroDivisionError: return PyExc_ZeroDivisionError;
    case exc_kind::IndexError: return PyExc_IndexError;
    case exc_kind::ValueError: return PyExc_ValueError;
    case exc_kind::OverflowError: return PyExc_OverflowError;
    case exc_kind::TypeError: return PyExc_TypeError;
    case exc_kind::KeyError: return PyExc_KeyError;
    case exc_kind::AssertionError: return PyExc_AssertionError;
    case exc_kind::RuntimeError: return PyExc_RuntimeError;
    case exc_kind::NotImplementedError: return PyExc_NotImplementedError;
    case exc_kind::MemoryError: return PyExc_MemoryError;
    case exc_kind::Exception: return PyExc_Exception;
    case exc_kind::ArithmeticError: return PyExc_ArithmeticError;
    case exc_kind::LookupError: return PyExc_LookupError;
  }
  return PyExc_RuntimeError;
}

/// Raise `e` in Python (sets the error indicator).
inline void set_python_error(const exception& e) {
  if (e.kind == exc_kind::MemoryError && e.message.empty()) {
    PyErr_NoMemory();
    return;
  }
  if (e.message.empty()) {
    PyErr_SetNone(exception_type(e.kind));  // `raise ValueError` / `assert x`: no arguments
    return;
  }
  PyErr_SetString(exception_type(e.kind), e.message.c_str());
}

/// Inside a catch block: raise the exception being handled in Python. pyxc::exception maps
/// to its class, std::bad_alloc to MemoryError, other std::exception to RuntimeError.
inline void set_python_error_from_current() {
  try {
    throw;
  } catch (const exception& e) {
    set_python_error(e);
  } catch (const std::bad_alloc&) {
    PyErr_NoMemory();
  } catch (const std::exception& e) {
    PyErr_SetString(PyExc_RuntimeError, e.what());
  } catch (...) {
    PyErr_SetString(PyExc_RuntimeError, "unknown C++ exception in compiled code");
  }
}

}  // namespace pyxc::py
