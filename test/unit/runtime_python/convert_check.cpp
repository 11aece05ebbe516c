// A tiny extension module over pyxc/python/*.hpp, exercised by convert_check.py under
// /usr/bin/python3. Not part of the CMake build; build and run it by hand:
//
//   g++ -std=c++20 -O1 -DNDEBUG -fPIC -shared -Iruntime/include -I/usr/include/python3.11
//       test/unit/runtime_python/convert_check.cpp -o /tmp/pyxc_convert_check$(python3-config --extension-suffix)
//   PYTHONPATH=/tmp /usr/bin/python3 test/unit/runtime_python/convert_check.py
#include "pyxc/builtins.hpp"
#include "pyxc/math.hpp"
#include "pyxc/python/convert.hpp"
#include "pyxc/python/float_list_view.hpp"

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

/// sum/min/max/len/indexing through the in-place view; "fallback" on view_mismatch.
PyObject* view_stats(PyObject*, PyObject* arg) {
  if (!PyList_Check(arg)) return PyUnicode_FromString("not a list");
  try {
    py::float_list_view v(arg);
    std::tuple<double, double, double, int_t, double> r{sum(v), min(v), max(v), len(v), v[-1]};
    return py::to_python(r);
  } catch (const py::view_mismatch&) {
    return PyUnicode_FromString("fallback");
  } catch (...) {
    py::set_python_error_from_current();
    return nullptr;
  }
}

/// Raises what the runtime raises for 1 // 0, math.sqrt(-1) or a bad list index.
PyObject* raise_kind(PyObject*, PyObject* arg) {
  try {
    const long k = PyLong_AsLong(arg);
    if (k == 0) return py::to_python(floordiv(int_t{1}, int_t{0}));
    if (k == 1) return py::to_python(math::sqrt(-1.0));
    if (k == 2) return py::to_python(list<double>{}[0]);
    if (k == 3) throw std::bad_alloc();
    throw std::runtime_error("boom");
  } catch (...) {
    py::set_python_error_from_current();
    return nullptr;
  }
}

PyMethodDef methods[] = {
    {"rt_int", roundtrip<int_t>, METH_O, nullptr},
    {"rt_float", roundtrip<double>, METH_O, nullptr},
    {"rt_bool", roundtrip<bool>, METH_O, nullptr},
    {"rt_complex", roundtrip<complex_t>, METH_O, nullptr},
    {"rt_str", roundtrip<str>, METH_O, nullptr},
    {"rt_none", roundtrip<none_t>, METH_O, nullptr},
    {"rt_float_list", roundtrip<list<double>>, METH_O, nullptr},
    {"rt_bool_list", roundtrip<list<bool>>, METH_O, nullptr},
    {"rt_matrix", roundtrip<list<list<double>>>, METH_O, nullptr},
    {"rt_tuple", roundtrip<std::tuple<int_t, str, list<complex_t>>>, METH_O, nullptr},
    {"view_stats", view_stats, METH_O, nullptr},
    {"raise_kind", raise_kind, METH_O, nullptr},
    {nullptr, nullptr, 0, nullptr}};

PyModuleDef module_def = {PyModuleDef_HEAD_INIT, "pyxc_convert_check", nullptr, -1, methods,
                          nullptr, nullptr, nullptr, nullptr};

}  // namespace

PyMODINIT_FUNC PyInit_pyxc_convert_check() { return PyModule_Create(&module_def); }
