# RUN: %difftest %s
# numpy's order='K' for new arrays made from an array: zeros_like ones_like empty_like
# full_like, np.copy and np.array(a) of a Fortran-ordered array (or a view with ascending
# strides) are Fortran-ordered, of a C-ordered one C-ordered; a.copy() is always C-ordered.
# Elementwise results too: Fortran order when the operands that decide (two or more axes of
# more than one item) are all Fortran-like; a row, a column or a scalar has no say.
import numpy as np


#export likes(float64[:, :])
#export likes(int32[:, :, :])
def likes(a):
    return np.zeros_like(a), np.ones_like(a), np.empty_like(a) * 0, np.full_like(a, 7), np.zeros_like(a, dtype=np.float32)


#export copies(float64[:, :])
def copies(a):
    return np.copy(a), a.copy(), np.array(a), np.array(a, dtype=np.int64)


#export copy_then_write(float64[:, :])
def copy_then_write(a):
    b = np.copy(a)
    b[0, 1] = -1.0
    return b, a


#export elementwise(float64[:, :], float64[:, :], float64[])
def elementwise(a, b, row):
    return a * 2.0, a + b, b + a, a + row, -a, np.sqrt(a + 1.0), a > 0.5, np.where(a > 2.0, a, row), a.astype(np.int32)


#export elementwise3(float64[:, :, :])
def elementwise3(a):
    return a * a + 1.0, np.exp(a[:, 1:, :])

#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.ones((2, 3)))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.asfortranarray(np.ones((2, 3))))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.asfortranarray(np.ones((2, 3)))[::2, :])]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.asfortranarray(np.ones((4, 6)))[::2, ::3])]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.ones((1, 3)))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.ones((3, 1)).T)]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.asfortranarray(np.ones((2, 3, 4), dtype=np.int32)))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in likes(np.ones((2, 3, 4), dtype=np.int32))]
#check: likes(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in copies(np.arange(6.0).reshape(2, 3))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in copies(np.asfortranarray(np.arange(6.0).reshape(2, 3)))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in copies(np.arange(12.0).reshape(3, 4).T)]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in copies(np.arange(12.0).reshape(3, 4)[:, ::-1])]
#check: copies(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check: copy_then_write(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check: elementwise(np.asfortranarray(np.arange(6.0).reshape(2, 3)), np.ones((2, 3)), np.arange(3.0))
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise(np.asfortranarray(np.arange(6.0).reshape(2, 3)), np.ones((2, 3)), np.arange(3.0))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise(np.asfortranarray(np.arange(6.0).reshape(2, 3)), np.asfortranarray(np.ones((2, 3))), np.arange(3.0))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise(np.arange(6.0).reshape(2, 3), np.ones((2, 3)), np.arange(3.0))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise(np.arange(6.0).reshape(3, 2).T, np.ones((2, 3))[:, ::-1], np.arange(3.0))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise(np.arange(3.0).reshape(1, 3), np.ones((1, 3)), np.arange(3.0))]
#check-approx: elementwise3(np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)))
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise3(np.asfortranarray(np.arange(24.0).reshape(2, 3, 4)))]
#check: [(x.shape, x.dtype.str, x.flags.c_contiguous, x.flags.f_contiguous) for x in elementwise3(np.arange(24.0).reshape(2, 3, 4))]
#check: elementwise(np.zeros((2, 3)), np.ones((2, 3)), np.arange(3.0))[4]
