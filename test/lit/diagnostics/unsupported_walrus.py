# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(int list)
def f(xs):
    # CHECK: {{.*}}unsupported_walrus.py:[[@LINE+3]]:9: error: assignment expression (`:=`) is not supported by pyxc; assign the value on its own line first
    # CHECK-NEXT: {{^}}    if (n := len(xs)) > 3:
    # CHECK-NEXT: {{^ *\^~*$}}
    if (n := len(xs)) > 3:
        return n
    return 0
