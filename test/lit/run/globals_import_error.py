# A module constant whose computation raises makes the import fail with CPython's exception.
# RUN: rm -rf %t && mkdir %t && %pyxc %s -o %t/consterr.so
# RUN: cd %t && not %python -c "import consterr" 2>&1 | FileCheck %s
# RUN: not %python %s 2>&1 | FileCheck %s
# CHECK: ZeroDivisionError: division by zero
RATIO = 1 / 0


#export f()
def f():
    return RATIO
