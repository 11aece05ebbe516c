# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: omp_syntax
# DIAG: omp_unknown_clause
# DIAG: omp_reduction_unused
# DIAG: omp_race
# DIAG: omp_jump
# DIAG: omp_misplaced
# `#omp` annotations are checked before they become pragmas.


#export f(int)
def f(n):
    total = 0
    last = 0
    # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:42: error: unknown OpenMP clause `nowait_please` for `parallel for`
    #omp parallel for reduction(+:total) nowait_please
    for i in range(n):
        total += i
    # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:33: error: malformed `#omp` annotation: expected `reduction(op: variables)`
    #omp parallel for reduction(total)
    for i in range(n):
        total += i
    # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:10: error: reduction variable `total` is not updated by the loop
    #omp parallel for reduction(+:total)
    for i in range(n):
        # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:9: error: `last` is written by every iteration of this parallel loop but is neither private nor a reduction variable
        last = i
    #omp parallel for reduction(+:total)
    for i in range(n):
        total += i
        if total > 100:
            # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:13: error: `break` cannot leave an OpenMP parallel loop
            break
    # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:10: error: misplaced `#omp` annotation: `parallel for` must annotate a `for` loop over range(...)
    #omp parallel for
    while total > 0:
        total -= 1
    # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:10: error: misplaced `#omp` annotation: collapse(2) needs 2 perfectly nested `for` loops over range(...)
    #omp parallel for collapse(2) reduction(+:total)
    for i in range(n):
        total += i
        for j in range(n):
            total += j
    # CHECK: {{.*}}omp_annotations.py:[[@LINE+1]]:10: error: malformed `#omp` annotation: expected a directive
    #omp paralel for
    for i in range(n):
        total += i
    return total + last
