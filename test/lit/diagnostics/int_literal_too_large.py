# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: int_literal_too_large


#export f(int)
def f(n):
    # CHECK: {{.*}}int_literal_too_large.py:[[@LINE+3]]:16: error: integer literal 9223372036854775808 does not fit in a 64-bit int
    # CHECK-NEXT: {{^}}    return n + 9223372036854775808
    # CHECK-NEXT: {{^ *\^~*$}}
    return n + 9223372036854775808
