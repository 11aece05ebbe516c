# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: type_mismatch_binop


#export f(float)
def f(x):
    # CHECK: {{.*}}type_mismatch_binop.py:[[@LINE+3]]:12: error: unsupported operand types for +: `str` and `float`
    # CHECK-NEXT: {{^}}    return "a" + x
    # CHECK-NEXT: {{^ *\^~*$}}
    return "a" + x
