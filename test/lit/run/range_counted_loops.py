# RUN: %difftest %s
# for-loops over range(stop) and range(start, stop) (counted C++ loops): empty and negative
# ranges, the ends of the int64 range, stop evaluated once, the body rebinding the loop
# variable or the stop's variable, break/continue/else, nested loops indexing arrays.
import numpy as np


#export sums(int, int)
def sums(a, b):
    s = 0
    for i in range(a):
        s += i
    for j in range(a, b):
        s += 3 * j
    return s


#export ends(int)
def ends(n):
    out = []
    for i in range(9223372036854775807 - n, 9223372036854775807):
        out.append(i)
    for j in range(-9223372036854775807 - 1, -9223372036854775807 - 1 + n):
        out.append(j)
    return out


#export rebinds(int)
def rebinds(n):
    out = []
    for i in range(n):
        i = i * 10
        n = n - 1
        out.append(i)
    return out, n


#export control(int)
def control(n):
    out = []
    for i in range(n):
        if i == 2:
            continue
        if i == 5:
            break
        out.append(i)
    else:
        out.append(-1)
    return out


#export trace(float64[:,:])
def trace(a):
    s = 0.0
    for i in range(a.shape[0]):
        for j in range(i, a.shape[1]):
            s += a[i, j] * (i + 1)
    return s


#export overrun(float64[:,:])
def overrun(a):
    s = 0.0
    for i in range(1, a.shape[0] + 1):
        s += a[i, 0]
    return s


#check: sums(5, 9)
#check: sums(0, 0)
#check: sums(-3, -7)
#check: sums(4, 2)
#check: ends(3)
#check: ends(0)
#check: rebinds(4)
#check: rebinds(0)
#check: control(8)
#check: control(4)
#check: control(0)
#check: trace(np.arange(12.0).reshape(3, 4))
#check: trace(np.arange(12.0).reshape(4, 3)[::-1])
#check: trace(np.zeros((0, 2)))
#check: overrun(np.ones((3, 2)))
