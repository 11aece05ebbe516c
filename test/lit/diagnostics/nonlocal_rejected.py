# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct
# Nested functions read enclosing variables; writing them (`nonlocal`) is rejected.


#export counter()
def counter():
    n = 0
    def bump():
        # CHECK: {{.*}}nonlocal_rejected.py:[[@LINE+1]]:9: error: `nonlocal` declaration is not supported by pyxc
        nonlocal n
        n += 1
    bump()
    return n
