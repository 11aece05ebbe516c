# `sum([f(x) for x in xs])` becomes a loop accumulating f(x): no temporary list is built.
# RUN: %pyxc %s -e -o - | FileCheck %s
import math


#export standard_dev(float list)
def standard_dev(lst):
    m = sum(lst) / len(lst)
    # CHECK: // {{.*}}sum_no_temporary.py:[[@LINE+4]]{{([^0-9]|$)}}
    # CHECK-NOT: {{list|List|push_back|append|reserve|vector}}
    # CHECK: for
    # CHECK-NOT: {{list|List|push_back|append|reserve|vector}}
    variance = sum([(value - m) ** 2 for value in lst])
    # CHECK: // {{.*}}sum_no_temporary.py:[[@LINE+1]]{{([^0-9]|$)}}
    return math.sqrt(variance / len(lst))


#export count_positive(int list)
def count_positive(xs):
    # CHECK: // {{.*}}sum_no_temporary.py:[[@LINE+4]]{{([^0-9]|$)}}
    # CHECK-NOT: {{list|List|push_back|append|reserve|vector}}
    # CHECK: for
    # CHECK-NOT: {{list|List|push_back|append|reserve|vector}}
    n = sum([1 for x in xs if x > 0])
    # CHECK: // {{.*}}sum_no_temporary.py:[[@LINE+1]]{{([^0-9]|$)}}
    return n
