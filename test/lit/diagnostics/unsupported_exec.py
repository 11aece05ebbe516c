# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(str)
def f(code):
    # CHECK: {{.*}}unsupported_exec.py:[[@LINE+3]]:5: error: `exec` is not supported by pyxc; pyxc compiles code it can see: write the code itself in the function
    # CHECK-NEXT: {{^}}    exec(code)
    # CHECK-NEXT: {{^ *\^~*$}}
    exec(code)
    return 0
