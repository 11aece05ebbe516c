# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: duplicate_argument


def scale(x, k=2.0):
    return x * k


#export f(float)
def f(x):
    # CHECK: {{.*}}duplicate_argument.py:[[@LINE+3]]:21: error: scale() got multiple values for argument `x`
    # CHECK-NEXT: {{^}}    return scale(x, x=2.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    return scale(x, x=2.0)
