# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_import

# CHECK: {{.*}}unsupported_import.py:[[@LINE+3]]:8: error: module `os` is not supported (supported: {{.*}}math{{.*}})
# CHECK-NEXT: {{^}}import os
# CHECK-NEXT: {{^ *\^~*$}}
import os


#export f(int)
def f(n):
    return n
