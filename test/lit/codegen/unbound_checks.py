# A local assigned on every path before a read costs nothing; one that may be unassigned gets
# a flag and a check at the reads that need it (UnboundLocalError, as in CPython).
# RUN: %pyxc %s -e -o - | FileCheck %s


#export both_branches(bool)
def both_branches(c):
    # CHECK-LABEL: both_branches(bool c)
    # CHECK-NOT: {{bool bound_|check_bound}}
    # CHECK: return
    y = 0
    if c:
        x = 1
    else:
        x = 2
    for i in range(3):
        y += i
    return x + y


#export one_branch(bool)
def one_branch(c):
    # CHECK-LABEL: one_branch(bool c)
    # CHECK: bool bound_x = false;
    # CHECK: bound_x = true;
    # CHECK: return (pyxc::check_bound(bound_x, "x"), x);
    if c:
        x = 1
    return x
