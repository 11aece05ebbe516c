# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# A 0-d array is returned, asked its shape and indexed with x[()] or x[...]; every other use is
# located (numpy would mostly treat it as a scalar: take the element with x[()]).
import numpy as np


#export f(float64[], float)
def f(x, v):
    z = np.array(v)
    w = x[0, ...]
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: this use of a 0-d array is not supported by pyxc; take its element with x[()] first (pyxc returns 0-d arrays to Python, gives their .shape .ndim .size and reads or writes x[()], nothing else)
    a = z + 1.0
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: this use of a 0-d array
    b = -w
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: this use of a 0-d array
    c = z < w
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:17: error: this use of a 0-d array
    d = np.sqrt(z)
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: this use of a 0-d array
    e = z.copy()
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:13: error: this use of a 0-d array
    g = len(z)
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:9: error: this use of a 0-d array
    h = z.T
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:5: error: this use of a 0-d array
    x[1] = z
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:5: error: this use of a 0-d array
    w += 1.0
    return a, b, c, d, e, g, h


#export g(float64[], float)
def g(x, v):
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:8: error: the truth value of an array is not supported by pyxc; numpy raises ValueError unless it has one element; test a.any(), a.all() or a.size
    if x:
        return 1
    # CHECK: {{.*}}numpy_zero_dim_uses.py:[[@LINE+1]]:11: error: the truth value of an array
    while np.array(v):
        v -= 1.0
    return 2
