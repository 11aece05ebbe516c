# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct


#export f(str)
def f(path):
    # CHECK: {{.*}}unsupported_with.py:[[@LINE+3]]:5: error: `with` statement is not supported by pyxc{{$}}
    # CHECK-NEXT: {{^}}    with open(path) as fh:
    # CHECK-NEXT: {{^ *\^~*$}}
    with open(path) as fh:
        pass
    return path
