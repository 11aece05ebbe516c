// What generated module glue needs beyond argument conversion: the TypeError raised when no
// exported signature accepts a call, naming the argument types actually passed.
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <cstring>
#include <string>

#include "pyxc/python/convert.hpp"
#include "pyxc/python/keep_freed_memory.hpp"

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

/// Binds METH_FASTCALL arguments to the function's parameters as Python does: positionals
/// first, then keywords by name. Returns how many leading slots the call reaches (the index of
/// the last given parameter + 1), or -1 with TypeError set (too many positionals, unknown or
/// repeated keyword). Unfilled slots stay nullptr.
template <std::size_t N>
Py_ssize_t bind_arguments(const char* fname, const char* const (&names)[N], PyObject* const* args,
                          Py_ssize_t nargs, PyObject* kwnames, PyObject* (&slots)[N]) {
  for (auto& slot : slots) slot = nullptr;
  if (nargs > static_cast<Py_ssize_t>(N)) {
    PyErr_Format(PyExc_TypeError, "%s() takes %zd positional argument%s but %zd %s given", fname,
                 static_cast<Py_ssize_t>(N), N == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    return -1;
  }
  Py_ssize_t reach = nargs;
  for (Py_ssize_t i = 0; i < nargs; ++i) slots[i] = args[i];
  Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  for (Py_ssize_t k = 0; k < nkw; ++k) {
    const char* key = PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, k));
    if (!key) return -1;
    std::size_t index = N;
    for (std::size_t i = 0; i < N; ++i)
      if (std::strcmp(names[i], key) == 0) index = i;
    if (index == N) {
      PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, key);
      return -1;
    }
    if (slots[index]) {
      PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", fname, key);
      return -1;
    }
    slots[index] = args[nargs + k];
    if (static_cast<Py_ssize_t>(index) + 1 > reach) reach = static_cast<Py_ssize_t>(index) + 1;
  }
  return reach;
}

/// print()'s output, written to Python's sys.stdout (set as pyxc::stdout_writer() by modules
/// that print). Errors while writing are dropped, as print() cannot report them here.
inline void write_to_python_stdout(const std::string& text) {
  PyObject* out = PySys_GetObject("stdout");  // borrowed
  if (!out || out == Py_None) return;
  PyObject* s = PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
  if (s) {
    if (PyFile_WriteObject(s, out, Py_PRINT_RAW) < 0) PyErr_Clear();
    Py_DECREF(s);
  } else {
    PyErr_Clear();
  }
}

/// After a call that may have mutated the converted list `xs`, makes the caller's Python list
/// `target` hold the same items, so `xs.append(1)` inside the function is seen by the caller
/// as in Python. (Nested lists are rebuilt: their identity is not kept.) False with a Python
/// error set if the items cannot be converted.
template <class T>
bool write_back(PyObject* target, const pyxc::list<T>& xs) {
  PyObject* items = to_python(xs);
  if (!items) return false;
  int rc = PyList_SetSlice(target, 0, PyList_GET_SIZE(target), items);
  Py_DECREF(items);
  return rc == 0;
}

/// The result of a function whose result is one of its list arguments: the caller's own list
/// object (written back), so `f(xs) is xs` as in Python.
template <class T>
PyObject* same_list_or_new(const pyxc::list<T>& result, PyObject* original, const pyxc::list<T>& converted) {
  if (result.is(converted)) {
    Py_INCREF(original);
    return original;
  }
  return to_python(result);
}

/// Runs f() with the GIL released (re-acquired on return and on exceptions), so other Python
/// threads run while compiled code works on data it owns.
template <class F>
auto call_without_gil(F&& f) {
  struct reacquire {
    PyThreadState* state;
    ~reacquire() { PyEval_RestoreThread(state); }
  } guard{PyEval_SaveThread()};
  return f();
}

/// bind_arguments for a function without parameters: 0, or -1 with TypeError set.
inline Py_ssize_t bind_no_arguments(const char* fname, Py_ssize_t nargs, PyObject* kwnames) {
  if (nargs > 0 || (kwnames && PyTuple_GET_SIZE(kwnames) > 0)) {
    PyErr_Format(PyExc_TypeError, "%s() takes no arguments", fname);
    return -1;
  }
  return 0;
}

/// Raises TypeError: `f() got (str); accepted signatures: f(float list)`. Returns nullptr.
inline PyObject* raise_no_matching_signature(const char* name, PyObject* const* args, Py_ssize_t nargs,
                                             PyObject* kwnames, const char* const* signatures) {
  std::string got = "(";
  for (Py_ssize_t i = 0; i < nargs; ++i) got += (i ? ", " : "") + describe_type(args[i]);
  Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  for (Py_ssize_t k = 0; k < nkw; ++k) {
    const char* key = PyUnicode_AsUTF8(PyTuple_GET_ITEM(kwnames, k));
    got += (nargs + k ? ", " : "") + std::string(key ? key : "?") + "=" + describe_type(args[nargs + k]);
  }
  got += ")";
  std::string accepted;
  for (const char* const* s = signatures; *s; ++s) accepted += (accepted.empty() ? "" : ", ") + std::string(*s);
  PyErr_Format(PyExc_TypeError, "%s() got arguments %s, which match no exported signature; accepted: %s", name,
               got.c_str(), accepted.c_str());
  return nullptr;
}

}  // namespace pyxc::py
