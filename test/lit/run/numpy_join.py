# RUN: %difftest %s
# np.concatenate, np.stack, np.vstack, np.hstack: tuples and lists of arrays, axis= (negative,
# None), numpy's dtype promotion, views, empty parts, and numpy's ValueError on a shape mismatch.
import numpy as np


#export cat1(float64[], float64[])
def cat1(a, b):
    return np.concatenate((a, b)), np.concatenate([a, b, a]), np.concatenate((a,)), np.concatenate((a, b), axis=0)


#export cat_mixed(int32[], float64[], bool[])
def cat_mixed(a, b, c):
    return np.concatenate((a, c)), np.concatenate((a, b)), np.concatenate((c, c)), np.hstack((a, b, c))


#export cat2(float64[:,:], float64[:,:])
def cat2(a, b):
    return np.concatenate((a, b)), np.concatenate((a, b), axis=1), np.concatenate((a, b), -1), np.concatenate((a, b), axis=None)


#export cat_views(float64[:,:])
def cat_views(a):
    return np.concatenate((a[::2], a[1::2, ::-1])), np.concatenate((a.T, a.T), axis=1), np.concatenate((a * 2.0, a + 1.0))


#export cat_list(float64[], int)
def cat_list(a, n):
    parts = [a * float(i) for i in range(n)]
    return np.concatenate(parts), np.vstack(parts), np.hstack(parts), np.stack(parts), np.stack(parts, axis=1)


#export cat_tuple(float64[], float64[])
def cat_tuple(a, b):
    t = (a, b)
    return np.concatenate(t), np.stack(t), np.vstack(t), np.hstack(t)


#export stacks(float64[], float64[])
def stacks(a, b):
    return np.stack((a, b)), np.stack((a, b), axis=1), np.stack([a, b, a], axis=-1), np.vstack((a, b)), np.hstack((a, b))


#export stacks2(int64[:,:], int64[:,:])
def stacks2(a, b):
    return np.stack((a, b)), np.stack((a, b), axis=2), np.stack((a, b), axis=-2), np.vstack((a, b)), np.hstack((a, b))


#export vstack_mixed(float64[:,:], float64[])
def vstack_mixed(m, row):
    return np.vstack((m, row)), np.vstack((row, m, row))


#export bad_axis(float64[], float64[], int)
def bad_axis(a, b, axis):
    return np.stack((a, b), axis=axis)


#check: cat1(np.array([1.0, 2.0, 3.0]), np.array([-1.0, np.nan]))
#check: cat1(np.array([]), np.array([5.0]))
#check: cat1(np.array([]), np.array([]))
#check: cat_mixed(np.array([1, 2], dtype=np.int32), np.array([0.5]), np.array([True, False]))
#check: cat2(np.ones((2, 3)), np.arange(6.0).reshape(2, 3))
#check: cat2(np.ones((2, 3)), np.arange(9.0).reshape(3, 3))
#check: cat2(np.ones((2, 3)), np.arange(4.0).reshape(2, 2))
#check: cat2(np.ones((0, 3)), np.arange(6.0).reshape(2, 3))
#check: cat_views(np.arange(12.0).reshape(4, 3))
#check: cat_list(np.array([1.0, 2.0, 3.0]), 3)
#check: cat_list(np.array([1.0, 2.0]), 1)
#check: cat_list(np.array([1.0, 2.0]), 0)
#check: cat_tuple(np.array([1.0, 2.0]), np.array([3.0, 4.0]))
#check: cat_tuple(np.array([1.0, 2.0]), np.array([3.0]))
#check: stacks(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0, 6.0]))
#check: stacks(np.array([1.0, 2.0, 3.0]), np.array([4.0, 5.0]))
#check: stacks(np.array([]), np.array([]))
#check: stacks2(np.arange(6).reshape(2, 3), np.arange(6, 12).reshape(2, 3))
#check: stacks2(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2))
#check: vstack_mixed(np.arange(6.0).reshape(2, 3), np.array([7.0, 8.0, 9.0]))
#check: vstack_mixed(np.arange(6.0).reshape(2, 3), np.array([7.0, 8.0]))
#check: bad_axis(np.ones(2), np.zeros(2), -2)
#check: bad_axis(np.ones(2), np.zeros(2), 1)
#check: bad_axis(np.ones(2), np.zeros(2), 2)
#check: bad_axis(np.ones(2), np.zeros(2), -3)
