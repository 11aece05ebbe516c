# `-e` emits the program's functions as plain C++ that includes only the runtime headers the
# program uses: no CPython glue, and no math header when math is not used.
# RUN: %pyxc %s -e -o - | FileCheck %s
# CHECK: #include {{["<]}}pyxc/
# CHECK-NOT: Python.h
# CHECK-NOT: PyInit_
# CHECK-NOT: PyObject
# CHECK-NOT: pyxc/math.hpp
# CHECK: pyxc::int_t add(pyxc::int_t


#export add(int, int)
def add(a, b):
    return a + b
