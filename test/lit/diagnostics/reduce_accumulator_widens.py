# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: reduce_accumulator_widens
# CPython's reduce returns the int initial value for an empty list and a float otherwise: no
# one static type, so pyxc asks for a float start.
import functools


#export halve_all(int list)
def halve_all(xs):
    # CHECK: {{.*}}reduce_accumulator_widens.py:[[@LINE+1]]:12: error: reduce's accumulator starts as an int but `<lambda>` returns a float: the result's type would depend on the input's length; start from a float initial value
    return functools.reduce(lambda acc, x: acc + x / 2, xs, 0)
