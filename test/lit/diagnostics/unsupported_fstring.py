# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(int)
def f(n):
    # CHECK: {{.*}}unsupported_fstring.py:[[@LINE+3]]:12: error: f-string is not supported by pyxc; {{.*}}
    # CHECK-NEXT: {{^}}    return f"n = {n}"
    # CHECK-NEXT: {{^ *\^~*$}}
    return f"n = {n}"
