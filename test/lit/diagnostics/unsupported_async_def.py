# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


# CHECK: {{.*}}unsupported_async_def.py:[[@LINE+3]]:1: error: `async def` function is not supported by pyxc; pyxc compiles synchronous code: drop `async`
# CHECK-NEXT: {{^}}async def fetch(x):
# CHECK-NEXT: {{^\^~*$}}
async def fetch(x):
    return x


#export f(int)
def f(x):
    return x
