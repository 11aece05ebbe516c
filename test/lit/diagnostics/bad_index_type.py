# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: bad_index_type


#export f(float list)
def f(xs):
    # CHECK: {{.*}}bad_index_type.py:[[@LINE+3]]:15: error: list indices must be integers, not `float`
    # CHECK-NEXT: {{^}}    return xs[len(xs) / 2]
    # CHECK-NEXT: {{^ *\^~*$}}
    return xs[len(xs) / 2]
