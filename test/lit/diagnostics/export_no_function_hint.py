# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_no_function_hint

# CHECK: {{.*}}export_no_function_hint.py:[[@LINE+3]]:9: error: export names `standard_deviation`, which is not a function defined in this module; did you mean `standard_dev`?
# CHECK-NEXT: {{^}}#export standard_deviation(float list)
# CHECK-NEXT: {{^ *\^~*$}}
#export standard_deviation(float list)
def standard_dev(lst):
    return sum(lst)
