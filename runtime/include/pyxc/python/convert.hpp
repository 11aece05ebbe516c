// Conversion between CPython objects and pyxc values, and Python exceptions from C++ ones.
// from_python never raises: a mismatch returns false with no Python error set, so the
// module glue can try the next overload and finally raise a TypeError listing them.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <cmath>
#include <cstddef>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "pyxc/core.hpp"
#include "pyxc/hash.hpp"
#include "pyxc/list.hpp"

namespace pyxc {
// dict.hpp and set.hpp are included by the code that uses them; their conversions below are
// templates, instantiated only then.
template <class K, class V>
class dict;
template <class T>
class set;
}  // namespace pyxc

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
template <class K, class V>
bool from_python(PyObject* o, dict<K, V>* out);
template <class T>
bool from_python(PyObject* o, set<T>* out);

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
template <class K, class V>
PyObject* to_python(const dict<K, V>& d);
template <class T>
PyObject* to_python(const set<T>& s);
template <class T>
PyObject* to_python(const std::optional<T>& v);

// --- from_python -----------------------------------------------------------------------------

/// int and its subclasses (bool included); false if it does not fit 64 bits.
inline bool from_python(PyObject* o, int_t* out) {
  // An exact int of at most one digit (|v| < 2**30), the common case, read inline: CPython's
  // own compact-int layout, which 3.12 changed.
#if PY_VERSION_HEX >= 0x030C0000
  if (Py_TYPE(o) == &PyLong_Type && PyUnstable_Long_IsCompact(reinterpret_cast<PyLongObject*>(o))) {
    *out = static_cast<int_t>(PyUnstable_Long_CompactValue(reinterpret_cast<PyLongObject*>(o)));
    return true;
  }
#else
  if (Py_TYPE(o) == &PyLong_Type) {
    const Py_ssize_t size = Py_SIZE(o);
    if (size >= -1 && size <= 1) {
      // A zero may have no digit allocated: do not read it.
      *out = size == 0 ? 0 : static_cast<int_t>(size) * static_cast<int_t>(reinterpret_cast<PyLongObject*>(o)->ob_digit[0]);
      return true;
    }
  }
#endif
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

/// dict (or subclass) whose every key and value convert, in the dict's order. False if two
/// keys become one (e.g. 2**53 and 2**53 + 1 as float keys).
template <class K, class V>
bool from_python(PyObject* o, dict<K, V>* out) {
  if (!PyDict_Check(o)) return false;
  dict<K, V> r;
  r.reserve(static_cast<int_t>(PyDict_GET_SIZE(o)));
  Py_ssize_t pos = 0;
  PyObject* key = nullptr;
  PyObject* value = nullptr;
  // Conversions run no Python code, so the dict cannot change under PyDict_Next.
  while (PyDict_Next(o, &pos, &key, &value)) {
    K k{};
    V v{};
    if (!from_python(key, &k) || !from_python(value, &v)) return false;
    r.setitem(k, std::move(v));
  }
  if (r.size() != static_cast<int_t>(PyDict_GET_SIZE(o))) return false;
  *out = std::move(r);
  return true;
}

/// set or frozenset (or subclass) whose every element converts. When pyxc hashes every
/// element as CPython did (ints, floats, tuples of them), the table is copied slot for slot,
/// dummies included, so the set iterates and pops in exactly the Python object's order;
/// otherwise (str elements) the elements are added in the Python set's order. False if two
/// elements become one.
template <class T>
bool from_python(PyObject* o, set<T>* out) {
  if (!PyAnySet_Check(o)) return false;
  auto* so = reinterpret_cast<PySetObject*>(o);
  set<T> r;
  auto& t = *r.table_ptr();
  using table = std::remove_reference_t<decltype(t)>;
  using slot = typename table::value_slot;
  using state = typename table::state;
  std::vector<slot> slots(static_cast<std::size_t>(so->mask) + 1);
  bool same_hashes = true;
  for (Py_ssize_t i = 0; i <= so->mask; ++i) {
    const setentry& e = so->table[i];
    if (e.key == nullptr) continue;
    slot& s = slots[static_cast<std::size_t>(i)];
    if (e.hash == -1) {  // CPython's dummy (no real hash is -1)
      s.state = state::dummy;
      s.hash = -1;
      continue;
    }
    if (!from_python(e.key, &s.key)) return false;
    s.hash = hash(s.key);
    s.state = state::active;
    same_hashes = same_hashes && s.hash == e.hash;
  }
  if (same_hashes) {
    t.slots = std::move(slots);
    t.fill = static_cast<std::size_t>(so->fill);
    t.used = static_cast<std::size_t>(so->used);
    t.finger = static_cast<std::size_t>(so->finger);
  } else {
    r.reserve(static_cast<int_t>(so->used));
    for (slot& s : slots)
      if (s.state == state::active) r.add(s.key);
    if (r.size() != static_cast<int_t>(so->used)) return false;
  }
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

/// An optional value: None, or the value's conversion.
template <class T>
PyObject* to_python(const std::optional<T>& v) {
  return v ? to_python(*v) : to_python(None);
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

/// A new Python dict with the same items in the same order.
template <class K, class V>
PyObject* to_python(const dict<K, V>& d) {
  PyObject* r = PyDict_New();
  if (r == nullptr) return nullptr;
  for (const auto& e : d.table_ptr()->entries) {
    if (e.hash == -1) continue;  // deleted
    PyObject* k = to_python(e.key);
    PyObject* v = k == nullptr ? nullptr : to_python(e.value);
    const int rc = v == nullptr ? -1 : PyDict_SetItem(r, k, v);
    Py_XDECREF(k);
    Py_XDECREF(v);
    if (rc < 0) {
      Py_DECREF(r);
      return nullptr;
    }
  }
  return r;
}

/// A new Python set of the converted elements, added in the pyxc set's order.
template <class T>
PyObject* to_python(const set<T>& s) {
  PyObject* r = PySet_New(nullptr);
  if (r == nullptr) return nullptr;
  for (const T& x : s) {
    PyObject* item = to_python(x);
    const int rc = item == nullptr ? -1 : PySet_Add(r, item);
    Py_XDECREF(item);
    if (rc < 0) {
      Py_DECREF(r);
      return nullptr;
    }
  }
  return r;
}

// --- exceptions ------------------------------------------------------------------------------

/// numpy's exception class `module.name`, imported once and kept (`fallback` without numpy).
inline PyObject* numpy_exception_class(const char* module, const char* name, PyObject* fallback) {
  PyObject* mod = PyImport_ImportModule(module);
  PyObject* cls = mod ? PyObject_GetAttrString(mod, name) : nullptr;
  Py_XDECREF(mod);
  if (!cls) PyErr_Clear();
  return cls ? cls : fallback;
}

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
    case exc_kind::StopIteration: return PyExc_StopIteration;
    case exc_kind::Exception: return PyExc_Exception;
    case exc_kind::ArithmeticError: return PyExc_ArithmeticError;
    case exc_kind::LookupError: return PyExc_LookupError;
    case exc_kind::UnboundLocalError: return PyExc_UnboundLocalError;
    case exc_kind::AxisError: {
      static PyObject* const cls = numpy_exception_class("numpy", "AxisError", PyExc_ValueError);
      return cls;
    }
    case exc_kind::LinAlgError: {
      static PyObject* const cls = numpy_exception_class("numpy.linalg", "LinAlgError", PyExc_Exception);
      return cls;
    }
    case exc_kind::AttributeError: return PyExc_AttributeError;
  }
  return PyExc_RuntimeError;
}

/// Raises KeyError(arg) where repr(arg) == message. A pyxc KeyError's message is str(e), which
/// for KeyError is repr(e.args[0]): "'x'" for d["x"], "1" for d[1], "(1, 'a')" for a tuple key,
/// "'popitem(): dictionary is empty'". The argument is recovered with ast.literal_eval, so that
/// Python code sees e.args[0] == the key, as in CPython; a message that is not a literal
/// becomes a str argument.
inline void set_key_error(const std::string& message) {
  PyObject* arg = nullptr;
  if (message == "nan" || message == "inf" || message == "-inf") {
    arg = PyFloat_FromDouble(message == "nan" ? NAN : message == "inf" ? INFINITY : -INFINITY);
  } else if (PyObject* ast = PyImport_ImportModule("ast")) {
    arg = PyObject_CallMethod(ast, "literal_eval", "s#", message.data(), static_cast<Py_ssize_t>(message.size()));
    Py_DECREF(ast);
  }
  if (arg == nullptr) {
    PyErr_Clear();
    arg = PyUnicode_FromStringAndSize(message.data(), static_cast<Py_ssize_t>(message.size()));
    if (arg == nullptr) return;  // MemoryError or bad UTF-8: that error stays set
  }
  PyObject* args = PyTuple_Pack(1, arg);  // a tuple key must not become the args tuple
  Py_DECREF(arg);
  if (args == nullptr) return;
  PyErr_SetObject(PyExc_KeyError, args);
  Py_DECREF(args);
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
  if (e.kind == exc_kind::KeyError) {
    set_key_error(e.message);
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
