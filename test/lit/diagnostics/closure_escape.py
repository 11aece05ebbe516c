# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# A closure over a variable assigned after the closure is made points to that variable; it
# cannot outlive the function (a closure over values fixed before it is made can).


def make(n):
    f = lambda x: x + k
    k = n
    # CHECK: {{.*}}closure_escape.py:[[@LINE+1]]:12: error: returning a lambda, which reads `k` after `k` changes, is not supported by pyxc; assign `k` before defining it
    return f


#export use(int)
def use(n):
    return make(n)(1)
