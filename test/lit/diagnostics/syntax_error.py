# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: syntax_error


#export f(int)
def f(x):
    # CHECK: {{.*}}syntax_error.py:[[@LINE+3]]:{{[0-9]+}}: error: invalid syntax
    # CHECK-NEXT: {{^}}    return (x +
    # CHECK-NEXT: {{^ *\^~*$}}
    return (x +
