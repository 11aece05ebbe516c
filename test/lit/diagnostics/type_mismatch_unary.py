# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: type_mismatch_unary


#export f(str)
def f(s):
    # CHECK: {{.*}}type_mismatch_unary.py:[[@LINE+3]]:12: error: bad operand type for unary -: `str`
    # CHECK-NEXT: {{^}}    return -s
    # CHECK-NEXT: {{^ *\^~*$}}
    return -s
