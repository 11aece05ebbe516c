# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: bad_call_arity


def mean(lst):
    return sum(lst) / len(lst)


#export f(float list)
def f(xs):
    # CHECK: {{.*}}bad_call_arity.py:[[@LINE+3]]:12: error: mean() takes 1 argument(s) but 2 were given
    # CHECK-NEXT: {{^}}    return mean(xs, 2)
    # CHECK-NEXT: {{^ *\^~*$}}
    return mean(xs, 2)
