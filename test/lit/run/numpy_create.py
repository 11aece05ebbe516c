# RUN: %difftest %s
# Creating arrays: zeros ones empty full (+ _like), arange, linspace, eye, array from lists,
# dot and `@`, numpy constants; from `import numpy`, `import numpy as np` and `from numpy import`.
import numpy
import numpy as np
from numpy import zeros, arange, sqrt, pi


#export creators(int)
def creators(n):
    return (np.zeros(n), np.ones((n, 2)), np.zeros((2, n), dtype=np.int32), np.full(n, 2.5), np.full((n, 1), 7),
            np.ones(n, dtype=bool), np.empty(n).shape, np.zeros(n, np.complex128), numpy.ones(n, dtype=np.uint8))


#export likes(float64[:,:])
#export likes(int16[])
def likes(a):
    z = np.zeros_like(a)
    return z, np.ones_like(a), np.full_like(a, 3), np.empty_like(a).shape, np.zeros_like(a, dtype=np.float32)


#export ranges(int, float)
def ranges(n, x):
    return (np.arange(n), np.arange(2, n), np.arange(n, 0, -2), np.arange(0.0, x, 0.25), np.arange(x),
            np.arange(n, dtype=np.float64), np.linspace(0.0, x, n), np.linspace(1, 2, 5, endpoint=False),
            np.linspace(0.0, 1.0), np.eye(n), np.eye(2, n, dtype=np.int64), arange(3))


#export from_lists(float list, int list list)
def from_lists(xs, m):
    return np.array(xs), np.array(m), np.array([1.0, 2.0, 3.0]), np.array([True, False]), np.array(xs, dtype=np.float32), np.asarray(m)


#export products(float64[], float64[:,:])
#export products(int64[], int64[:,:])
def products(v, m):
    return np.dot(v, v), m @ v, v @ m, m @ m.T, np.dot(m, m), m.dot(v), np.matmul(m, m)


#export imported(float64[])
def imported(x):
    return sqrt(x) * pi, zeros(3), numpy.pi, np.e, np.inf, np.sum(numpy.sin(x))


#check: creators(3)
#check: creators(0)
#check: creators(-1)
#check: likes(np.arange(6.0).reshape(2, 3))
#check: likes(np.arange(4, dtype=np.int16))
#check: ranges(5, 2.0)
#check: ranges(0, 0.3)
#check: ranges(1, -1.0)
#check: from_lists([1.5, 2.5], [[1, 2, 3], [4, 5, 6]])
#check: from_lists([], [[1], [2]])
#check: from_lists([1.0], [[1, 2], [3]])
#check: products(np.array([1.0, 2.0, 3.0]), np.arange(9.0).reshape(3, 3))
#check: products(np.array([1, 2, 3]), np.arange(9).reshape(3, 3))
#check: products(np.array([1.0, 2.0]), np.arange(9.0).reshape(3, 3))
#check-approx: imported(np.array([0.0, 1.0, 4.0]))
