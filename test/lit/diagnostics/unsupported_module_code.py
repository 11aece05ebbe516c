# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# Only imports, functions and constant assignments are compiled at module level; the hint
# says where other code should go.


#export f(int)
def f(n):
    return n

# CHECK: {{.*}}unsupported_module_code.py:[[@LINE+3]]:1: error: module-level code (`return`) is not supported by pyxc; {{.*}}if __name__ == "__main__":
# CHECK-NEXT: {{^}}return 5
# CHECK-NEXT: {{^\^~*$}}
return 5
