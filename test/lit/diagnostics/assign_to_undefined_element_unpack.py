# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: assign_to_undefined_element
# Unpacking a tuple into the wrong number of names (ValueError in CPython) is a compile error.


#export f((int, int, int))
def f(t):
    # CHECK: {{.*}}assign_to_undefined_element_unpack.py:[[@LINE+3]]:5: error: cannot assign to {{.*}}3 into 2 targets
    # CHECK-NEXT: {{^}}    a, b = t
    # CHECK-NEXT: {{^ *\^~*$}}
    a, b = t
    return a + b
