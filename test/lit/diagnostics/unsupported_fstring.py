# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# f-strings are supported, but not glued to another string literal.


#export f(int)
def f(n):
    # CHECK: {{.*}}unsupported_fstring.py:[[@LINE+3]]:19: error: an f-string joined to another string is not supported by pyxc; use `+`
    # CHECK-NEXT: {{^}}    return "n = " f"{n}"
    # CHECK-NEXT: {{^ *\^~*$}}
    return "n = " f"{n}"
