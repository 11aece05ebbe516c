# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: cannot_infer
# An empty list that nothing ever fills has no element type.


#export f(int)
def f(n):
    # CHECK: {{.*}}cannot_infer.py:[[@LINE+3]]:{{[0-9]+}}: error: cannot infer the type of {{.*}}
    # CHECK-NEXT: {{^}}    empty = []
    # CHECK-NEXT: {{^ *\^~*$}}
    empty = []
    return empty
