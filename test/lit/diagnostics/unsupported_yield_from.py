# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def inner(n):
    for i in range(n):
        yield i


def outer(n):
    # CHECK: {{.*}}unsupported_yield_from.py:[[@LINE+3]]:5: error: `yield from` is not supported by pyxc; loop over it: `for x in it: yield x`
    # CHECK-NEXT: {{^}}    yield from inner(n)
    # CHECK-NEXT: {{^    \^~*$}}
    yield from inner(n)


#export f(int)
def f(n):
    return sum(outer(n))
