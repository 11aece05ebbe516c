# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def add(a, b):
    return a + b


#export f(int list)
def f(xs):
    # CHECK: {{.*}}unsupported_star_call.py:[[@LINE+3]]:16: error: `*` argument unpacking is not supported by pyxc; pass the arguments one by one, or pass the list itself
    # CHECK-NEXT: {{^}}    return add(*xs)
    # CHECK-NEXT: {{^ *\^~*$}}
    return add(*xs)
