# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


def scale(x, k):
    return x * k


#export f(float)
def f(x):
    # CHECK: {{.*}}unsupported_keyword_args.py:[[@LINE+3]]:{{1[89]|2[0-9]}}: error: {{.*}}keyword argument{{.*}} is not supported by pyxc; {{.*}}
    # CHECK-NEXT: {{^}}    return scale(x, k=2.0)
    # CHECK-NEXT: {{^ *\^~*$}}
    return scale(x, k=2.0)
