# RUN: %difftest %s
# Array export types in Pythran's grammar and how arguments are checked: the dtype and rank
# must match, `[:, ::1]` and `order(C)` demand C order (a strided view is refused), other
# forms accept any strides (negative ones too). A refused argument raises TypeError naming it.
import numpy as np


#pythran export total(float64[])
#pythran export total(float[][])
#pythran export total(int32[:,:,:])
def total(a):
    return np.sum(a)


#export c_order(float64[:, ::1])
def c_order(a):
    return a[0, 0] + a.shape[1]


#export c_order_too(float64[:,:] order(C))
def c_order_too(a):
    return a.sum()


#export any_layout(float64[:,:])
def any_layout(a):
    return a.sum(axis=1)


#export dtypes(bool[])
#export dtypes(int8[])
#export dtypes(int16[])
#export dtypes(uint16[])
#export dtypes(uint32[])
#export dtypes(uint64[])
#export dtypes(complex64[])
def dtypes(a):
    return a[::-1].copy()


#export keep(float64[:])
def keep(a):
    return a


#check: total(np.arange(5.0))
#check: total(np.ones((2, 3)))
#check: total(np.ones((2, 3, 4), dtype=np.int32))
#check-rejects: total(np.arange(5))
#check-rejects: total(np.ones((2, 3, 4)))
#check-rejects: total([1.0, 2.0])
#check: c_order(np.ones((2, 3)))
#check-rejects: c_order(np.ones((3, 2)).T)
#check-rejects: c_order(np.ones((2, 6))[:, ::2])
#check: c_order_too(np.ones((2, 3)))
#check-rejects: c_order_too(np.ones((2, 3))[::-1])
#check: any_layout(np.arange(12.0).reshape(3, 4).T)
#check: any_layout(np.arange(12.0).reshape(3, 4)[::-1, ::-2])
#check: dtypes(np.array([True, False, False]))
#check: dtypes(np.array([1, -2, 3], dtype=np.int8))
#check: dtypes(np.array([1, -2, 3], dtype=np.int16))
#check: dtypes(np.array([1, 2, 65535], dtype=np.uint16))
#check: dtypes(np.array([1, 2, 3], dtype=np.uint32))
#check: dtypes(np.array([1, 2, 2**63], dtype=np.uint64))
#check: dtypes(np.array([1 + 2j, 3], dtype=np.complex64))
#check: (lambda a: keep(a) is a)(np.arange(3.0))
#check: (lambda a: keep(a[::2]) is a)(np.arange(6.0))
#check: (lambda a: np.shares_memory(keep(a[::2]), a))(np.arange(6.0))
