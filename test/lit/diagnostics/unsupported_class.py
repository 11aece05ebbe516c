# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# Class definitions are outside pyxc's subset.

# CHECK: {{.*}}unsupported_class.py:[[@LINE+3]]:1: error: class definition is not supported by pyxc; {{.*}}
# CHECK-NEXT: {{^}}class Point:
# CHECK-NEXT: {{^\^~*$}}
class Point:
    pass


#export f(int)
def f(x):
    return x
