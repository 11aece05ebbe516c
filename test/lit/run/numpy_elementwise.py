# RUN: %difftest %s
# numpy elementwise operators and ufuncs: values, dtypes (numpy's promotion), broadcasting and
# its ValueError, scalars mixed with arrays, empty arrays. exp/log/sin/... come from libmvec, which
# differs from numpy's own SIMD versions in the last bits (up to 3 ulps): those checks are approx.
import numpy as np


#export add(float64[], float64[])
#export add(int64[], int64[])
#export add(int32[], float32[])
#export add(float64[:,:], float64[])
#export add(float64[:,:], float64[:,:])
def add(a, b):
    return a + b


#export arith(float64[], float64[])
#export arith(int64[], int64[])
def arith(a, b):
    return a - b, a * b, a / b, a * 2, 3 - a, -a, a ** 2


#export int_ops(int64[], int64[])
#export int_ops(int32[], int32[])
def int_ops(a, b):
    return a // b, a % b, a & b, a | b, a ^ b, ~a


#export float_div(float64[], float64[])
def float_div(a, b):
    return a // b, a % b


#export mixed_scalars(int32[], float)
#export mixed_scalars(float32[], int)
#export mixed_scalars(int8[], int)
def mixed_scalars(a, s):
    return a + s, a * s, s / (a + 1)


#export compare(float64[], float64[])
#export compare(int64[], float)
def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


#export fused(float64[:], float64[:], float64[:])
def fused(a, b, c):
    return np.sqrt(a * a + b * b) * c - np.exp(-a) / (1.0 + b * b)


#export ufuncs(float64[])
def ufuncs(x):
    return (np.sqrt(np.abs(x)), np.exp(x), np.log(np.abs(x) + 1.0), np.log10(np.abs(x) + 1.0),
            np.sin(x), np.cos(x), np.tan(x), np.floor(x), np.ceil(x), np.abs(x), abs(x))


#export binary_ufuncs(float64[], float64[])
def binary_ufuncs(x, y):
    return np.arctan2(x, y), np.hypot(x, y), np.minimum(x, y), np.maximum(x, y), np.power(np.abs(x), y)


#export int_ufuncs(int32[])
def int_ufuncs(x):
    return np.sqrt(x), np.abs(x), np.floor(x), np.minimum(x, 3), np.maximum(x, 2.5), np.square(x)


#export where_clip(float64[], float)
def where_clip(x, t):
    return np.where(x > t, x, 0.0), np.where(x > t, 1, 2), np.clip(x, -1.0, t), np.minimum(np.maximum(x, -t), t)


#export masks(float64[])
def masks(x):
    return (x > 0) & (x < 2), (x < 0) | (x > 2), ~(x > 1), np.logical_not(x > 1), np.isnan(x), np.isfinite(x)


#export complex_ops(complex128[], complex128[])
def complex_ops(a, b):
    return a + b, a * b, a / b, np.abs(a), np.conj(a), np.real(a), a * 2.0


#export int_pow(int64[], int64[])
def int_pow(a, b):
    return a ** b


#check: add(np.array([1.0, 2.5, -3.0]), np.array([0.5, 0.25, 3.0]))
#check: add(np.arange(5), np.arange(5) * 3)
#check: add(np.array([1, 2, 3], dtype=np.int32), np.array([0.5, 1.5, 2.5], dtype=np.float32))
#check: add(np.arange(6.0).reshape(2, 3), np.array([10.0, 20.0, 30.0]))
#check: add(np.arange(6.0).reshape(2, 3), np.ones((1, 3)))
#check: add(np.arange(6.0).reshape(2, 3), np.ones((2, 1)))
#check: add(np.arange(6.0).reshape(2, 3), np.ones((3, 2)))
#check: add(np.arange(3.0), np.arange(4.0))
#check: add(np.zeros(0), np.zeros(0))
#check: add(np.zeros(0), np.zeros(1))
#check: add(np.arange(6.0).reshape(2, 3)[:, ::-1], np.arange(6.0).reshape(2, 3).T.T)
#check: add(np.arange(12.0).reshape(3, 4)[::2, 1::2], np.arange(4.0)[::2])
#check: arith(np.array([1.0, -2.0, 3.5]), np.array([2.0, 0.5, -1.0]))
#check: arith(np.array([7, -8, 9]), np.array([2, 3, -4]))
#check: arith(np.array([1.0]), np.array([0.0]))
#check: int_ops(np.array([7, -7, 7, -7, 0]), np.array([2, 2, -2, -2, 3]))
#check: int_ops(np.array([7, -7, 5], dtype=np.int32), np.array([0, 3, -3], dtype=np.int32))
#check: float_div(np.array([7.0, -7.0, 7.0, -7.0, 1.0]), np.array([2.0, 2.0, -2.0, -2.0, 0.0]))
#check: mixed_scalars(np.array([1, 2, 3], dtype=np.int32), 0.5)
#check: mixed_scalars(np.array([1, 2, 3], dtype=np.float32), 2)
#check: mixed_scalars(np.array([1, 2, 100], dtype=np.int8), 2)
#check: compare(np.array([1.0, 2.0, float("nan")]), np.array([2.0, 2.0, 1.0]))
#check: compare(np.array([1, 2, 3]), 2.0)
#check-approx: fused(np.linspace(0.0, 1.0, 7), np.linspace(-1.0, 2.0, 7), np.arange(7.0))
#check: fused(np.ones(3), np.ones(4), np.ones(3))
#check-approx: ufuncs(np.array([-1.5, 0.0, 0.5, 2.0, 10.0]))
#check-approx: binary_ufuncs(np.array([1.0, -2.0, 0.0, float("nan")]), np.array([2.0, 1.5, -1.0, 1.0]))
#check: int_ufuncs(np.array([-3, 0, 4, 9], dtype=np.int32))
#check: where_clip(np.array([-2.0, -0.5, 0.5, 1.5, 3.0]), 1.0)
#check: masks(np.array([-1.0, 0.5, 1.5, 2.5, float("nan"), float("inf")]))
#check: complex_ops(np.array([1 + 2j, -3j, 2.5]), np.array([1j, 2 - 1j, -1]))
#check: int_pow(np.array([2, 3, -2, 0]), np.array([3, 0, 5, 2]))
#check: int_pow(np.array([2, 3]), np.array([1, -1]))
