# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: assign_to_undefined_element


#export f(int)
def f(n):
    # CHECK: {{.*}}assign_to_undefined_element.py:[[@LINE+3]]:5: error: cannot assign to {{.*}}
    # CHECK-NEXT: {{^}}    ys[0] = n
    # CHECK-NEXT: {{^ *\^~*$}}
    ys[0] = n
    return n
