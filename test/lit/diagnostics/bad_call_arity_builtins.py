# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# Wrong argument counts to builtins, str methods and container methods: each is reported with
# the accepted count (this once recursed forever inside the compiler).


#export f(float list, str)
def f(xs, s):
    # CHECK: {{.*}}bad_call_arity_builtins.py:[[@LINE+1]]:9: error: len() takes 1 argument(s) but 2 were given
    n = len(xs, s)
    # CHECK: {{.*}}bad_call_arity_builtins.py:[[@LINE+1]]:13: error: {{.*}}split() takes 0 to 2 argument(s) but 3 were given
    parts = s.split(",", 1, 2)
    # CHECK: {{.*}}bad_call_arity_builtins.py:[[@LINE+1]]:5: error: {{.*}}append() takes 1 argument(s) but 0 were given
    xs.append()
    return n
