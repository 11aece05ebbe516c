# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


# CHECK: {{.*}}unsupported_star_args.py:[[@LINE+3]]:11: error: `*args` parameter is not supported by pyxc; take a list parameter instead
# CHECK-NEXT: {{^}}def total(*values):
# CHECK-NEXT: {{^ *\^~*$}}
def total(*values):
    return sum(values)


#export f(int)
def f(x):
    return x
