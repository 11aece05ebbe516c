# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: return_outside_function


#export f(int)
def f(n):
    return n

# CHECK: {{.*}}return_outside_function.py:[[@LINE+3]]:1: error: `return` outside a function
# CHECK-NEXT: {{^}}return 5
# CHECK-NEXT: {{^\^~*$}}
return 5
