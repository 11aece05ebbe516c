# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unknown_attribute
import math


#export f(float)
def f(x):
    # CHECK: {{.*}}unknown_attribute.py:[[@LINE+3]]:12: error: module `math` has no function `sqroot` supported by pyxc
    # CHECK-NEXT: {{^}}    return math.sqroot(x)
    # CHECK-NEXT: {{^ *\^~*$}}
    return math.sqroot(x)
