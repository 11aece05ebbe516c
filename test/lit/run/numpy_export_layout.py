# RUN: %difftest %s
# Export specs demanding a layout: Fortran order (`order(F)`, `[::1, :]`) views the argument in
# place (results keep its strides), C order refuses a Fortran array and vice versa, and fixed
# extents (`float64[:, 3]`, `float64[::, 3]`) are checked at call time. A refused argument is a
# TypeError naming it.
import numpy as np


#export f_sum(float64[:,:] order(F))
def f_sum(a):
    return a.sum(axis=0), a[0, :], a.T


#export f_unit(float64[::1, :])
def f_unit(a):
    return a * 2.0


#export f_scale(float64[:,:] order(F), float)
def f_scale(a, s):
    a *= s
    return a


#export c_only(float64[:,:] order(C))
def c_only(a):
    return a[0]


#export points(float64[:, 3])
def points(p):
    return np.sqrt(np.sum(p * p, axis=1))


#export points_too(float64[::, 3])
def points_too(p):
    return p[:, 0] + p[:, 2]


#export fixed_both(int64[2, 3])
def fixed_both(a):
    return a.sum()


#export fixed_or_any(float64[4])
#export fixed_or_any(float64[:])
def fixed_or_any(x):
    return x.shape[0]


#check: f_sum(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check: f_sum(np.arange(6.0).reshape(3, 2).T)
#check: f_sum(np.ones((1, 4)))
#check-rejects: f_sum(np.arange(6.0).reshape(2, 3))
#check-rejects: f_sum(np.asfortranarray(np.arange(12.0).reshape(3, 4))[:, ::2])
#check: f_unit(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check-rejects: f_unit(np.arange(6.0).reshape(2, 3))
#check: [r.flags["F_CONTIGUOUS"] for r in f_sum(np.asfortranarray(np.arange(6.0).reshape(2, 3)))[1:]]
#check: (lambda a: (f_scale(a, 3.0) is a, a))(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check: c_only(np.arange(6.0).reshape(2, 3))
#check-rejects: c_only(np.asfortranarray(np.arange(6.0).reshape(2, 3)))
#check: points(np.array([[3.0, 4.0, 0.0], [1.0, 2.0, 2.0]]))
#check: points(np.zeros((0, 3)))
#check-rejects: points(np.ones((2, 4)))
#check-rejects: points(np.ones(3))
#check: points_too(np.arange(9.0).reshape(3, 3))
#check-rejects: points_too(np.arange(8.0).reshape(4, 2))
#check: fixed_both(np.arange(6).reshape(2, 3))
#check-rejects: fixed_both(np.arange(6).reshape(3, 2))
#check: fixed_or_any(np.ones(4)), fixed_or_any(np.ones(7))
