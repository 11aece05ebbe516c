# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_syntax
# A malformed spec is located at the column inside the comment.

# CHECK: {{.*}}export_syntax.py:[[@LINE+3]]:{{[0-9]+}}: error: malformed export spec: {{.*}}
# CHECK-NEXT: {{^}}#export f(float list
# CHECK-NEXT: {{^ *\^~*$}}
#export f(float list
def f(xs):
    return sum(xs)
