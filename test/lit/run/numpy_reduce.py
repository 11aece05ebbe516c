# RUN: %difftest %s
# numpy reductions: sum prod mean var std min max argmin argmax any all cumsum cumprod, whole
# array and along an axis, their dtypes, empty arrays. Float sums follow numpy's summation
# order, so they are compared exactly.
import numpy as np


#export sums(float64[])
#export sums(float32[])
#export sums(int32[])
#export sums(bool[])
#export sums(uint8[])
def sums(a):
    return np.sum(a), a.sum(), np.mean(a), a.mean(), np.prod(a[:5])


#export sums2(float64[:,:])
#export sums2(int64[:,:])
def sums2(a):
    return np.sum(a), np.sum(a, axis=0), np.sum(a, axis=1), a.sum(axis=-1), np.mean(a, axis=0), np.mean(a, 1)


#export extremes(float64[])
#export extremes(int16[])
def extremes(a):
    return np.min(a), np.max(a), a.min(), a.max(), np.argmin(a), np.argmax(a), a.argmax()


#export extremes2(float64[:,:])
def extremes2(a):
    return np.min(a, axis=0), np.max(a, axis=1), np.argmin(a, axis=1), np.argmax(a, axis=0), np.argmax(a)


#export moments(float64[])
#export moments(float32[])
#export moments(int64[])
def moments(a):
    return np.var(a), np.std(a), a.var(), a.std(), np.var(a, ddof=1), np.std(a, ddof=1)


#export moments2(float64[:,:])
def moments2(a):
    return np.var(a, axis=0), np.std(a, axis=1), np.var(a, axis=1, ddof=1)


#export truth(bool[])
#export truth(float64[])
def truth(a):
    return np.any(a), np.all(a), a.any(), a.all()


#export truth2(bool[:,:])
def truth2(a):
    return np.any(a, axis=0), np.all(a, axis=1)


#export cumulative(float64[])
#export cumulative(int32[])
#export cumulative(float64[:,:])
def cumulative(a):
    return np.cumsum(a), np.cumprod(a), a.cumsum()


#export fused_sum(float64[], float64[])
def fused_sum(a, b):
    return np.sum(a * b), np.sum((a - b) ** 2), np.mean(np.abs(a - b)), np.max(a + b), np.sum(a > b)


#export std_example(float64[])
def std_example(x):
    m = np.mean(x)
    return np.sqrt(np.mean((x - m) ** 2))


#check: sums(np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]))
#check: sums(np.linspace(-3.0, 7.0, 10001))
#check: sums(np.sin(np.arange(100003.0)) * 1e3)
#check: sums(np.arange(20000, dtype=np.float32) * np.float32(0.1))
#check: sums(np.arange(-50, 1000, dtype=np.int32))
#check: sums(np.array([True, False, True, True]))
#check: sums(np.array([200, 100, 7], dtype=np.uint8))
#check: sums(np.zeros(0))
#check: sums(np.arange(10.0)[::-3])
#check: sums2(np.arange(12.0).reshape(3, 4) * 0.1)
#check: sums2(np.sin(np.arange(3000.0)).reshape(30, 100))
#check: sums2(np.arange(12).reshape(3, 4))
#check: sums2(np.arange(12.0).reshape(3, 4).T)
#check: sums2(np.arange(12.0).reshape(3, 4)[:, ::-2])
#check: sums2(np.zeros((0, 3)))
#check: sums2(np.ones((2, 2)))
#check-exc-type: sums2(np.ones((2, 2))) if False else np.sum(np.ones((2, 2)), axis=2)
#check: extremes(np.array([3.0, -1.0, 7.5, 7.5, -1.0]))
#check: extremes(np.array([3.0, float("nan"), 7.5]))
#check: extremes(np.array([5, -300, 12], dtype=np.int16))
#check: extremes(np.zeros(0))
#check: extremes2(np.array([[1.0, 5.0, 2.0], [4.0, 0.0, 6.0]]))
#check: moments(np.array([1.0, 2.0, 3.0, 4.0]))
# var/std read memory once (blocked Chan merging): within a few ulps of numpy's two passes.
#check-approx: moments(np.random.default_rng(5).normal(3.0, 2.0, 10000))
#check: moments(np.arange(7, dtype=np.float32))
#check: moments(np.arange(-5, 17))
#check: moments(np.array([2.5]))
#check: moments2(np.arange(12.0).reshape(3, 4) ** 1.5)
#check: truth(np.array([False, False]))
#check: truth(np.array([True, True]))
#check: truth(np.array([0.0, 2.0]))
#check: truth(np.zeros(0, dtype=bool))
#check: truth2(np.array([[True, False], [True, True]]))
#check: cumulative(np.array([1.5, 2.0, -1.0, 0.25]))
#check: cumulative(np.array([1, 2, 3, 4], dtype=np.int32))
#check: cumulative(np.arange(1.0, 7.0).reshape(2, 3))
#check: fused_sum(np.linspace(0.0, 1.0, 1001), np.linspace(1.0, -1.0, 1001))
#check: fused_sum(np.ones(3), np.ones(2))
#check: std_example(np.array([1.0, 2.0, 4.0, 8.0]))
#check: std_example(np.random.default_rng(1).random(12345))
