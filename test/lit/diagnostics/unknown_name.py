# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unknown_name


#export f(float)
def f(x):
    # CHECK: {{.*}}unknown_name.py:[[@LINE+3]]:16: error: name `qqqzzz` is not defined{{$}}
    # CHECK-NEXT: {{^}}    return x + qqqzzz
    # CHECK-NEXT: {{^ *\^~*$}}
    return x + qqqzzz
