# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: variable_type_conflict


#export f(float list)
def f(xs):
    x = 0.0
    # CHECK: {{.*}}variable_type_conflict.py:[[@LINE+3]]:5: error: `x` is {{(a )?}}float list here but {{(a )?}}float at line [[@LINE-1]]
    # CHECK-NEXT: {{^}}    x = xs
    # CHECK-NEXT: {{^ *\^~*$}}
    x = xs
    return x
