# RUN: %difftest %s
# np.asarray of an array of the same dtype is that array (numpy makes no copy: writes through
# the result show in the argument, and returning it gives back the caller's object); another
# dtype converts into a new array; np.array always copies.
import numpy as np

#export same(float64[])
def same(a):
    return np.asarray(a)

#export same_dtype(int32[:, :])
def same_dtype(a):
    return np.asarray(a, dtype=np.int32)

#export writes(float64[:, :])
def writes(a):
    b = np.asarray(a)
    b[0, 0] = -1.0
    c = np.asarray(a, dtype=np.float64)
    c[1, 1] = -2.0
    d = np.asarray(a, dtype=np.float32)
    d[0, 1] = -3.0
    e = np.asarray(a.T)
    e[0, 1] = -4.0
    f = np.array(a)
    f[1, 0] = -5.0
    return a, d, f

#export of_view(float64[])
def of_view(a):
    v = np.asarray(a[::2])
    v[:] = 0.0
    return a

#export of_expr(float64[])
def of_expr(a):
    b = np.asarray(a * 2)
    b[0] = 7.0
    return a, b

#export of_zero_dim(float64[])
def of_zero_dim(a):
    z = np.asarray(a[1, ...])
    z[()] = 9.5
    w = np.asarray(np.array(1.5))
    return a, w, np.asarray(z, dtype=np.int64)

#export of_list(float list)
def of_list(xs):
    return np.asarray(xs), np.asarray(xs, dtype=np.float32)

#check: (lambda a: same(a) is a)(np.arange(3.0))
#check: (lambda a: (same(a), same(a) is a))(np.arange(6.0)[::-2])
#check: (lambda a: same_dtype(a) is a)(np.arange(6, dtype=np.int32).reshape(2, 3))
#check: writes(np.arange(4.0).reshape(2, 2))
#check: writes(np.asfortranarray(np.arange(4.0).reshape(2, 2)))
#check: writes(np.arange(8.0).reshape(2, 4)[:, ::2])
#check: of_view(np.arange(5.0))
#check: of_expr(np.arange(3.0))
#check: of_zero_dim(np.array([1.0, 2.0, 3.0]))
#check: of_list([1.0, 2.5])
