# `-e` emits the program's functions as plain C++ that includes only the runtime headers the
# program uses: no CPython glue or headers, and no math header when math is not used.
# RUN: %pyxc %s -e -o - | FileCheck %s
# RUN: %pyxc %s -e -o - | FileCheck %s --check-prefix=NOGLUE
# CHECK: #include {{["<]}}pyxc/
# CHECK: pyxc::int_t add{{[A-Za-z0-9_]*}}(pyxc::int_t
# NOGLUE-NOT: Python.h
# NOGLUE-NOT: pyxc/python/
# NOGLUE-NOT: PyInit_
# NOGLUE-NOT: PyObject
# NOGLUE-NOT: pyxc/math.hpp


#export add(int, int)
def add(a, b):
    return a + b


#export total(float list)
def total(xs):
    return sum(xs)
