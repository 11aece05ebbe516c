# RUN: %difftest %s
# np.newaxis / None and `...` in array indices: new axes of length 1 (views, broadcasting
# against them), the ellipsis standing for the axes the other items leave, in any position,
# in reads and in stores.
import numpy as np


#export outer(float64[], float64[])
def outer(x, y):
    return x[:, np.newaxis] * y[np.newaxis, :]


#export column(float64[])
def column(x):
    return x[:, None], x[None], x[None, :, None], x[..., None], x[None, ...]


#export pairwise(float64[:,:])
def pairwise(p):
    d = p[:, None, :] - p[None, :, :]
    return np.sqrt(np.sum(d * d, axis=2))


#export ellipsis_positions(float64[:,:,:])
def ellipsis_positions(a):
    return a[..., 0], a[0, ...], a[1, ..., 2], a[...], a[..., 1:, None], a[:, ..., -1], a[None, ..., 0, :]


#export store(float64[:,:])
def store(a):
    a[..., 0] = 7.0
    a[1, ...] = -1.0
    a[:, None][0, 0, 1] = 5.0
    return a


#export shapes(float64[:,:])
def shapes(a):
    return a[None].shape, a[:, None].shape, a[..., None, None].shape, a[..., None].ndim


#export scalar_via_index(float64[:,:])
def scalar_via_index(a):
    return a[1, 2] + a[..., 1][0]


#check: outer(np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0]))
#check: outer(np.zeros(0), np.array([1.0]))
#check: column(np.array([1.5, -2.0, 3.25]))
#check: pairwise(np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]]))
#check: ellipsis_positions(np.arange(24.0).reshape(2, 3, 4))
#check: ellipsis_positions(np.arange(60.0).reshape(3, 4, 5)[:, ::-1, ::2])
#check: store(np.arange(12.0).reshape(3, 4))
#check: shapes(np.ones((2, 5)))
#check: scalar_via_index(np.arange(12.0).reshape(3, 4))
#check: ellipsis_positions(np.arange(6.0).reshape(1, 2, 3))
#check-exc-type: ellipsis_positions(np.arange(6.0).reshape(2, 3, 1))
