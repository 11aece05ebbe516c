# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(int)
def f(x):
    # CHECK: {{.*}}unsupported_await.py:[[@LINE+3]]:12: error: `await` expression is not supported by pyxc; pyxc compiles synchronous code: call the function directly
    # CHECK-NEXT: {{^}}    return await x
    # CHECK-NEXT: {{^ *\^~*$}}
    return await x
