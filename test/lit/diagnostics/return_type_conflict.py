# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: return_type_conflict


#export f(int)
def f(n):
    if n > 0:
        return "positive"
    # CHECK: {{.*}}return_type_conflict.py:[[@LINE+3]]:12: error: `f` returns {{(an? )?}}int here but {{(a )?}}str at line [[@LINE-1]]
    # CHECK-NEXT: {{^}}    return n
    # CHECK-NEXT: {{^ *\^~*$}}
    return n
