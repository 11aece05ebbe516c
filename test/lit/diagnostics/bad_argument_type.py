# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: bad_argument_type
import math


#export f(str)
def f(s):
    # CHECK: {{.*}}bad_argument_type.py:[[@LINE+3]]:{{12|22}}: error: {{(math\.)?}}sqrt() does not accept an argument of type `str`
    # CHECK-NEXT: {{^}}    return math.sqrt(s)
    # CHECK-NEXT: {{^ *\^~*$}}
    return math.sqrt(s)
