# RUN: %difftest %s
# Whole-array sum/mean/var/std in numpy's order. numpy sums an array's items in its iteration
# order (axes by decreasing stride: memory order for F-ordered and transposed arrays), copied
# into 8192-item chunks when they are not one contiguous run, each chunk summed pairwise and
# the chunks added in sequence; sums and means here must be the same bits. The var/std checks
# are True on the CPython side by construction and on pyxc's side only within the ulps given. var/std read
# memory once yet reproduce numpy's two passes (m = mean, then the sum of (x - m)**2) to an
# ulp or two: an accurate one-pass algorithm is often 5-10 ulps from numpy at these sizes.
import numpy as np

#export total(float64[])
#export total(float64[:,:])
#export total(float32[:,:])
def total(a):
    return np.sum(a), np.mean(a), a.sum()


#export spread(float64[])
#export spread(float64[:,:])
#export spread(float32[])
#export spread(int64[])
def spread(a):
    return np.var(a), np.std(a), np.var(a, ddof=1), a.std(ddof=1)


#export spread3(float64[:,:,:])
def spread3(a):
    return np.var(a), np.std(a)


#check: total(np.random.default_rng(1).standard_normal((1001, 999)).T)
#check: total(np.random.default_rng(2).standard_normal((3000, 1000))[:, 100:900])
#check: total(np.random.default_rng(2).standard_normal((1000, 3000))[:, ::3].T)
#check: total(np.random.default_rng(1).standard_normal((100000, 30))[:, :20])
#check: total(np.random.default_rng(3).standard_normal(1_000_003)[::-1])
#check: total(np.random.default_rng(3).standard_normal(1_000_003)[::3])
#check: total(np.random.default_rng(4).standard_normal((700, 900)).astype(np.float32).T)
#check: total(np.zeros((0, 5)))
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(0).standard_normal(10**7))
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(5).normal(1e3, 1.0, 4_000_037))
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(2).normal(5, 3, (2000, 3001)))
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(2).normal(5, 3, (2000, 3001)).T)
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(6).standard_normal((3000, 1000))[:, 100:900])
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(3).standard_normal(6_000_000)[::3])
#check: (lambda x: all(abs(g - w) <= 1 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(4).standard_normal(3_000_000).astype(np.float32))
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread(x), (np.var(x), np.std(x), np.var(x, ddof=1), np.std(x, ddof=1)))))(np.random.default_rng(5).integers(-10**9, 10**9, 2_000_000))
#check: spread(np.arange(20000.0))
#check: spread(np.array([2.5]))
#check: (lambda x: all(abs(g - w) <= 2 * np.spacing(w) for g, w in zip(spread3(x), (np.var(x), np.std(x)))))(np.random.default_rng(7).standard_normal((40, 50, 600)).transpose(2, 0, 1))
