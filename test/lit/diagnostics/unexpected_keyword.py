# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unexpected_keyword


def scale(x, k):
    return x * k


#export f(float)
def f(x):
    # CHECK: {{.*}}unexpected_keyword.py:[[@LINE+3]]:21: error: scale() got an unexpected keyword argument `factor`
    # CHECK-NEXT: {{^}}    return scale(x, factor=2.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    return scale(x, factor=2.0)


#export g(float list)
def g(xs):
    # Builtins take positional arguments only, so far.
    # CHECK: {{.*}}unexpected_keyword.py:[[@LINE+1]]:20: error: sum() got an unexpected keyword argument `start`
    return sum(xs, start=1.0)
