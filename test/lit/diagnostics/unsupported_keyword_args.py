# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct


def scale(x, k):
    return x * k


#export f(float)
def f(x):
    # CHECK: {{.*}}unsupported_keyword_args.py:[[@LINE+3]]:21: error: keyword argument `k=` is not supported by pyxc
    # CHECK-NEXT: {{^}}    return scale(x, k=2.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    return scale(x, k=2.0)
