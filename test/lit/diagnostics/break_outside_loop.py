# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: break_outside_loop
# CPython rejects this at compile time too (SyntaxError: 'continue' not properly in loop).


#export f(int)
def f(n):
    if n > 0:
        # CHECK: {{.*}}break_outside_loop.py:[[@LINE+3]]:9: error: `continue` outside a loop
        # CHECK-NEXT: {{^}}        continue
        # CHECK-NEXT: {{^ *\^~*$}}
        continue
    # CHECK: {{.*}}break_outside_loop.py:[[@LINE+3]]:5: error: `break` outside a loop
    # CHECK-NEXT: {{^}}    break
    # CHECK-NEXT: {{^ *\^~*$}}
    break
    return n
