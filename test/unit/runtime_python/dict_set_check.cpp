// A tiny extension module over pyxc/dict.hpp, set.hpp and their conversions in
// pyxc/python/convert.hpp, exercised by dict_set_check.py under /usr/bin/python3. Not part of
// the CMake build; build and run it by hand:
//
//   g++ -std=c++20 -O1 -DNDEBUG -fPIC -shared -Iruntime/include -I/usr/include/python3.11
//       test/unit/runtime_python/dict_set_check.cpp -o /tmp/pyxc_dict_set_check$(python3-config --extension-suffix)
//   PYTHONPATH=/tmp /usr/bin/python3 test/unit/runtime_python/dict_set_check.py
#include <string>
#include <tuple>

#include "pyxc/dict.hpp"
#include "pyxc/list.hpp"
#include "pyxc/set.hpp"
#include "pyxc/python/convert.hpp"

namespace {

using namespace pyxc;

/// f(x) converts its argument to T and back, or returns NotImplemented on a mismatch.
template <class T>
PyObject* roundtrip(PyObject*, PyObject* arg) {
  T value{};
  if (!py::from_python(arg, &value)) {
    if (PyErr_Occurred()) return nullptr;  // from_python must not leave an error set
    Py_RETURN_NOTIMPLEMENTED;
  }
  return py::to_python(value);
}

/// The elements of a set<T> in pyxc's iteration order, as a list.
template <class T>
PyObject* set_order(PyObject*, PyObject* arg) {
  set<T> s;
  if (!py::from_python(arg, &s)) Py_RETURN_NOTIMPLEMENTED;
  list<T> r;
  for (T x : s) r.append(x);
  return py::to_python(r);
}

/// Pops every element of a set<int>: CPython's pop order.
PyObject* pop_all(PyObject*, PyObject* arg) {
  set<int_t> s;
  if (!py::from_python(arg, &s)) Py_RETURN_NOTIMPLEMENTED;
  list<int_t> r;
  while (!s.empty()) r.append(s.pop());
  return py::to_python(r);
}

/// d[k] on a dict[str, int] (or dict[(int, str), int] for a tuple key); raises KeyError.
PyObject* lookup(PyObject*, PyObject* args) {
  PyObject* d = nullptr;
  PyObject* k = nullptr;
  if (!PyArg_ParseTuple(args, "OO", &d, &k)) return nullptr;
  try {
    dict<str, int_t> ds;
    str ks;
    if (py::from_python(d, &ds) && py::from_python(k, &ks)) return py::to_python(ds.getitem(ks));
    dict<int_t, int_t> di;
    int_t ki = 0;
    if (py::from_python(d, &di) && py::from_python(k, &ki)) return py::to_python(di.getitem(ki));
    dict<double, int_t> df;
    double kf = 0;
    if (py::from_python(d, &df) && py::from_python(k, &kf)) return py::to_python(df.getitem(kf));
    dict<std::tuple<int_t, str>, int_t> dt;
    std::tuple<int_t, str> kt;
    if (py::from_python(d, &dt) && py::from_python(k, &kt)) return py::to_python(dt.getitem(kt));
    Py_RETURN_NOTIMPLEMENTED;
  } catch (...) {
    py::set_python_error_from_current();
    return nullptr;
  }
}

/// Raises what popitem() on an empty dict and pop() on an empty set raise.
PyObject* raise_kind(PyObject*, PyObject* arg) {
  try {
    if (PyLong_AsLong(arg) == 0) return py::to_python(std::get<0>(dict<int_t, int_t>().popitem()));
    return py::to_python(set<int_t>().pop());
  } catch (...) {
    py::set_python_error_from_current();
    return nullptr;
  }
}

PyMethodDef methods[] = {
    {"rt_dict_si", roundtrip<dict<str, int_t>>, METH_O, nullptr},
    {"rt_dict_fl", roundtrip<dict<double, list<int_t>>>, METH_O, nullptr},
    {"rt_dict_nested", roundtrip<dict<std::tuple<int_t, int_t>, dict<str, bool>>>, METH_O, nullptr},
    {"rt_set_i", roundtrip<set<int_t>>, METH_O, nullptr},
    {"rt_set_f", roundtrip<set<double>>, METH_O, nullptr},
    {"rt_set_s", roundtrip<set<str>>, METH_O, nullptr},
    {"rt_list_set", roundtrip<list<set<std::tuple<int_t, int_t>>>>, METH_O, nullptr},
    {"order_i", set_order<int_t>, METH_O, nullptr},
    {"order_f", set_order<double>, METH_O, nullptr},
    {"order_t", set_order<std::tuple<int_t, int_t>>, METH_O, nullptr},
    {"order_s", set_order<str>, METH_O, nullptr},
    {"pop_all", pop_all, METH_O, nullptr},
    {"lookup", lookup, METH_VARARGS, nullptr},
    {"raise_kind", raise_kind, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr}};

PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "pyxc_dict_set_check", nullptr, -1, methods,
                          nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit_pyxc_dict_set_check() { return PyModule_Create(&module_def); }
