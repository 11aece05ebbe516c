// numpy arrays across the module boundary, through numpy's C API: an argument is viewed in
// place (its buffer, shape and strides; a reference keeps the Python array alive), and a
// result is handed to Python without copying (the array's base is a capsule that owns pyxc's
// buffer). Only modules that use numpy include this header and call numpy_import().
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
// numpy's C API is a table of pointers that import_array() fills. By default every translation
// unit has its own static table; a module built with a precompiled runtime has two (its own
// and the runtime object's, whose inline functions use theirs): so one table, by name, with a
// weak definition in each object that the linker merges, and our own import below.
#define PY_ARRAY_UNIQUE_SYMBOL pyxc_numpy_api
#define NO_IMPORT_ARRAY
#include <numpy/arrayobject.h>

[[gnu::weak]] void** pyxc_numpy_api = nullptr;

#include <initializer_list>
#include <string>

#include "pyxc/numpy.hpp"
#include "pyxc/python/convert.hpp"

namespace pyxc::py {

/// import_array() for PyInit (numpy's, with the same checks): false with a Python error set
/// when numpy cannot be imported or its C API is not the one the module was compiled for.
inline bool numpy_import() {
  PyObject* numpy = PyImport_ImportModule("numpy.core._multiarray_umath");
  if (!numpy) return false;
  PyObject* c_api = PyObject_GetAttrString(numpy, "_ARRAY_API");
  Py_DECREF(numpy);
  if (!c_api) return false;
  if (PyCapsule_CheckExact(c_api)) pyxc_numpy_api = static_cast<void**>(PyCapsule_GetPointer(c_api, nullptr));
  Py_DECREF(c_api);
  if (!pyxc_numpy_api) {
    if (!PyErr_Occurred()) PyErr_SetString(PyExc_RuntimeError, "numpy's _ARRAY_API is not a capsule");
    return false;
  }
  if (PyArray_GetNDArrayCVersion() != NPY_VERSION ||
      PyArray_GetNDArrayCFeatureVersion() < NPY_FEATURE_VERSION) {
    PyErr_Format(PyExc_RuntimeError,
                 "module compiled against numpy ABI 0x%x API 0x%x, but this numpy is ABI 0x%x API 0x%x",
                 int(NPY_VERSION), int(NPY_FEATURE_VERSION), int(PyArray_GetNDArrayCVersion()),
                 int(PyArray_GetNDArrayCFeatureVersion()));
    pyxc_numpy_api = nullptr;
    return false;
  }
  return true;
}

/// Why the last array argument was refused (for the TypeError when no signature accepts a call).
inline std::string& array_mismatch() {
  static thread_local std::string reason;
  return reason;
}

template <class T>
constexpr char dtype_kind_char() {
  if constexpr (std::is_same_v<T, bool>) return 'b';
  else if constexpr (np::is_complex_v<T>) return 'c';
  else if constexpr (std::is_floating_point_v<T>) return 'f';
  else if constexpr (std::is_signed_v<T>) return 'i';
  else return 'u';
}

template <class T>
constexpr int npy_type_of() {
  if constexpr (std::is_same_v<T, bool>) return NPY_BOOL;
  else if constexpr (std::is_same_v<T, std::int8_t>) return NPY_INT8;
  else if constexpr (std::is_same_v<T, std::int16_t>) return NPY_INT16;
  else if constexpr (std::is_same_v<T, std::int32_t>) return NPY_INT32;
  else if constexpr (std::is_same_v<T, std::int64_t>) return NPY_INT64;
  else if constexpr (std::is_same_v<T, std::uint8_t>) return NPY_UINT8;
  else if constexpr (std::is_same_v<T, std::uint16_t>) return NPY_UINT16;
  else if constexpr (std::is_same_v<T, std::uint32_t>) return NPY_UINT32;
  else if constexpr (std::is_same_v<T, std::uint64_t>) return NPY_UINT64;
  else if constexpr (std::is_same_v<T, float>) return NPY_FLOAT32;
  else if constexpr (std::is_same_v<T, double>) return NPY_FLOAT64;
  else if constexpr (std::is_same_v<T, std::complex<float>>) return NPY_COMPLEX64;
  else return NPY_COMPLEX128;
}

/// numpy's name of an array's dtype and rank in export-spec spelling: `int64[:, :]`.
inline std::string describe_array(PyArrayObject* a) {
  PyObject* name = PyObject_Str(reinterpret_cast<PyObject*>(PyArray_DESCR(a)));
  std::string out = name ? PyUnicode_AsUTF8(name) : "?";
  Py_XDECREF(name);
  PyErr_Clear();
  out += "[";
  for (int d = 0; d < PyArray_NDIM(a); ++d) out += d ? ", :" : ":";
  return out + "]";
}

/// The owner of an argument's memory: a reference to the Python array. The last copy of a
/// view may go away while the GIL is released, so the release takes the GIL.
struct release_python_object {
  void operator()(void* p) const {
    PyGILState_STATE g = PyGILState_Ensure();
    Py_DECREF(static_cast<PyObject*>(p));
    PyGILState_Release(g);
  }
};

/// Views `o` as an ndarray<T, N> without copying. On a mismatch returns false and records
/// why in array_mismatch(), naming the argument (`index` counts from 1). The spec may demand
/// C order, Fortran order, and fixed extents (-1: any).
template <class T, int N>
bool array_from_python(PyObject* o, np::ndarray<T, N>* out, bool require_c, int index, const char* name,
                       const char* expected, bool require_f = false, std::initializer_list<np::index_t> extents = {}) {
  auto refuse = [&](const std::string& why) {
    array_mismatch() = "argument " + std::to_string(index) + " `" + name + "`: expected " + expected + ", got " + why;
    return false;
  };
  if (!PyArray_Check(o)) return refuse(Py_TYPE(o)->tp_name);
  auto* a = reinterpret_cast<PyArrayObject*>(o);
  PyArray_Descr* d = PyArray_DESCR(a);
  if (PyArray_NDIM(a) != N || d->kind != dtype_kind_char<T>() || d->elsize != static_cast<int>(sizeof(T)))
    return refuse(describe_array(a));
  if (!PyArray_ISNOTSWAPPED(a)) return refuse("a byte-swapped array");
  if (!PyArray_ISALIGNED(a)) return refuse("an unaligned array");
  np::shape_t<N> shape, strides;
  for (int k = 0; k < N; ++k) {
    shape[k] = PyArray_DIM(a, k);
    npy_intp s = PyArray_STRIDE(a, k);
    if (s % static_cast<npy_intp>(sizeof(T)) != 0) return refuse("strides that are not a multiple of the item size");
    strides[k] = s / static_cast<npy_intp>(sizeof(T));
  }
  np::ndarray<T, N> view(static_cast<T*>(PyArray_DATA(a)), shape, strides, nullptr);
  if (require_c && !view.is_c_contiguous()) return refuse("a strided view");
  if (require_f && !view.transposed().is_c_contiguous())
    return refuse(view.is_c_contiguous() ? "a C-ordered array" : "a strided view");
  if (extents.size() == N) {
    int k = 0;
    for (np::index_t e : extents) {
      if (e >= 0 && shape[k] != e) return refuse("an array of shape " + np::shape_text(shape));
      ++k;
    }
  }
  Py_INCREF(o);
  std::shared_ptr<void> owner(o, release_python_object{});
  *out = np::ndarray<T, N>(view.data(), shape, strides, std::move(owner));
  return true;
}

/// A numpy array over the same memory (no copy); its base keeps pyxc's buffer alive.
template <class T, int N>
PyObject* array_to_python(const np::ndarray<T, N>& a) {
  // An argument returned as it came (`return a`) is the caller's object itself, as in Python.
  if (std::get_deleter<release_python_object>(a.owner())) {
    auto* o = static_cast<PyArrayObject*>(a.owner().get());
    bool same = PyArray_DATA(o) == static_cast<void*>(a.data()) && PyArray_NDIM(o) == N;
    for (int k = 0; same && k < N; ++k)
      same = PyArray_DIM(o, k) == a.shape()[k] &&
             PyArray_STRIDE(o, k) == a.strides()[k] * static_cast<npy_intp>(sizeof(T));
    if (same) {
      Py_INCREF(o);
      return reinterpret_cast<PyObject*>(o);
    }
  }
  npy_intp dims[N > 0 ? N : 1], strides[N > 0 ? N : 1];  // (N == 0: a 0-d array)
  for (int k = 0; k < N; ++k) {
    dims[k] = a.shape()[k];
    strides[k] = a.strides()[k] * static_cast<npy_intp>(sizeof(T));
  }
  PyObject* arr = PyArray_New(&PyArray_Type, N, dims, npy_type_of<T>(), strides, a.data(), 0, NPY_ARRAY_WRITEABLE,
                              nullptr);
  if (!arr) return nullptr;
  auto* holder = new std::shared_ptr<void>(a.owner());
  PyObject* capsule = PyCapsule_New(holder, "pyxc.ndarray", [](PyObject* c) {
    delete static_cast<std::shared_ptr<void>*>(PyCapsule_GetPointer(c, "pyxc.ndarray"));
  });
  if (!capsule) {
    delete holder;
    Py_DECREF(arr);
    return nullptr;
  }
  if (PyArray_SetBaseObject(reinterpret_cast<PyArrayObject*>(arr), capsule) < 0) {  // steals capsule
    Py_DECREF(arr);
    return nullptr;
  }
  return arr;
}

/// TypeError for a call no signature accepts when an array argument was refused:
/// `f() argument 1 `x`: expected float64[:, :], got int64[:, :]; accepted signatures: ...`.
inline PyObject* raise_array_mismatch(const char* fname, const char* const* signatures) {
  std::string msg = std::string(fname) + "() " + array_mismatch() + "; accepted signature";
  std::string list;
  int count = 0;
  for (const char* const* s = signatures; *s; ++s, ++count) list += (count ? ", " : "") + std::string(*s);
  msg += (count == 1 ? ": " : "s: ") + list;
  PyErr_SetString(PyExc_TypeError, msg.c_str());
  return nullptr;
}

}  // namespace pyxc::py

namespace pyxc::np {
// Found by argument-dependent lookup from the tuple conversions in convert.hpp.
template <class T, int N>
PyObject* to_python(const ndarray<T, N>& a) {
  return py::array_to_python(a);
}
template <class T, int N>
bool from_python(PyObject* o, ndarray<T, N>* out) {
  return py::array_from_python(o, out, false, 0, "item", "an array");
}
}  // namespace pyxc::np

namespace pyxc::py {
using np::from_python;
using np::to_python;
}  // namespace pyxc::py
