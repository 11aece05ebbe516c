# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: missing_argument


def scale(x, k, offset=0.0):
    return x * k + offset


#export f(float)
def f(x):
    # CHECK: {{.*}}missing_argument.py:[[@LINE+3]]:12: error: scale() missing required argument `k`
    # CHECK-NEXT: {{^}}    return scale(x, offset=1.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    return scale(x, offset=1.0)
