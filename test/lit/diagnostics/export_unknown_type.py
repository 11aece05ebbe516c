# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_unknown_type

# CHECK: {{.*}}export_unknown_type.py:[[@LINE+3]]:11: error: unknown type `matrix` in export spec{{$}}
# CHECK-NEXT: {{^}}#export f(matrix list)
# CHECK-NEXT: {{^ *\^~*$}}
#export f(matrix list)
def f(xs):
    return sum(xs)
