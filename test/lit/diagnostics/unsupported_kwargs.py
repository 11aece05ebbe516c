# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


# CHECK: {{.*}}unsupported_kwargs.py:[[@LINE+3]]:16: error: `**kwargs` parameter is not supported by pyxc; give the function keyword parameters with default values
# CHECK-NEXT: {{^}}def options(x, **settings):
# CHECK-NEXT: {{^ *\^~*$}}
def options(x, **settings):
    return x


#export f(int)
def f(x):
    return x
