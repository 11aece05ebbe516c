# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: genexp_late_binding
# Python reads `k` when each item is computed: after `k = 10` below. pyxc would copy it when
# the generator is made, so the program is rejected rather than silently different.


#export scaled_total(float list)
def scaled_total(xs):
    k = 2.0
    # CHECK: {{.*}}genexp_late_binding.py:[[@LINE+2]]:9: error: this stored generator expression reads `k`, which is assigned again after it is made
    # CHECK-NEXT: {{^}}    g = (x * k for x in xs)
    g = (x * k for x in xs)
    k = 10.0
    return sum(g)
