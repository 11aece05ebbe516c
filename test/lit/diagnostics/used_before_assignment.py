# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: used_before_assignment
# A read that comes before every assignment of the local (outside loops) always fails in
# CPython (UnboundLocalError), so pyxc rejects it at compile time.


#export f(int)
def f(n):
    # CHECK: {{.*}}used_before_assignment.py:[[@LINE+3]]:13: error: local variable `total` is used before it is assigned
    # CHECK-NEXT: {{^}}    total = total + n
    # CHECK-NEXT: {{^ *\^~*$}}
    total = total + n
    return total
