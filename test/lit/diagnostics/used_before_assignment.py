# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: used_before_assignment


#export f(int)
def f(n):
    if n > 0:
        result = n * 2
    # CHECK: {{.*}}used_before_assignment.py:[[@LINE+3]]:12: error: local variable `result` may be used before it is assigned
    # CHECK-NEXT: {{^}}    return result
    # CHECK-NEXT: {{^ *\^~*$}}
    return result
