# RUN: %difftest %s
# np.random.randint with integer array bounds: low and high broadcast together (and against
# `size=` when given), one masked draw per item of the result in C order, bit for bit numpy's
# legacy RandomState after np.random.seed(n) (32-bit draws for ranges below 2**32, 64-bit
# above, as numpy's random_bounded_uint64); bounds checked on every element first ("low >=
# high", "high <= 0" when every low is 0), numpy's broadcasting ValueErrors.
import numpy as np


#export low_array(int, int64[])
#export low_array(int, int32[:, :])
def low_array(n, low):
    np.random.seed(n)
    return np.random.randint(low, 200), np.random.randint(low, 2**40), np.random.randint(5)


#export high_array(int, int64[])
#export high_array(int, uint8[])
#export high_array(int, int8[])
def high_array(n, high):
    np.random.seed(n)
    return np.random.randint(high), np.random.randint(-3, high), np.random.randint(low=1, high=high + 1)


#export both(int, int64[], int64[:, :])
def both(n, low, high):
    np.random.seed(n)
    return np.random.randint(low, high), np.random.randint(high, high + 1)


#export sized(int, int64[], int)
def sized(n, low, high):
    np.random.seed(n)
    return np.random.randint(low, high, size=(3, len(low))), np.random.randint(low, high, (2, 2, 1)), np.random.randint(low, high, 0)


#export sized_1d(int, int64[], int)
def sized_1d(n, low, high):
    np.random.seed(n)
    return np.random.randint(low, high, size=3)


#export wide(int, int64[])
def wide(n, low):
    np.random.seed(n)
    return np.random.randint(low, 2**62), np.random.randint(low, low + 2**32), np.random.randint(low, low + 1)


#check: low_array(1, np.array([0, 10, 100]))
#check: low_array(7, np.array([[0, 10], [-50, 199]], dtype=np.int32))
#check: low_array(3, np.array([], dtype=np.int64))
#check: low_array(1, np.array([0, 200]))
#check: high_array(1, np.array([5, 50, 1]))
#check: high_array(2, np.array([1, 255], dtype=np.uint8))
#check: high_array(1, np.array([0, 5]))
#check: high_array(1, np.array([-1, 5]))
#check: high_array(6, np.array([-128, 5], dtype=np.int8))
#check: both(5, np.array([1, 2, 3]), np.array([[4, 5, 6], [10, 20, 30]]))
#check: both(5, np.array([1, 2]), np.array([[3], [4]]))
#check: both(5, np.array([1, 2]), np.array([[3, 4, 5]]))
#check: both(5, np.array([7, 2]), np.array([[3, 4]]))
#check: sized(11, np.array([1, 2]), 5)
#check: sized(11, np.array([0, 0]), 0)
#check: sized_1d(4, np.array([1]), 9)
#check: sized_1d(4, np.array([1, 2]), 9)
#check: wide(9, np.array([0, -2**62, 2**40]))
