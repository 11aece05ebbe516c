# numpy without float products (test/lit/driver/blas_link.py): an integer `@` and a float sum.
import numpy as np


#export f(int64[:,:], float64[])
def f(a, x):
    return a @ a, np.sum(x)
