# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def safe_inverses(xs):
    for x in xs:
        try:
            yield 1 / x
        except ZeroDivisionError:
            # CHECK: {{.*}}unsupported_yield_in_except.py:[[@LINE+3]]:13: error: `yield` inside an `except` block is not supported by pyxc; yield after the `try` statement
            # CHECK-NEXT: {{^}}            yield 0.0
            # CHECK-NEXT: {{^ *\^~*$}}
            yield 0.0


#export f(float list)
def f(xs):
    return list(safe_inverses(xs))
