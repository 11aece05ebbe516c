# RUN: %difftest %s
# numpy's 0-d arrays: np.array/np.asarray of a scalar and indices with `...` that consume every axis
# return 0-d arrays (views where numpy's are); x[()] reads and writes the element; reductions
# to one value return numpy scalars, which come back as Python scalars (README).
import numpy as np

#export make(float)
def make(x):
    return np.array(x)

#export make_i(int)
def make_i(n):
    return np.asarray(n)

#export make_f32(float)
def make_f32(x):
    return np.array(x, dtype=np.float32)

#export elem(float64[])
def elem(a):
    return a[0, ...]

#export last_elem(int32[:, :])
def last_elem(a):
    return a[1, ..., -1]

#export value(float)
def value(x):
    z = np.array(x)
    return z[()] * 2.0

#export info(float64[])
def info(a):
    z = a[0, ...]
    return z.shape, z.ndim, z.size

#export write(float64[])
def write(a):
    z = a[1, ...]
    z[()] = 7.5
    return a

#export write_all(float64[])
def write_all(a):
    z = a[1, ...]
    z[...] = -1.0
    w = z[...]
    return w, a

#export reductions(float64[], float64[:, :])
def reductions(a, m):
    return np.sum(a, axis=0), np.max(a, axis=0), m.sum(), a.mean()

#check: make(2.5)
#check: make(-0.0)
#check: make_i(7)
#check: make_f32(0.1)
#check: elem(np.array([1.5, 2.5]))
#check: elem(np.array([]))
#check: last_elem(np.arange(6, dtype=np.int32).reshape(2, 3))
#check: last_elem(np.arange(3, dtype=np.int32).reshape(1, 3))
#check: value(1.25)
#check: info(np.array([4.0]))
#check: write(np.array([1.0, 2.0, 3.0]))
#check: write(np.array([1.0]))
#check: write_all(np.array([1.0, 2.0, 3.0]))
#check: write_all(np.array([1.0, 2.0, 3.0])[::-1])
#check: reductions(np.array([3.0, 1.0, 2.0]), np.ones((2, 2)))
#check: (lambda a: (elem(a).__setitem__((), 9.0), a)[1])(np.array([1.0, 2.0]))
