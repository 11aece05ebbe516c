# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_unknown_type_hint

# CHECK: {{.*}}export_unknown_type_hint.py:[[@LINE+3]]:11: error: unknown type `flot` in export spec; did you mean `float`?
# CHECK-NEXT: {{^}}#export f(flot list)
# CHECK-NEXT: {{^ *\^~*$}}
#export f(flot list)
def f(xs):
    return sum(xs)
