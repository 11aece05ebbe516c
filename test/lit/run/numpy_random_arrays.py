# RUN: %difftest %s
# np.random.normal and np.random.uniform with array parameters: broadcast against each other
# (and against `size=` when given), one draw per item of the result in C order, bit for bit
# numpy's legacy RandomState after np.random.seed(n); the constraints (scale >= 0, a finite
# range) are checked on every element before drawing, as numpy does.
import numpy as np


#export normal_loc(int, float64[])
#export normal_loc(int, int64[])
def normal_loc(n, mu):
    np.random.seed(n)
    return np.random.normal(mu, 2.0), np.random.normal(mu)


#export normal_both(int, float64[:, :], float64[])
def normal_both(n, mu, sigma):
    np.random.seed(n)
    first = np.random.normal(mu, sigma)
    return first, np.random.normal(loc=0.5, scale=sigma), np.random.randn()


#export normal_sized(int, float64[], float)
def normal_sized(n, mu, sigma):
    np.random.seed(n)
    return np.random.normal(mu, sigma, size=(2, len(mu))), np.random.normal(mu * 2.0, sigma, len(mu))


#export uniform_arrays(int, float64[], float64[])
#export uniform_arrays(int, float32[], int32[])
def uniform_arrays(n, low, high):
    np.random.seed(n)
    return np.random.uniform(low, high), np.random.uniform(low, 10.0), np.random.uniform(-1.0, high)


#export uniform_high(int, float64[:, :])
def uniform_high(n, high):
    np.random.seed(n)
    return np.random.uniform(high=high), np.random.uniform(0.0, high[::-1, :], size=(3, high.shape[0], high.shape[1]))


#export uniform_sized(int, float64[], int)
def uniform_sized(n, low, k):
    np.random.seed(n)
    return np.random.uniform(low, low + 1.0, size=k)


#export normal_sized_to(int, float64[:, :], int, int)
def normal_sized_to(n, mu, a, b):
    np.random.seed(n)
    return np.random.normal(mu, 1.0, size=(a, b))

#check: normal_loc(0, np.array([0.0, 10.0, -5.0]))
#check: normal_loc(3, np.array([1, 2, 3, 4, 5]))
#check: normal_loc(3, np.array([], dtype=np.float64))
#check: normal_loc(3, np.array([0.0, 10.0, -5.0, 1.0])[::-2])
#check: normal_both(1, np.arange(6.0).reshape(2, 3), np.array([1.0, 0.5, 0.25]))
#check: normal_both(1, np.arange(6.0).reshape(3, 2), np.array([1.0, 0.5, 0.25]))
#check: normal_both(1, np.arange(3.0).reshape(3, 1), np.array([1.0, 0.0, 2.0]))
#check: normal_both(1, np.arange(3.0).reshape(3, 1), np.array([1.0, -0.0, 2.0]))
#check: normal_both(1, np.arange(3.0).reshape(3, 1), np.array([1.0, np.nan, 2.0]))
#check: normal_sized(5, np.array([1.0, 2.0, 3.0]), 0.5)
#check: normal_sized(5, np.array([1.0, 2.0, 3.0]), -0.5)
#check: normal_sized_to(2, np.zeros((1, 3)), 4, 3)
#check: normal_sized_to(2, np.zeros((2, 3)), 4, 3)
#check: normal_sized_to(2, np.zeros((2, 3)), 2, 4)
#check: normal_sized_to(2, np.zeros((2, 3)), 3, 2)
#check: uniform_arrays(7, np.array([0.0, 1.0, 2.0]), np.array([1.0, 1.5, 4.0]))
#check: uniform_arrays(7, np.array([0.0, 1.0, 2.0]), np.array([1.0, 1.5]))
#check: uniform_arrays(7, np.array([0.0, 1.0], dtype=np.float32), np.array([3, -4], dtype=np.int32))
#check: uniform_arrays(7, np.array([0.0, 1.0]), np.array([1.0, np.inf]))
#check: uniform_arrays(7, np.array([0.0, np.nan]), np.array([1.0, 2.0]))
#check: uniform_high(9, np.array([[1.0, 2.0], [3.0, 4.0]]))
#check: uniform_sized(4, np.array([0.0, 100.0]), 2)
#check: uniform_sized(4, np.array([0.0, 100.0]), 3)
#check: uniform_sized(4, np.array([5.0]), 4)
