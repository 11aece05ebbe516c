# RUN: %difftest %s
# ndarray indexing and views: a[i], a[i, j], negative indices and numpy's IndexError, basic
# slices (views: writes through them reach the caller's array), shape/ndim/size/T, reshape,
# ravel/flatten, copy, astype, len, iteration over the first axis, in-place operators.
import numpy as np


#export item(float64[], int)
#export item(float64[:,:], int)
def item(a, i):
    return a[i]


#export item2(float64[:,:], int, int)
#export item2(int32[:,:], int, int)
def item2(a, i, j):
    return a[i, j]


#export slices(float64[])
def slices(a):
    return a[1:-1], a[::2], a[::-1], a[-3:], a[5:2], a[1:100], a[-100:2]


#export slices2(float64[:,:])
def slices2(a):
    return a[1:-1, ::2], a[:, 1], a[1], a[::-1, ::-1], a[1:, :2].T, a.T[0]


#export attributes(float64[:,:])
#export attributes(int8[:])
def attributes(a):
    return a.shape, a.ndim, a.size, len(a), np.shape(a), np.ndim(a), np.size(a)


#export set_item(float64[:,:], int, int, float)
def set_item(a, i, j, v):
    a[i, j] = v
    return a


#export set_slice(float64[:,:])
def set_slice(a):
    a[0] = 7.0
    a[1:, 1:] = a[:-1, :-1] * 10.0
    a[:, 0] += 0.5
    return a


#export shift(float64[])
def shift(a):
    a[1:] = a[:-1]
    return a


#export in_place(float64[], float64[])
def in_place(a, b):
    c = a
    a += b
    a *= 2.0
    a -= 1.0
    a /= 4.0
    return c


#export in_place_int(int64[])
def in_place_int(a):
    a += 3
    a //= 2
    a %= 5
    return a


#export rebind(float64[])
def rebind(a):
    b = a
    a = a + 1.0
    return a, b


#export reshapes(float64[])
def reshapes(a):
    m = a.reshape((2, -1))
    v = a.reshape(3, 2)
    return m, v, m.ravel(), m.T.ravel(), m.flatten(), np.reshape(a, (3, 2)), np.ravel(m), np.transpose(m)


#export reshape_bad(float64[])
def reshape_bad(a):
    return a.reshape((4, 2))


#export copies(float64[:,:])
def copies(a):
    b = a.copy()
    b[0, 0] = -1.0
    c = np.copy(a)
    return a, b, c, a.astype(np.int32), a.astype(int), (a > 2).astype(np.float64), a.astype(np.float32)


#export rows(float64[:,:])
def rows(a):
    total = 0.0
    out = []
    for row in a:
        out.append(float(np.sum(row)))
        for x in row:
            total += x
    return total, out


#export view_writes(float64[:,:])
def view_writes(a):
    v = a[::2, 1:]
    v *= -1.0
    return v


#export negative_strides(float64[:])
def negative_strides(a):
    a[0] = 100.0
    return a


#check: item(np.arange(5.0), 2)
#check: item(np.arange(5.0), -1)
#check: item(np.arange(5.0), 5)
#check: item(np.arange(5.0), -6)
#check: item(np.arange(6.0).reshape(2, 3), 1)
#check: item(np.arange(6.0).reshape(2, 3), -3)
#check: item2(np.arange(6.0).reshape(2, 3), 1, -1)
#check: item2(np.arange(6.0).reshape(2, 3), 1, 3)
#check: item2(np.arange(6, dtype=np.int32).reshape(2, 3), -2, 0)
#check: slices(np.arange(8.0))
#check: slices(np.zeros(0))
#check: slices2(np.arange(20.0).reshape(4, 5))
#check: attributes(np.zeros((3, 4)))
#check: attributes(np.zeros(7, dtype=np.int8))
#check: set_item(np.zeros((2, 3)), 1, 2, 5.5)
#check: set_item(np.zeros((2, 3)), -1, -3, 5.5)
#check: set_item(np.zeros((2, 3)), 2, 0, 5.5)
#check: set_slice(np.arange(12.0).reshape(3, 4))
#check: shift(np.arange(6.0))
#check: in_place(np.arange(4.0), np.ones(4))
#check: in_place(np.arange(4.0), np.ones(3))
#check: in_place_int(np.array([1, 8, -9, 20]))
#check: rebind(np.arange(3.0))
#check: reshapes(np.arange(6.0))
#check: reshape_bad(np.arange(6.0))
#check: copies(np.array([[1.5, 2.5], [3.5, -4.5]]))
#check: rows(np.arange(6.0).reshape(3, 2))
#check: rows(np.zeros((0, 2)))
#check: view_writes(np.arange(12.0).reshape(3, 4))
# Mutations through views and in-place operators reach the caller's array (zero-copy arguments).
#check: (lambda a: (view_writes(a), a)[1])(np.arange(12.0).reshape(3, 4))
#check: (lambda a: (in_place(a, np.ones(4)), a)[1])(np.arange(4.0))
#check: (lambda a: (negative_strides(a[::-2]), a)[1])(np.arange(6.0))
#check: (lambda a: (set_item(a[1:, ::-1], 0, 0, 9.0), a)[1])(np.zeros((3, 3)))
# A returned array shares memory with the argument it views (no copy).
#check: (lambda a: np.shares_memory(slices(a)[1], a))(np.arange(8.0))
#check: (lambda a: (slices(a)[2].__setitem__(0, -5.0), a)[1])(np.arange(4.0))


#export masked(float64[:,:], float)
def masked(a, t):
    picked = a[a > t]
    a[a < 0] = 0.0
    a[a > 2 * t] += 100.0
    return picked, a


#export mask_values(float64[], bool[], float64[])
def mask_values(a, m, v):
    a[m] = v
    return a


#export gather(float64[], int64[])
def gather(a, idx):
    b = a[idx]
    a[idx] = -1.0
    a[idx[:1]] += 0.5
    return b, a


#check: masked(np.array([[1.0, -2.0, 3.0], [4.0, -5.0, 0.5]]), 1.0)
#check: masked(np.zeros((0, 2)), 1.0)
#check: mask_values(np.arange(4.0), np.array([True, False, True, False]), np.array([7.0, 8.0]))
#check: mask_values(np.arange(4.0), np.array([True, False, True, False]), np.array([7.0]))
#check: mask_values(np.arange(4.0), np.array([True, False, True, False]), np.array([7.0, 8.0, 9.0]))
#check: mask_values(np.arange(4.0), np.array([True, False, True]), np.array([7.0]))
#check: gather(np.arange(5.0), np.array([4, -1, 0]))
#check: gather(np.arange(5.0), np.array([5]))
