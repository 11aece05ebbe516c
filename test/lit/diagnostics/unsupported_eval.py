# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(str)
def f(code):
    # CHECK: {{.*}}unsupported_eval.py:[[@LINE+3]]:12: error: `eval` is not supported by pyxc; pyxc compiles code it can see: write the code itself in the function
    # CHECK-NEXT: {{^}}    return eval(code)
    # CHECK-NEXT: {{^ *\^~*$}}
    return eval(code)
