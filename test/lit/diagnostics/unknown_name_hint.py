# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unknown_name_hint


#export standard_dev(float list)
def standard_dev(lst):
    total = 0.0
    for value in lst:
        # CHECK: {{.*}}unknown_name_hint.py:[[@LINE+3]]:18: error: name `valu` is not defined; did you mean `value`?
        # CHECK-NEXT: {{^}}        total += valu
        # CHECK-NEXT: {{^ *\^~*$}}
        total += valu
    return total
