# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: list_element_conflict


#export f(float)
def f(x):
    # CHECK: {{.*}}list_element_conflict.py:[[@LINE+3]]:{{[0-9]+}}: error: list elements have incompatible types `{{float|str}}` and `{{str|float}}`
    # CHECK-NEXT: {{^}}    values = [x, "two", 3.0]
    # CHECK-NEXT: {{^ *\^~*$}}
    values = [x, "two", 3.0]
    return len(values)
