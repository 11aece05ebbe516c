# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def upto(n):
    for i in range(n):
        yield i
    # CHECK: {{.*}}unsupported_generator_return_value.py:[[@LINE+3]]:12: error: returning a value from a generator is not supported by pyxc; use a bare `return` to end it
    # CHECK-NEXT: {{^}}    return n
    # CHECK-NEXT: {{^ *\^~*$}}
    return n


#export f(int)
def f(n):
    return list(upto(n))
