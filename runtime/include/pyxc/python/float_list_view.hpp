// Reading a Python `float list` argument in place, without copying it, while holding the GIL.
// Every item read checks that the item is exactly a float; anything else throws view_mismatch
// and the generated wrapper falls back to the copying conversion (which also accepts ints and
// reports bad items as TypeError).
#pragma once

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <cstddef>
#include <cstdint>
#include <iterator>

#include "pyxc/core.hpp"
#include "pyxc/sequence.hpp"

namespace pyxc::py {

/// Thrown when a viewed list holds something other than an exact float. Deliberately not a
/// pyxc::exception: only the wrapper catches it.
struct view_mismatch {};

[[noreturn]] PYXC_COLD inline void throw_view_mismatch() { throw view_mismatch{}; }

/// A borrowed Python list read as doubles. Generated code runs no Python code while the view
/// is in use, so the list cannot change under it.
class float_list_view {
 public:
  /// The item as a double: one compare-and-branch on its type.
  static PYXC_INLINE double read(PyObject* item) {
    if (Py_TYPE(item) != &PyFloat_Type) [[unlikely]] throw_view_mismatch();
    return PyFloat_AS_DOUBLE(item);
  }

  class iterator {
   public:
    using value_type = double;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::input_iterator_tag;
    iterator() = default;
    explicit iterator(PyObject** p) : p_(p) {}
    double operator*() const { return read(*p_); }
    iterator& operator++() {
      ++p_;
      return *this;
    }
    iterator operator++(int) {
      iterator old = *this;
      ++p_;
      return old;
    }
    bool operator==(const iterator& o) const { return p_ == o.p_; }
    bool operator!=(const iterator& o) const { return p_ != o.p_; }

   private:
    PyObject** p_ = nullptr;
  };
  using const_iterator = iterator;

  /// `list` must be a list (PyList_Check); items are not checked here.
  explicit float_list_view(PyObject* list) : list_(list) {}

  int_t size() const { return static_cast<int_t>(PyList_GET_SIZE(list_)); }
  /// xs[i] with Python indexing; IndexError out of range, view_mismatch for a non-float.
  double operator[](int_t i) const {
    const int_t n = size();
    if (i < 0) i += n;
    if (static_cast<std::uint64_t>(i) >= static_cast<std::uint64_t>(n)) [[unlikely]]
      raise(exc_kind::IndexError, "list index out of range");
    return read(PyList_GET_ITEM(list_, static_cast<Py_ssize_t>(i)));
  }
  /// xs[i] for 0 <= i < len(xs) proven by the code generator.
  double unchecked(int_t i) const { return read(PyList_GET_ITEM(list_, static_cast<Py_ssize_t>(i))); }

  iterator begin() const { return iterator(items()); }
  iterator end() const { return iterator(items() + PyList_GET_SIZE(list_)); }
  PyObject* object() const { return list_; }

 private:
  PyObject** items() const { return reinterpret_cast<PyListObject*>(list_)->ob_item; }
  PyObject* list_;
};

}  // namespace pyxc::py

namespace pyxc {

/// xs[lower:upper:step] of a viewed float list: a new list, as slicing a list gives.
inline list<double> slice(const py::float_list_view& xs, std::optional<int_t> lower, std::optional<int_t> upper,
                          std::optional<int_t> step) {
  return slice_to_list<double>(xs, lower, upper, step);
}

/// `x in xs` of a viewed float list (==, like pyxc::list's contains).
inline bool contains(const py::float_list_view& xs, double x) {
  for (double item : xs)
    if (item == x) return true;
  return false;
}

}  // namespace pyxc
