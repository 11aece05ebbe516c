# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: not_callable


#export f(float)
def f(x):
    # CHECK: {{.*}}not_callable.py:[[@LINE+3]]:12: error: `float` is not callable
    # CHECK-NEXT: {{^}}    return x(2.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    return x(2.0)
