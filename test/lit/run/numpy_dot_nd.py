# RUN: %difftest %s
# np.dot and `@` with operands of more than 2 dimensions. `@` (np.matmul) broadcasts stacks of
# matrices over the leading axes (a 1-d operand is a vector whose axis goes away); np.dot sums
# over the last axis of a and the second-to-last axis of b. Products of small integers are exact
# in float64, so the values agree bit for bit; numpy's ValueErrors (core dimension, remapped
# broadcast, "not aligned") agree word for word.
import numpy as np


#export mm(float64[:, :, :], float64[:, :, :])
#export mm(float64[:, :, :], float64[:, :])
#export mm(float64[:, :], float64[:, :, :])
#export mm(float64[:, :, :, :], float64[:, :, :])
#export mm(float64[:, :, :], float64[])
#export mm(float64[], float64[:, :, :])
def mm(a, b):
    return a @ b, np.matmul(a, b)


#export mm_int(int32[:, :, :], int8[:, :])
def mm_int(a, b):
    return a @ b


#export mm_f32(float32[:, :, :], float32[:, :, :])
def mm_f32(a, b):
    return a @ b


#export dt(float64[:, :, :], float64[:, :])
#export dt(float64[:, :, :], float64[:, :, :])
#export dt(float64[:, :, :], float64[])
#export dt(float64[], float64[:, :, :])
#export dt(float64[:, :], float64[:, :, :])
#export dt(float64[:, :, :, :], float64[:, :, :])
def dt(a, b):
    return np.dot(a, b), a.dot(b)


#export dt_int(int64[:, :, :], int64[:, :, :])
def dt_int(a, b):
    return np.dot(a, b)


#export dt_expr(float64[:, :, :], float64[:, :])
def dt_expr(a, b):
    return np.dot(a * 2.0, b + 1.0), (a - 1.0) @ b


#export mm_rand(int, int, int, int, int)
def mm_rand(seed, s, n, k, m):
    np.random.seed(seed)
    a = np.random.rand(s, n, k)
    b = np.random.rand(k, m)
    c = np.random.rand(s, k, m)
    return a @ b, a @ c, np.dot(a, b)


#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(40.0).reshape(2, 4, 5) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(20.0).reshape(1, 4, 5) - 5))
#check: mm((np.arange(12.0).reshape(1, 3, 4) - 5), (np.arange(24.0).reshape(3, 4, 2) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(20.0).reshape(4, 5) - 5))
#check: mm((np.arange(12.0).reshape(3, 4) - 5), (np.arange(40.0).reshape(2, 4, 5) - 5))
#check: mm((np.arange(18.0).reshape(3, 1, 2, 3) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(4.0).reshape(4) - 5))
#check: mm((np.arange(3.0).reshape(3) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(60.0).reshape(3, 4, 5) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(120.0).reshape(4, 5, 6) - 5))
#check: mm((np.arange(36.0).reshape(3, 2, 2, 3) - 5), (np.arange(48.0).reshape(4, 3, 4) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(5.0).reshape(5) - 5))
#check: mm((np.arange(4.0).reshape(4) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: mm((np.arange(0.0).reshape(0, 3, 4) - 5), (np.arange(8.0).reshape(4, 2) - 5))
#check: mm((np.arange(0.0).reshape(2, 3, 0) - 5), (np.arange(0.0).reshape(2, 0, 2) - 5))
#check: mm((np.arange(24.0).reshape(2, 3, 4) - 5)[:, ::-1, ::2], (np.arange(20.0).reshape(2, 5, 2) - 5).transpose(0, 2, 1))
#check: mm(np.asfortranarray((np.arange(24.0).reshape(2, 3, 4) - 5)), (np.arange(8.0).reshape(4, 2) - 5))
#check: mm_int(np.arange(24, dtype=np.int32).reshape(2, 3, 4), np.arange(8, dtype=np.int8).reshape(4, 2))
#check: mm_f32((np.arange(12.0).reshape(2, 2, 3) - 5).astype(np.float32), (np.arange(12.0).reshape(2, 3, 2) - 5).astype(np.float32))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(20.0).reshape(4, 5) - 5))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(30.0).reshape(5, 6) - 5))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(140.0).reshape(7, 4, 5) - 5))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(175.0).reshape(7, 5, 5) - 5))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(4.0).reshape(4) - 5))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(5.0).reshape(5) - 5))
#check: dt((np.arange(3.0).reshape(3) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: dt((np.arange(4.0).reshape(4) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: dt((np.arange(18.0).reshape(6, 3) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: dt((np.arange(12.0).reshape(6, 2) - 5), (np.arange(24.0).reshape(2, 3, 4) - 5))
#check: dt((np.arange(24.0).reshape(2, 1, 3, 4) - 5), (np.arange(24.0).reshape(2, 4, 3) - 5))
#check: dt((np.arange(24.0).reshape(2, 3, 4) - 5)[::-1, :, ::3], (np.arange(20.0).reshape(2, 2, 5) - 5)[:, :, ::2])
#check: dt((np.arange(0.0).reshape(0, 3, 4) - 5), (np.arange(20.0).reshape(4, 5) - 5))
#check: dt_int(np.arange(24).reshape(2, 3, 4), np.arange(40).reshape(2, 4, 5))
#check: dt_expr((np.arange(24.0).reshape(2, 3, 4) - 5), (np.arange(20.0).reshape(4, 5) - 5))
#check-approx: mm_rand(0, 3, 5, 7, 4)
#check-approx: mm_rand(1, 2, 40, 30, 20)
