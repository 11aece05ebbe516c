# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: bad_condition_type


#export f(float list)
def f(xs):
    # CHECK: {{.*}}bad_condition_type.py:[[@LINE+3]]:8: error: a condition of type `float list` is not supported
    # CHECK-NEXT: {{^}}    if xs:
    # CHECK-NEXT: {{^ *\^~*$}}
    if xs:
        return 1
    return 0
