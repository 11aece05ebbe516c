# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: assign_to_undefined_element
# Tuples are immutable: their items cannot be assigned.


#export f((float, float))
def f(point):
    # CHECK: {{.*}}assign_to_undefined_element.py:[[@LINE+3]]:5: error: cannot assign to an item of {{.*}}(float, float){{.*}}
    # CHECK-NEXT: {{^}}    point[0] = 1.0
    # CHECK-NEXT: {{^ *\^~*$}}
    point[0] = 1.0
    return point
