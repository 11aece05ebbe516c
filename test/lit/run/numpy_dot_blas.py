# RUN: %difftest %s
# dot and `@` on both sides of the BLAS thresholds (runtime/include/pyxc/numpy/blas.hpp: float
# dot from 96 elements, A @ v from 512 multiply-adds, A @ B from 400; complex from 64, 128,
# 150): matrix-matrix, matrix-vector, vector-matrix, vector-vector, in float64, float32,
# complex128, complex64, ints (always the loops) and mixed dtypes; operands C- and F-ordered,
# transposed, sliced with a leading dimension, at strides BLAS reads in place, at negative
# strides (copied first); empty products and numpy's errors. grid() holds half-integers so
# every product and sum is exact whatever the summation order: `#check` compares exactly; the
# random operands compare to 1e-12.
import numpy as np


#export grid(int, int)
def grid(n, m):
    return (np.arange(n * m) % 7 - 2.5).reshape(n, m)


#export mm(float64[:,:], float64[:,:])
#export mm(float32[:,:], float32[:,:])
#export mm(complex128[:,:], complex128[:,:])
#export mm(complex64[:,:], complex64[:,:])
#export mm(int64[:,:], int64[:,:])
#export mm(float32[:,:], float64[:,:])
#export mm(int32[:,:], float64[:,:])
#export mm(complex64[:,:], float64[:,:])
def mm(a, b):
    return a @ b, np.dot(a, b)


# `a @ a.T` and `a.T @ a` read one buffer both ways: BLAS's symmetric ?syrk for real dtypes
# (upper triangle mirrored, as numpy), gemm for complex.
#export gram(float64[:,:])
#export gram(float32[:,:])
#export gram(complex128[:,:])
def gram(a):
    return a @ a.T, a.T @ a, np.dot(a, a.T)


#export gram_symmetric(float64[:,:])
def gram_symmetric(a):
    p = a.T @ a
    return bool(np.all(p == p.T)), p.shape


#export mv(float64[:,:], float64[:])
#export mv(float32[:,:], float32[:])
#export mv(complex128[:,:], complex128[:])
#export mv(complex64[:,:], complex64[:])
#export mv(int64[:,:], int64[:])
#export mv(float64[:,:], float32[:])
def mv(a, x):
    return a @ x, np.dot(a, x), x @ a.T, np.dot(x, a.T)


#export vv(float64[], float64[])
#export vv(float32[], float32[])
#export vv(complex128[], complex128[])
#export vv(complex64[], complex64[])
#export vv(int64[], int64[])
#export vv(float64[], int64[])
def vv(x, y):
    return x @ y, np.dot(x, y), x.dot(y)


#export views(float64[:,:], float64[])
#export views(complex128[:,:], complex128[])
def views(a, v):
    return (a.T @ a, a @ a.T, a.T @ a.T, a[::2] @ a.T[:, ::3], a[:, ::2] @ a[::2, :], a[::-1] @ a,
            a[1:, 1:] @ a[:-1, :-1], a[:, ::-1] @ a[::-2].T, a.T @ v, v @ a.T, a[::2] @ v, v[::2] @ a[::2],
            a[:, 1] @ a[1, :], a[:, 2] @ a[:, 3], v[::-1] @ v, np.dot(a.T, v[::-1]), a[2:3, :] @ a[:, 4:5],
            a[:, 0:1] @ a[0:1, :], (a * 2.0) @ (a + 1.0), np.dot(a[1:-1].T, v[::-1][1:-1] * 0.5))


#export dot_only(float64[:,:], float64[:,:])
#export dot_only(float64[:,:], float64[])
#export dot_only(float64[], float64[:,:])
#export dot_only(float64[], float64[])
def dot_only(a, b):
    return np.dot(a, b)


#export chain(float64[:,:], float64[])
def chain(a, v):
    w = v
    for _ in range(3):
        w = a @ w
    return w, (a @ a) @ a, a @ (a @ v)


