# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: type_mismatch_compare


#export f(str, float)
def f(s, x):
    # CHECK: {{.*}}type_mismatch_compare.py:[[@LINE+3]]:12: error: cannot compare `str` and `float` with {{`?}}<{{`?}}
    # CHECK-NEXT: {{^}}    return s < x
    # CHECK-NEXT: {{^ *\^~*$}}
    return s < x
