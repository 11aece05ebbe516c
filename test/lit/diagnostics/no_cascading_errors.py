# One mistake gives one error: a function whose only `return` has a type error must not be
# reported again as "cannot infer the type of the result".
# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s


#export f(str, float)
def f(s, x):
    # CHECK: {{.*}}no_cascading_errors.py:[[@LINE+3]]:12: error: cannot compare `str` and `float`
    # CHECK-NEXT: {{^}}    return s < x
    # CHECK-NOT: error
    return s < x
