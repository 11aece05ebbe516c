# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_syntax
# The error points at the offending token inside the comment: the stray `,` at column 18.

# CHECK: {{.*}}export_syntax_column.py:[[@LINE+3]]:18: error: malformed export spec: {{.*}}
# CHECK-NEXT: {{^}}#export f(float, , int)
# CHECK-NEXT: {{^ *\^~*$}}
#export f(float, , int)
def f(x, n):
    return x * n
