# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: zero_dim_iteration
# 0-d arrays work as numpy scalars (arithmetic, comparisons, ufuncs, reductions, float()/int());
# the uses numpy rejects or pyxc does not take yet are located.
import numpy as np


#export f(float64[], float)
def f(x, v):
    z = np.array(v)
    w = x[0, ...]
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:13: error: this use of a 0-d array is not supported by pyxc; take its element with x[()] (0-d arrays work in arithmetic, comparisons, ufuncs, reductions, float()/int(), copies, casts and reshapes)
    g = len(z)
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: this use of a 0-d array
    a = z @ w
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:20: error: this use of a 0-d array
    b = np.sort(x, z)
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: a chained comparison with a 0-d array is not supported by pyxc; compare its element x[()]
    c = 0.0 < z < 1.0
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: numpy.real() of a 0-d array is not supported by pyxc; numpy returns a 0-d view here
    d = np.real(w)
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:14: error: iteration over a 0-d array: numpy raises TypeError here (take its element with x[()])
    for e in z:
        v += e
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:21: error: iteration over a 0-d array
    h = [e for e in w]
    return a, b, c, d, g, h


#export g(float64[], int)
def g(x, n):
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:8: error: the truth value of an array is not supported by pyxc; numpy raises ValueError unless it has one element; test a.any(), a.all() or a.size
    if x:
        return 1
    k = np.array(n)
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:5: error: cannot assign to this array in place: the result is float but the array is 0-d int64 array
    k += 0.5
    return 2
