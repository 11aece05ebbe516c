# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(float)
def f(x):
    # CHECK: {{.*}}unsupported_lambda.py:[[@LINE+3]]:14: error: lambda expression is not supported by pyxc; {{.*}}
    # CHECK-NEXT: {{^}}    square = lambda y: y * y
    # CHECK-NEXT: {{^ *\^~*$}}
    square = lambda y: y * y
    return square(x)
