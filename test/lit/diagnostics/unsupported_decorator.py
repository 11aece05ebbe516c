# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def twice(f):
    return f


# CHECK: {{.*}}unsupported_decorator.py:[[@LINE+3]]:1: error: decorator is not supported by pyxc; call the wrapper explicitly where the function is used
# CHECK-NEXT: {{^}}@twice
# CHECK-NEXT: {{^\^~*$}}
@twice
def g(x):
    return x


#export f(int)
def f(x):
    return x
