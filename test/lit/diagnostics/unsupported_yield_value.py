# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def echo(n):
    # CHECK: {{.*}}unsupported_yield_value.py:[[@LINE+3]]:16: error: `yield` used as a value is not supported by pyxc; write `yield x` as a statement (sending values into a generator is not supported)
    # CHECK-NEXT: {{^}}    received = yield n
    # CHECK-NEXT: {{^ *\^~*$}}
    received = yield n
    yield n + 1


#export f(int)
def f(n):
    return list(echo(n))
