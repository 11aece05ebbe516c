# RUN: %difftest %s
# np.sort, np.argsort, ndarray.sort/argsort and np.unique: values (NaN last), dtypes, shapes,
# axis= (default last, negative, None = flattened), views, empty arrays. argsort is checked on
# data without ties, or with kind='stable' (numpy's default quicksort orders ties arbitrarily).
import numpy as np


#export sorts(float64[])
#export sorts(int32[])
#export sorts(uint8[])
#export sorts(bool[])
#export sorts(float32[])
def sorts(a):
    return np.sort(a), np.sort(a, axis=0), np.sort(a, axis=None), np.sort(a, -1), np.sort(a, kind="mergesort")


#export sorts2(float64[:,:])
#export sorts2(int64[:,:])
def sorts2(a):
    return np.sort(a), np.sort(a, axis=0), np.sort(a, axis=1), np.sort(a, axis=-2), np.sort(a, axis=None)


#export sorts3(float64[:,:,:])
def sorts3(a):
    return np.sort(a), np.sort(a, axis=0), np.sort(a, axis=1), np.argsort(a, axis=1, kind="stable")


#export args(float64[])
#export args(int16[])
def args(a):
    return np.argsort(a), a.argsort(), np.argsort(a, axis=None), np.argsort(a, kind="stable")


#export args_stable(int64[])
def args_stable(a):
    return np.argsort(a, kind="stable"), np.argsort(a, kind="stable", axis=0)


#export args2(float64[:,:])
def args2(a):
    return np.argsort(a), np.argsort(a, axis=0), np.argsort(a, axis=None)


#export in_place(float64[:,:], int)
def in_place(a, axis):
    b = a.copy()
    b.sort(axis)
    c = a.copy()
    c.sort()
    return b, c


#export sort_view(float64[:,:])
def sort_view(a):
    # sorting a view sorts the elements of the base it sees
    b = a.copy()
    b[:, 1].sort()
    v = b[::-1, :]
    v.sort(axis=0)
    return b, np.sort(a[::2, ::-1]), np.sort(a.T)


#export sort_expr(float64[], float64[])
def sort_expr(a, b):
    return np.sort(a * b - 1.0), np.argsort(a + b, kind="stable"), np.unique(np.floor(a * 3.0))


#export uniques(float64[])
#export uniques(int32[])
#export uniques(bool[])
def uniques(a):
    return np.unique(a)


#export uniques2(int64[:,:])
def uniques2(a):
    return np.unique(a)


#export bad_axis(float64[:,:], int)
def bad_axis(a, axis):
    return np.sort(a, axis=axis)


#check: sorts(np.array([3.5, -1.0, 2.25, np.nan, 0.5, np.inf, -np.inf, 7.0, np.nan, 1e-300]))
#check: sorts(np.sin(np.arange(1000.0)) * 100.0)
#check: sorts(np.array([], dtype=np.float64))
#check: sorts(np.array([5, -3, 9, 0, -3, 2147483647, -2147483648, 5], dtype=np.int32))
#check: sorts(np.array([200, 3, 255, 0, 17], dtype=np.uint8))
#check: sorts(np.array([True, False, True, False, False]))
#check: sorts(np.array([2.5, np.nan, -1.5, 0.25], dtype=np.float32))
#check: sorts(np.arange(20.0)[::-3])
#check: sorts2(np.array([[3.0, 1.0, 2.0], [9.0, -4.0, np.nan], [0.5, 0.25, 8.0]]))
#check: sorts2(np.arange(24, dtype=np.int64).reshape(4, 6) * 7 % 11)
#check: sorts2(np.zeros((0, 4)))
#check: sorts2(np.zeros((3, 0), dtype=np.int64))
#check: sorts3(np.cos(np.arange(60.0)).reshape(3, 4, 5))
#check: args(np.array([3.5, -1.0, 2.25, np.nan, 0.5, np.inf, -np.inf, 7.0]))
#check: args(np.cos(np.arange(500.0)))
#check: args(np.array([], dtype=np.float64))
#check: args(np.array([9, -2, 4, 100, -300, 7], dtype=np.int16))
#check: args_stable(np.array([3, 1, 3, 1, 2, 2, 3, 0, 1], dtype=np.int64))
#check: args_stable(np.arange(100, dtype=np.int64) % 7)
#check: args2(np.array([[3.0, 1.0, 2.0], [9.0, -4.0, 0.0], [0.5, 0.25, 8.0], [1.5, 6.0, -2.0]]))
#check: in_place(np.cos(np.arange(12.0)).reshape(3, 4), 0)
#check: in_place(np.cos(np.arange(12.0)).reshape(3, 4), -1)
#check: in_place(np.cos(np.arange(12.0)).reshape(3, 4), 1)
#check: sort_view(np.sin(np.arange(20.0)).reshape(5, 4))
#check: sort_expr(np.linspace(-2.0, 3.0, 11), np.cos(np.arange(11.0)))
#check: uniques(np.array([3.0, 1.0, 3.0, np.nan, 2.0, 1.0, np.nan, -5.0]))
#check: uniques(np.array([], dtype=np.float64))
#check: uniques(np.array([4, 4, 4, -1, 9, 0, 9], dtype=np.int32))
#check: uniques(np.array([True, True, False]))
#check: uniques(np.array([True, True]))
#check: uniques2(np.array([[5, 1, 5], [2, 1, 7]], dtype=np.int64))
#check: bad_axis(np.ones((2, 3)), 1)
#check: bad_axis(np.ones((2, 3)), 2)
#check: bad_axis(np.ones((2, 3)), -3)
