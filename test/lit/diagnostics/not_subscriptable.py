# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: not_subscriptable


#export f(float)
def f(x):
    # CHECK: {{.*}}not_subscriptable.py:[[@LINE+3]]:12: error: `float` is not subscriptable
    # CHECK-NEXT: {{^}}    return x[0]
    # CHECK-NEXT: {{^ *\^~*$}}
    return x[0]
