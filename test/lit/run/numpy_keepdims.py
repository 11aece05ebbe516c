# RUN: %difftest %s
# keepdims=True for sum prod mean var std min max any all argmin argmax: the reduced axes stay
# as extents of 1 (whole array and along an axis), so results broadcast against the input.
import numpy as np


#export keep2(float64[:,:])
def keep2(a):
    return (np.sum(a, axis=0, keepdims=True), np.sum(a, axis=1, keepdims=True), np.sum(a, keepdims=True),
            a.mean(axis=-1, keepdims=True), np.prod(a, axis=0, keepdims=True), np.var(a, axis=1, keepdims=True),
            np.std(a, axis=0, ddof=1, keepdims=True), np.min(a, axis=1, keepdims=True), a.max(keepdims=True),
            np.argmin(a, axis=0, keepdims=True), np.argmax(a, axis=1, keepdims=True), np.argmax(a, keepdims=True),
            np.mean(a, keepdims=True), np.sum(a, axis=0, keepdims=False))


# whole-array var/std read memory once (a few ulps from numpy's two passes)
#export keep_moments(float64[:,:])
def keep_moments(a):
    return np.std(a, keepdims=True), np.var(a, keepdims=True), np.var(a, ddof=1, keepdims=True)


#export keep1(float64[])
#export keep1(int32[])
def keep1(a):
    return np.sum(a, keepdims=True), np.max(a, keepdims=True), np.mean(a, axis=0, keepdims=True), np.argmin(a, keepdims=True)


#export keep_bool(bool[:,:])
def keep_bool(a):
    return np.any(a, axis=0, keepdims=True), np.all(a, axis=1, keepdims=True), a.any(keepdims=True), np.sum(a, 1, keepdims=True)


#export keep3(float64[:,:,:])
def keep3(a):
    return np.sum(a, axis=1, keepdims=True), np.max(a, axis=-1, keepdims=True), np.mean(a, keepdims=True)


#export normalize(float64[:,:])
def normalize(x):
    # the idiom keepdims is for: broadcasting the reduction back against the rows
    return (x - x.mean(axis=1, keepdims=True)) / x.std(axis=1, keepdims=True), x / np.sum(x, axis=0, keepdims=True)


#export bad_axis(float64[:,:], int)
def bad_axis(a, axis):
    # numpy's AxisError (a ValueError and an IndexError) for reductions, with or without keepdims
    caught = ""
    try:
        np.sum(a, axis=axis)
    except IndexError:
        caught = "IndexError"
    try:
        np.max(a, axis=axis, keepdims=True)
    except ValueError:
        caught += " / ValueError"
    return caught


#export min_keep(float64[:,:], int)
def min_keep(a, axis):
    return np.min(a, axis=axis, keepdims=True)


#export empty_max(float64[:,:])
def empty_max(a):
    return np.max(a, axis=1, keepdims=True)


#check: keep2(np.cos(np.arange(12.0)).reshape(3, 4))
#check: keep2(np.cos(np.arange(12.0)).reshape(4, 3)[::-1, 1:])
#check-approx: keep_moments(np.cos(np.arange(12.0)).reshape(4, 3)[::-1, 1:])
#check: keep1(np.array([3.0, -1.0, 7.5]))
#check: keep1(np.array([3, -1, 7], dtype=np.int32))
#check: keep_bool(np.array([[True, False, True], [False, False, True]]))
#check: keep3(np.sin(np.arange(24.0)).reshape(2, 3, 4))
#check: normalize(np.cos(np.arange(20.0)).reshape(4, 5) + 2.0)
#check: bad_axis(np.ones((2, 3)), 2)
#check: bad_axis(np.ones((2, 3)), -3)
#check: min_keep(np.ones((2, 3)), 2)
#check: min_keep(np.ones((2, 3)), -1)
#check: empty_max(np.zeros((3, 0)))
#check: empty_max(np.zeros((0, 3)))
