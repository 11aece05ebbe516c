# RUN: %difftest %s
# np.unique(a, axis=k) of 1-d and 2-d arrays: the distinct rows (axis 0) or columns (axis 1),
# sorted lexicographically in numpy's order (NaN last), with return_index/inverse/counts as
# numpy 1.x gives them (first occurrences); slices holding NaN stay apart and 0.0 equals -0.0,
# as numpy's structured comparison has it; a bad axis is numpy's AxisError.
import numpy as np


#export rows(float64[:, :], int)
#export rows(int64[:, :], int)
#export rows(bool[:, :], int)
#export rows(complex128[:, :], int)
#export rows(float64[], int)
def rows(a, axis):
    return np.unique(a, axis=axis)


#export rows_all(float64[:, :], int)
#export rows_all(int32[:, :], int)
#export rows_all(float64[], int)
def rows_all(a, axis):
    return np.unique(a, return_index=True, return_inverse=True, return_counts=True, axis=axis)


#export rows_some(int64[:, :])
def rows_some(a):
    u, counts = np.unique(a, axis=0, return_counts=True)
    v, inv = np.unique(a.T, return_inverse=True, axis=1)
    return u, counts, v, inv, np.unique(a, axis=None)


#check: rows(np.array([[1.0, 2.0], [1.0, 2.0], [0.0, 5.0]]), 0)
#check: rows(np.array([[3, 1], [1, 2], [3, 1], [1, 0]]), 0)
#check: rows(np.array([[3, 1], [1, 2], [3, 1]]), 1)
#check: rows(np.array([[3, 1], [1, 2], [3, 1]]), -1)
#check: rows(np.array([[3, 1], [1, 2], [3, 1]]), -2)
#check: rows(np.array([[3, 1], [1, 2], [3, 1]]), 2)
#check: rows(np.array([[np.nan, 1.0], [np.nan, 1.0], [0.0, 5.0], [1.0, np.nan], [1.0, 2.0]]), 0)
#check: rows(np.array([[0.0, 1.0], [-0.0, 1.0]]), 0)
#check: rows(np.array([[-0.0, 1.0], [0.0, 1.0]]), 0)
#check: rows(np.empty((0, 3)), 0)
#check: rows(np.empty((3, 0)), 0)
#check: rows(np.empty((3, 0)), 1)
#check: rows(np.array([[True, False], [False, True], [True, False]]), 0)
#check: rows(np.array([[1 + 2j, 0], [1 + 1j, 0], [1 + 2j, 0]]), 0)
#check: rows(np.array([np.nan, 1.0, np.nan, 1.0]), 0)
#check: rows(np.array([3.0, 1.0]), 1)
#check: rows(np.arange(12.0).reshape(3, 4)[::-1, ::2] % 4, 0)
#check: rows(np.asfortranarray(np.array([[2.0, 1.0], [2.0, 1.0], [1.0, 9.0]])), 0)
#check: rows_all(np.array([[3.0, 1.0], [1.0, 2.0], [3.0, 1.0]]), 0)
#check: rows_all(np.array([[3, 1, 3], [1, 2, 1]], dtype=np.int32), 1)
#check: rows_all(np.empty((3, 0)), 0)
#check: rows_all(np.empty((0, 2)), 1)
#check: rows_all(np.array([np.nan, 1.0, np.nan]), 0)
#check: rows_some(np.array([[5, 5], [1, 7], [5, 5], [0, 0]]))
