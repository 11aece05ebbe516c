// What generated module glue needs beyond argument conversion: the TypeError raised when no
// exported signature accepts a call, naming the argument types actually passed.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <string>

#include "pyxc/python/convert.hpp"

namespace pyxc::py {

/// A pyxc-style spelling of a Python value's type: `float`, `float list`, `(int, str)`,
/// `list of float and str`, `empty list`.
inline std::string describe_type(PyObject* o, int depth = 0) {
  if (o == Py_None) return "None";
  if (PyBool_Check(o)) return "bool";
  if (PyLong_Check(o)) return "int";
  if (PyFloat_Check(o)) return "float";
  if (PyComplex_Check(o)) return "complex";
  if (PyUnicode_Check(o)) return "str";
  if (depth < 3 && PyList_Check(o)) {
    Py_ssize_t n = PyList_GET_SIZE(o);
    if (n == 0) return "empty list";
    std::string first = describe_type(PyList_GET_ITEM(o, 0), depth + 1);
    std::string other;
    for (Py_ssize_t i = 1; i < n; ++i) {
      std::string t = describe_type(PyList_GET_ITEM(o, i), depth + 1);
      if (t != first) {
        other = t;
        break;
      }
    }
    if (other.empty()) return first + " list";
    return "list of " + first + " and " + other + " items";
  }
  if (depth < 3 && PyTuple_Check(o)) {
    std::string out = "(";
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(o); ++i)
      out += (i ? ", " : "") + describe_type(PyTuple_GET_ITEM(o, i), depth + 1);
    return out + (PyTuple_GET_SIZE(o) == 1 ? ",)" : ")");
  }
  return Py_TYPE(o)->tp_name;
}

/// Raises TypeError: `f() got (str); accepted signatures: f(float list)`. Returns nullptr.
inline PyObject* raise_no_matching_signature(const char* name, PyObject* const* args, Py_ssize_t nargs,
                                             PyObject* kwnames, const char* const* signatures) {
  std::string got = "(";
  for (Py_ssize_t i = 0; i < nargs; ++i) got += (i ? ", " : "") + describe_type(args[i]);
  got += ")";
  std::string accepted;
  for (const char* const* s = signatures; *s; ++s) accepted += (accepted.empty() ? "" : ", ") + std::string(*s);
  if (kwnames && PyTuple_GET_SIZE(kwnames) > 0) {
    PyErr_Format(PyExc_TypeError, "%s() does not accept keyword arguments yet; accepted signatures: %s", name,
                 accepted.c_str());
    return nullptr;
  }
  PyErr_Format(PyExc_TypeError, "%s() got arguments %s, which match no exported signature; accepted: %s", name,
               got.c_str(), accepted.c_str());
  return nullptr;
}

}  // namespace pyxc::py
