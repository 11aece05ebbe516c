# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_no_function

# CHECK: {{.*}}export_no_function.py:[[@LINE+3]]:9: error: export names `variance`, which is not a function defined in this module{{$}}
# CHECK-NEXT: {{^}}#export variance(float list)
# CHECK-NEXT: {{^ *\^~*$}}
#export variance(float list)
def standard_dev(lst):
    return sum(lst)
