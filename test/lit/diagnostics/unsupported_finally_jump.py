# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct
# A `finally:` block runs inside a C++ scope guard: it cannot return, or jump out of a loop
# around its `try`.


#export f(int)
def f(n):
    try:
        n = n + 1
    finally:
        # CHECK: {{.*}}unsupported_finally_jump.py:[[@LINE+1]]:9: error: `return` inside a `finally` block is not supported by pyxc
        return n


#export g(int)
def g(n):
    for i in range(n):
        try:
            n = n + i
        finally:
            # CHECK: {{.*}}unsupported_finally_jump.py:[[@LINE+1]]:13: error: `break` out of a `finally` block is not supported by pyxc
            break
    return n
