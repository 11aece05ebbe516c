# RUN: %difftest %s
# np.linalg.norm: the 2-norm and Frobenius norm (numpy computes them with a BLAS dot product,
# whose summation order pyxc does not reproduce: compared to 1e-12), vector orders inf, -inf,
# 0, 1, 2, p (numpy's pairwise sums: exact), matrix orders 1, -1, inf, -inf, 'fro', along an
# axis, ints and bools as float64, views, empty arrays and numpy's errors.
import numpy as np


#export norm2(float64[])
#export norm2(int64[])
#export norm2(bool[])
#export norm2(float64[:,:])
#export norm2(float64[:,:,:])
def norm2(x):
    return np.linalg.norm(x)


#export vector_orders(float64[])
#export vector_orders(int32[])
def vector_orders(x):
    inf = np.inf
    return (np.linalg.norm(x, np.inf), np.linalg.norm(x, -np.inf), np.linalg.norm(x, 0), np.linalg.norm(x, 1),
            np.linalg.norm(x, ord=-1), np.linalg.norm(x, ord=inf))


#export vector_p(float64[])
def vector_p(x):
    return np.linalg.norm(x, 3), np.linalg.norm(x, 0.5), np.linalg.norm(x, -2.5)


#export vector_ord(float64[], float)
def vector_ord(x, p):
    return np.linalg.norm(x, p)


#export matrix_orders(float64[:,:])
def matrix_orders(m):
    return np.linalg.norm(m, 1), np.linalg.norm(m, -1), np.linalg.norm(m, np.inf), np.linalg.norm(m, -np.inf)


#export matrix_bad_order(float64[:,:])
def matrix_bad_order(m):
    return np.linalg.norm(m, ord=3)


#export fro(float64[:,:])
def fro(m):
    return np.linalg.norm(m, "fro"), np.linalg.norm(m, ord=None)


#export along(float64[:,:])
#export along(int64[:,:])
def along(m):
    return (np.linalg.norm(m, axis=0), np.linalg.norm(m, axis=1), np.linalg.norm(m, 1, axis=-1),
            np.linalg.norm(m, np.inf, axis=0), np.linalg.norm(m, -np.inf, axis=1), np.linalg.norm(m, 0, axis=1),
            np.linalg.norm(m, ord=2, axis=1))


# general p-norms go through np.power, which numpy may compute with SIMD code (a few ulps from libm)
#export along_p(float64[:,:])
def along_p(m):
    return np.linalg.norm(m, 3, axis=0), np.linalg.norm(m, 0.5, axis=1), np.linalg.norm(m[0], 3.5)


#export along1(float64[], int)
def along1(x, axis):
    return np.linalg.norm(x, axis=axis), np.linalg.norm(x, 1, axis=axis)


#export along3(float64[:,:,:])
def along3(a):
    return np.linalg.norm(a, axis=1), np.linalg.norm(a, 1, axis=2)


#export normalized(float64[:,:])
def normalized(m):
    return m / np.linalg.norm(m, axis=1, keepdims=False).reshape(-1, 1), np.linalg.norm(m - 1.0, axis=0)


#check-approx: norm2(np.array([3.0, 4.0]))
#check-approx: norm2(np.sin(np.arange(1000.0)))
#check: norm2(np.array([], dtype=np.float64))
#check-approx: norm2(np.array([1, -2, 3, 40000000], dtype=np.int64))
#check-approx: norm2(np.array([True, False, True]))
#check-approx: norm2(np.arange(12.0).reshape(3, 4))
#check-approx: norm2(np.arange(24.0).reshape(2, 3, 4)[:, ::-1, 1:])
#check: vector_orders(np.array([3.0, -4.0, 0.0, 1.5, -0.25]))
#check: vector_orders(np.cos(np.arange(777.0)))
#check: vector_orders(np.array([3, -4, 0, 12], dtype=np.int32))
#check: vector_orders(np.array([], dtype=np.float64))
#check-approx: vector_p(np.array([3.0, -4.0, 0.0, 1.5, -0.25]))
#check-approx: vector_p(np.cos(np.arange(777.0)))
#check-approx: vector_ord(np.array([3.0, -4.0, 2.0]), 2.5)
#check-approx: vector_ord(np.array([3.0, -4.0, 2.0]), -2.0)
#check: vector_ord(np.array([3.0, -4.0, 2.0]), float("inf"))
#check: vector_ord(np.array([3.0, np.nan, 2.0]), 1.0)
#check: matrix_orders(np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.5]]))
#check: matrix_orders(np.cos(np.arange(20.0)).reshape(4, 5).T)
#check: matrix_orders(np.zeros((0, 3)))
#check: matrix_bad_order(np.ones((2, 2)))
#check-approx: fro(np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.5]]))
#check: along(np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.5]]))
#check: along(np.cos(np.arange(300.0)).reshape(20, 15)[::2])
#check: along(np.array([[1, -2, 3], [-4, 5, -6]], dtype=np.int64))
#check: along(np.zeros((0, 3)))
#check-approx: along_p(np.cos(np.arange(300.0)).reshape(20, 15)[::2])
#check-approx: along_p(np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.5]]))
#check: along1(np.array([3.0, 4.0]), 0)
#check: along1(np.array([3.0, 4.0]), -1)
#check: along1(np.array([3.0, 4.0]), 1)
#check: along3(np.sin(np.arange(24.0)).reshape(2, 3, 4))
#check: normalized(np.arange(6.0).reshape(2, 3))
