# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: not_iterable


#export f(float)
def f(x):
    total = 0.0
    # CHECK: {{.*}}not_iterable.py:[[@LINE+3]]:14: error: `float` is not iterable
    # CHECK-NEXT: {{^}}    for v in x:
    # CHECK-NEXT: {{^ *\^~*$}}
    for v in x:
        total += v
    return total
