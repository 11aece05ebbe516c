# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: numpy_rank_mismatch
# np.random, sorting, joining, keepdims and np.linalg forms pyxc does not compile: located
# errors that name them (joining arrays of different ranks is numpy's ValueError, known here).
import numpy as np


#export f(float64[], float64[:,:], complex128[], float32[], int)
def f(x, m, z, s, n):
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:24: error: numpy.concatenate() of arrays of different ranks (`float64[:]` and `float64[:, :]`): numpy raises ValueError
    a = np.concatenate((x, m))
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:18: error: numpy.stack() of arrays of different ranks
    b = np.stack((m, x))
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:36: error: a `keepdims` that is not a literal True or False is not supported by pyxc; it decides the result's rank
    c = np.sum(m, axis=0, keepdims=n > 0)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:27: error: this norm order is not supported by pyxc; write 'fro' or 'nuc' for a norm of a matrix (no axis)
    d = np.linalg.norm(x, "nuc")
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:27: error: a matrix norm order that is not a literal is not supported by pyxc
    e = np.linalg.norm(m, n)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:9: error: numpy.linalg.norm() of complex128 values is not supported by pyxc
    g = np.linalg.norm(z)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:25: error: this sort kind is not supported by pyxc
    h = np.sort(x, kind="bogus")
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:36: error: a `return_counts` that is not a literal True or False is not supported by pyxc; it decides whether the result is a tuple
    i = np.unique(x, return_counts=n > 0)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:45: error: `axis` in numpy.unique of an array of more than 2 dimensions is not supported by pyxc; reshape it to 2-d first
    q = np.unique(m.reshape(1, 2, -1), axis=0)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:31: error: numpy.random.normal() does not accept an argument of type `complex128[:]`
    j = np.random.normal(0.0, z)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:30: error: numpy.random.rand() does not accept an argument of type `float`
    k = np.random.rand(2, 3, 1.5)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:9: error: numpy function `numpy.linalg.eig` is not supported by pyxc
    l = np.linalg.eig(m)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:24: error: numpy.random.seed() does not accept an argument of type `float`
    o = np.random.seed(1.5)
    # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:36: error: this dtype in numpy.random.randint is not supported by pyxc
    p = np.random.randint(5, dtype=np.int8)
    total = 0.0
    #omp parallel for reduction(+:total)
    for i in range(n):
        # CHECK: {{.*}}numpy_library_unsupported.py:[[@LINE+1]]:18: error: np.random in an OpenMP parallel loop is not supported by pyxc; numpy's generator is shared by the threads
        total += np.random.rand()
    return x
