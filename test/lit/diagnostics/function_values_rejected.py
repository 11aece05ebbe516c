# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct
# DIAG: unsupported_construct_hint
# Function values stay typed per function: what cannot be typed that way is rejected.


def inc(x):
    return x + 1


def dec(x):
    return x - 1


#export pick(int, bool)
def pick(x, up):
    f = inc
    if up:
        # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:9: error: `f` is a function dec here but a function inc at line [[@LINE-2]]
        f = dec
    # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:11: error: a function stored in a list is not supported by pyxc
    fs = [inc]
    # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:21: error: a default value other than a constant in a nested function or lambda is not supported by pyxc
    g = lambda v, d=x: v + d
    return f(x)


#export table_call(str, int)
def table_call(k, x):
    # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:20: error: a function stored in a dict is not supported by pyxc
    return {"inc": inc, "dec": dec}[k](x)


#export list_call(int, int)
def list_call(i, x):
    # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:12: error: a function stored in a list is not supported by pyxc
    ops = [inc, dec]
    # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:11: error: a function stored in a set is not supported by pyxc
    fs = {inc}
    return ops[i](x)


#export tuple_call(int, int)
def tuple_call(i, x):
    ops = (inc, dec)
    # CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:16: error: heterogeneous tuple indices must be integers, not `non-constant int`
    return ops[i](x) + ops[0](x)


#export returns_function(int)
# CHECK: {{.*}}function_values_rejected.py:[[@LINE+1]]:5: error: returning a function to Python is not supported by pyxc
def returns_function(x):
    return inc
