# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
COUNTER = 0


#export bump(int)
def bump(n):
    # CHECK: {{.*}}unsupported_global.py:[[@LINE+3]]:5: error: `global` declaration is not supported by pyxc; module constants are read without `global`; return new values instead of assigning globals
    # CHECK-NEXT: {{^}}    global COUNTER
    # CHECK-NEXT: {{^ *\^~*$}}
    global COUNTER
    COUNTER += n
    return COUNTER