#check: gram(grid(40, 30))
#check: gram(grid(3, 2))
#check: gram(np.asfortranarray(grid(40, 30)))
#check: gram(grid(50, 40)[::2, 1:31])
#check: gram(grid(60, 20).astype(np.float32))
#check: gram(grid(20, 15) + 1j * grid(20, 15)[::-1])
#check: gram(np.zeros((0, 30)))
#check: gram_symmetric(np.sin(np.arange(20000.0)).reshape(2000, 10))
#check: gram_symmetric(np.asfortranarray(np.cos(np.arange(3000.0)).reshape(30, 100)))
#check-approx: gram(np.sin(np.arange(6000.0)).reshape(200, 30))
#check: mm(grid(3, 4), grid(4, 2))
#check: mm(grid(40, 30), grid(30, 20))
#check: mm(grid(9, 9), grid(9, 9))
#check: mm(grid(7, 7), grid(7, 7))
#check: mm(grid(40, 30).astype(np.float32), grid(30, 20).astype(np.float32))
#check: mm(grid(3, 3).astype(np.float32), grid(3, 3).astype(np.float32))
#check: mm(grid(6, 5) + 1j * grid(6, 5)[::-1], grid(5, 6) - 2j)
#check: mm(grid(3, 2) + 1j * grid(3, 2)[::-1], grid(2, 2) - 2j)
#check: mm((grid(20, 30) + 0.5j).astype(np.complex64), (grid(30, 10) * 1j).astype(np.complex64))
#check: mm(np.arange(1200).reshape(40, 30), np.arange(600).reshape(30, 20))
#check: mm(grid(40, 30).astype(np.float32), grid(30, 20))
#check: mm(np.arange(1200, dtype=np.int32).reshape(40, 30), grid(30, 20))
#check: mm((grid(20, 30) + 0.5j).astype(np.complex64), grid(30, 10))
#check: mm(np.asfortranarray(grid(40, 30)), grid(30, 20))
#check: mm(grid(40, 30), np.asfortranarray(grid(30, 20)))
#check: mm(np.asfortranarray(grid(40, 30)), np.asfortranarray(grid(30, 20)))
#check: mm(grid(50, 40)[::2, 1:31], grid(90, 60)[::3, 5:25])
#check: mm(grid(50, 40)[:, ::2], grid(40, 30)[::2, ::-1])
#check: mm(grid(40, 1), grid(1, 40))
#check: mm(grid(1, 40), grid(40, 1))
#check: mm(grid(1, 600), grid(600, 1))
#check: mm(grid(30, 1)[::2], grid(1, 30)[:, ::3])
#check: mm(np.asfortranarray(grid(30, 40)).T, grid(30, 20))
#check: mm(grid(0, 30), grid(30, 20))
#check: mm(grid(30, 0), grid(0, 20))
#check: mm(grid(30, 20), grid(20, 0))
#check: mm(grid(40, 30), grid(40, 30))
#check: mm(grid(2, 3), grid(2, 3))
#check-approx: mm(np.random.default_rng(1).random((60, 50)), np.random.default_rng(2).random((50, 70)))
#check-approx: mm(np.random.default_rng(1).random((5, 5)), np.random.default_rng(2).random((5, 5)))
#check-approx: mm(np.random.default_rng(3).random((64, 64)) + 1j, np.random.default_rng(4).random((64, 64)) * 1j)
#check: mv(grid(3, 4), grid(4, 1)[:, 0])
#check: mv(grid(40, 30), grid(1, 40)[0, :30])
#check: mv(grid(40, 30).astype(np.float32), grid(1, 40)[0, :30].astype(np.float32))
#check: mv(grid(12, 14) + 1j, grid(1, 14)[0] * 1j)
#check: mv((grid(12, 14) + 1j).astype(np.complex64), (grid(1, 14)[0] * 1j).astype(np.complex64))
#check: mv(np.arange(1200).reshape(40, 30), np.arange(30))
#check: mv(grid(40, 30), grid(1, 30)[0].astype(np.float32))
#check: mv(np.asfortranarray(grid(40, 30)), grid(1, 60)[0, ::2])
#check: mv(grid(80, 60)[::2, ::2], grid(1, 90)[0, ::-3])
#check: mv(grid(40, 0), grid(1, 0)[0])
#check: mv(grid(0, 40), grid(1, 40)[0])
#check: mv(grid(40, 30), grid(1, 40)[0])
#check: mv(grid(2, 3), grid(1, 2)[0])
#check-approx: mv(np.random.default_rng(5).random((100, 80)), np.random.default_rng(6).random(80))
#check: vv(grid(1, 50)[0], grid(1, 51)[0, 1:])
#check: vv(grid(1, 500)[0], grid(1, 501)[0, 1:])
#check: vv(grid(1, 500)[0].astype(np.float32), grid(1, 501)[0, 1:].astype(np.float32))
#check: vv(grid(1, 300)[0] + 2j, grid(1, 301)[0, 1:] - 1j)
#check: vv(grid(1, 30)[0] + 2j, grid(1, 31)[0, 1:] - 1j)
#check: vv((grid(1, 300)[0] + 2j).astype(np.complex64), (grid(1, 301)[0, 1:] - 1j).astype(np.complex64))
#check: vv(np.arange(500), np.arange(500, 0, -1))
#check: vv(grid(1, 500)[0], np.arange(500, 0, -1))
#check: vv(grid(1, 1500)[0, ::3], grid(1, 1000)[0, ::-2])
#check: vv(grid(1, 0)[0], grid(1, 0)[0])
#check: vv(grid(1, 500)[0], grid(1, 499)[0])
#check: vv(grid(1, 5)[0], grid(1, 4)[0])
#check-approx: vv(np.random.default_rng(7).random(100000), np.random.default_rng(8).random(100000))
#check: views(grid(30, 30), grid(1, 30)[0])
#check: views(grid(7, 7), grid(1, 7)[0])
#check: views(np.asfortranarray(grid(30, 30)), grid(1, 60)[0, ::2])
#check: views(grid(24, 24) + 1j * grid(24, 24).T, grid(1, 24)[0] - 0.5j)
#check: views(grid(6, 6) + 1j * grid(6, 6).T, grid(1, 6)[0] - 0.5j)
#check: chain(grid(30, 30) / 8.0, grid(1, 30)[0])
#check-approx: chain(np.random.default_rng(9).random((50, 50)), np.random.default_rng(10).random(50))
#check: dot_only(grid(40, 30), grid(40, 30))
#check: dot_only(grid(2, 3), grid(2, 3))
#check: dot_only(grid(40, 30), grid(1, 40)[0])
#check: dot_only(grid(1, 40)[0], grid(30, 40))
#check: dot_only(grid(1, 400)[0], grid(1, 300)[0])
#check: dot_only(grid(1, 4)[0], grid(1, 3)[0])
#check: dot_only(grid(1, 30)[0], grid(30, 40))
#check: dot_only(np.asfortranarray(grid(30, 40)), grid(40, 30)[::-1])
