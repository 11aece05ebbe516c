# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unknown_attribute
# numpy functions and forms pyxc does not compile yet are located errors naming them.
import numpy as np


#export f(float64[], int8[], float64[:,:])
def f(x, small, m):
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:9: error: module `numpy` has no function `fft` supported by pyxc
    y = np.fft(x)
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:9: error: numpy function `numpy.random.choice` is not supported by pyxc
    r = np.random.choice(x)
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:11: error: boolean mask indexing with a mask of another rank is not supported by pyxc
    z = m[x > 0]
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:9: error: numpy.sqrt() of int8 values is not supported by pyxc; numpy computes it in float16
    s = np.sqrt(small)
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:9: error: a chained comparison of arrays is not supported by pyxc
    c = 0 < x < 1
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:9: error: this call of ndarray.sum is not supported by pyxc; sum() got an unexpected keyword argument `initial`
    k = m.sum(axis=0, initial=1.0)
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:9: error: `float64[:]` has no method `nonzero` supported by pyxc
    t = x.nonzero()
    # CHECK: {{.*}}numpy_unsupported.py:[[@LINE+1]]:12: error: unsupported operand types for +: `float64[:]` and `str`
    return x + "a"
