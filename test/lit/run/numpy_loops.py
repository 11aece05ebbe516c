# RUN: %difftest %s
# Scalar loops over arrays, as numerical kernels write them: `for v in x` over 1-d arrays and
# views (strided, reversed, empty), counts[int(...)] += 1 with numpy's IndexError for an
# index out of range (and negative indices from the end), int() of NaN and inf in the loop,
# a[i, k] in nested range loops, and small matrix products in a loop (one new array each;
# below BLAS's threshold pyxc sums in order, numpy's BLAS may differ in the last bits).
import numpy as np


#export histogram(float64[], float, float, int)
def histogram(x, lo, hi, bins):
    counts = np.zeros(bins, dtype=np.int64)
    width = (hi - lo) / bins
    for v in x:
        if lo <= v < hi:
            counts[int((v - lo) / width)] += 1
    return counts


#export unchecked_bins(float64[], int)
def unchecked_bins(x, bins):
    # no range test: negative bins count from the end, others raise IndexError
    counts = np.zeros(bins, dtype=np.int64)
    for v in x:
        counts[int(v)] += 1
    return counts


#export walk(float64[])
#export walk(int32[])
def walk(x):
    total = 0.0
    seen = []
    for v in x:
        total += v
        seen.append(float(v))
    return total, seen


#export pairwise(float64[:,:])
def pairwise(X):
    n = X.shape[0]
    m = X.shape[1]
    D = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            d = 0.0
            for k in range(m):
                t = X[i, k] - X[j, k]
                d += t * t
            D[i, j] = np.sqrt(d)
    return D


#export off_by_one(float64[:,:])
def off_by_one(X):
    s = 0.0
    for i in range(X.shape[0]):
        for k in range(X.shape[1] + 1):
            s += X[i, k]
    return s


#export roots(float64[])
def roots(x):
    out = np.zeros(x.shape[0])
    for i in range(x.shape[0]):
        out[i] = np.sqrt(x[i])
    return out


#export products(float64[:,:], int)
def products(r, steps):
    acc = np.eye(r.shape[0])
    for _ in range(steps):
        acc = np.dot(r, acc)
    return acc


#export int_products(int64[:,:], int)
def int_products(r, steps):
    acc = r
    for _ in range(steps):
        acc = np.dot(r, acc)
    return acc


#export product_pair(float64[:,:], float64[:,:])
def product_pair(a, b):
    return np.dot(a, b), a @ b


#check: histogram(np.linspace(0.0, 1.0, 101), 0.0, 1.0, 7)
#check: histogram(np.linspace(0.0, 1.0, 101)[::-3], 0.0, 1.0, 7)
#check: histogram(np.linspace(-1.0, 2.0, 50)[::2], 0.0, 1.0, 5)
#check: histogram(np.zeros(0), 0.0, 1.0, 3)
#check: histogram(np.array([0.5, np.nan, np.inf, -np.inf]), 0.0, 1.0, 4)
#check: unchecked_bins(np.array([0.0, 1.5, 2.9, -1.0, -3.0]), 3)
#check: unchecked_bins(np.array([0.0, 3.0]), 3)
#check: unchecked_bins(np.array([0.0, -4.0]), 3)
#check: unchecked_bins(np.array([np.nan]), 3)
#check: unchecked_bins(np.array([np.inf]), 3)
#check: unchecked_bins(np.array([-np.inf]), 3)
#check: unchecked_bins(np.array([-9.223372036854775808e18]), 3)
#check: walk(np.arange(6.0))
#check: walk(np.arange(10.0)[::-2])
#check: walk(np.arange(10.0)[3:3])
#check: walk(np.arange(12, dtype=np.int32).reshape(3, 4)[:, 1])
#check: pairwise(np.array([[0.0, 0.0, 0.0], [1.0, 2.0, 2.0], [-1.0, 0.5, 3.0], [2.0, 2.0, 2.0]]))
#check: pairwise(np.arange(12.0).reshape(6, 2)[::-2])
#check: pairwise(np.arange(12.0).reshape(3, 4).T)
#check: pairwise(np.zeros((0, 3)))
#check: off_by_one(np.ones((2, 3)))
#check: roots(np.array([4.0, 2.0, 0.0, -0.0, -1.0, np.inf, np.nan]))
#check: products(np.array([[0.5, -1.0, 0.0], [1.0, 0.5, 0.25], [0.0, -0.0, 1.0]]), 7)
#check: int_products(np.array([[1, 2], [3, -4]]), 5)
#check: int_products(np.array([[2**40, 3], [5, -(2**30)]]), 3)
#check: products(np.arange(16.0).reshape(4, 4)[::-1, ::-1] / 16.0, 3)
#check: products(np.ones((2, 3)), 1)
#check: product_pair(np.arange(6.0).reshape(2, 3), np.arange(12.0).reshape(3, 4)[:, ::-1])
#check: product_pair(np.arange(6.0).reshape(3, 2).T, np.arange(6.0).reshape(3, 2))
#check: product_pair(np.zeros((2, 0)), np.zeros((0, 3)))
#check: product_pair(np.array([[-0.0, 1.0]]), np.array([[0.0], [-0.0]]))
#check: product_pair(np.ones((2, 3)), np.ones((2, 3)))
#check-approx: product_pair(np.arange(10.0).reshape(2, 5) - 4.5, np.arange(15.0).reshape(5, 3)[::-1] / 7.0)
#check: product_pair(np.arange(3.0).reshape(3, 1), np.arange(4.0).reshape(1, 4) - 1.5)
#check: product_pair(np.full((1, 6), -0.0), np.full((6, 1), 0.0))
#check: int_products(np.arange(36).reshape(6, 6) % 5 - 2, 3)
#check: int_products(np.array([[7]]), 4)
