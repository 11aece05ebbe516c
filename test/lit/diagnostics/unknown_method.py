# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unknown_method


#export f(float list)
def f(xs):
    # CHECK: {{.*}}unknown_method.py:[[@LINE+3]]:5: error: `float list` has no method `push` supported by pyxc
    # CHECK-NEXT: {{^}}    xs.push(1.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    xs.push(1.0)
    return xs
