# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_unknown_name
# A bare name in an export line exports a module-level constant; here there is none.
LIMIT = 3

# CHECK: {{.*}}export_unknown_name.py:[[@LINE+3]]:23: error: export names `LIMTI`, which is neither a function nor a module-level constant of this module{{$}}
# CHECK-NEXT: {{^}}#export scale(float), LIMTI
# CHECK-NEXT: {{^ *\^~*$}}
#export scale(float), LIMTI
def scale(x):
    return x * LIMIT
