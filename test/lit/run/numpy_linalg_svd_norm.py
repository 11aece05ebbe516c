# RUN: %difftest %s
# np.linalg.norm(A, 2), norm(A, -2) and norm(A, 'nuc'): the largest, the smallest and the sum
# of A's singular values (LAPACK dgesdd from OpenBLAS, called as numpy calls it; compared to
# 1e-12, exactly where the singular values are exact: diagonal and permutation matrices),
# for float64, int and bool matrices, wide, tall, F-ordered and strided views, empty matrices
# (numpy's ValueError for 2/-2, 0.0 for 'nuc') and NaN (numpy's LinAlgError).
import numpy as np


#export svd_norms(float64[:,:])
#export svd_norms(int64[:,:])
#export svd_norms(bool[:,:])
def svd_norms(a):
    return np.linalg.norm(a, 2), np.linalg.norm(a, -2), np.linalg.norm(a, 'nuc')


#export largest(float64[:,:])
def largest(a):
    return np.linalg.norm(a, ord=2)


#export smallest(float64[:,:])
def smallest(a):
    return np.linalg.norm(a, -2.0)


#export nuclear(float64[:,:])
def nuclear(a):
    return np.linalg.norm(a, ord="nuc")


#export condition(float64[:,:])
def condition(a):
    # the 2-norm condition number, of a product computed in the function
    g = a.T @ a
    return np.linalg.norm(g, 2) / np.linalg.norm(g, -2), np.linalg.norm(a[::2, 1:], 2)


#check: svd_norms(np.diag([3.0, -5.0, 0.5]))
#check: svd_norms(np.eye(4)[[2, 0, 3, 1]] * 2.0)
#check: svd_norms(np.eye(3, dtype=np.int64) * 7)
#check: svd_norms(np.eye(3, dtype=bool))
#check-approx: svd_norms((np.arange(12.0).reshape(3, 4) - 5.5) ** 3)
#check-approx: svd_norms(np.arange(12.0).reshape(4, 3) ** 2)
#check-approx: svd_norms(np.random.default_rng(1).random((40, 30)))
#check-approx: svd_norms(np.random.default_rng(2).random((30, 70)) - 0.5)
#check-approx: svd_norms(np.asfortranarray(np.random.default_rng(3).random((25, 25))))
#check-approx: svd_norms(np.random.default_rng(4).random((40, 60))[::3, ::-2])
#check-approx: svd_norms(np.arange(20).reshape(4, 5) % 7)
#check-approx: svd_norms(np.arange(20).reshape(5, 4) % 7 > 2)
#check-approx: svd_norms(np.array([[1.5]]))
#check-approx: svd_norms(np.array([[1.0, 2.0, 3.0]]))
#check: svd_norms(np.zeros((3, 3)))
#check: svd_norms(np.zeros((0, 3)))
#check: svd_norms(np.zeros((3, 0)))
#check: svd_norms(np.array([[np.nan, 1.0], [2.0, 3.0]]))
#check: largest(np.zeros((0, 4)))
#check: smallest(np.zeros((2, 0)))
#check: nuclear(np.zeros((0, 0)))
#check-approx: largest(np.random.default_rng(5).random((9, 7)))
#check-approx: smallest(np.random.default_rng(6).random((7, 9)))
#check-approx: nuclear(np.random.default_rng(7).random((8, 8)))
#check-approx: condition(np.random.default_rng(8).random((30, 6)))
#check-approx: condition(np.vander(np.linspace(0.0, 1.0, 10), 4))
