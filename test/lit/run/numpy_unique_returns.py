# RUN: %difftest %s
# np.unique with return_index / return_inverse / return_counts (tuples in numpy's order, int64
# index arrays; index is each value's first occurrence, inverse covers the flattened input,
# NaNs are one value), and sorting complex arrays (real part, then imaginary, NaNs last).
import numpy as np


#export counts(float64[])
#export counts(int32[])
#export counts(bool[])
def counts(a):
    return np.unique(a, return_counts=True)


#export everything(float64[])
#export everything(int64[:, :])
#export everything(complex128[])
def everything(a):
    return np.unique(a, return_index=True, return_inverse=True, return_counts=True)


#export index_only(float64[])
def index_only(a):
    return np.unique(a, True)


#export inverse_only(int64[:, :])
def inverse_only(a):
    return np.unique(a, return_inverse=True)


#export index_inverse(float32[])
def index_inverse(a):
    values, first, inv = np.unique(a, return_index=True, return_inverse=True, return_counts=False)
    return values, first, inv, values[inv]


#export flags_off(float64[])
def flags_off(a):
    return np.unique(a, return_index=False, equal_nan=True)


#export sort_complex(complex128[])
#export sort_complex(complex64[])
#export sort_complex(complex128[:, :])
def sort_complex(a):
    return np.sort(a)


#export sort_complex_flat(complex128[:, :])
def sort_complex_flat(a):
    return np.sort(a, axis=None), np.sort(a, axis=0, kind="mergesort")


#export argsort_complex(complex128[])
def argsort_complex(a):
    return np.argsort(a, kind="stable")


#export sort_complex_inplace(complex128[])
def sort_complex_inplace(a):
    a.sort()
    return a


#export unique_complex(complex128[])
def unique_complex(a):
    return np.unique(a)

#check: counts(np.array([3.0, 1.0, 3.0, 2.0, 1.0, 3.0]))
#check: counts(np.array([2.0, np.nan, 1.0, np.nan, 2.0]))
#check: counts(np.array([-0.0, 0.0, 5.0]))
#check: counts(np.array([], dtype=np.float64))
#check: counts(np.array([5, -1, 5, 5, 7], dtype=np.int32))
#check: counts(np.array([True, False, True]))
#check: everything(np.array([3.0, 1.0, 3.0, 2.0, 1.0, 3.0]))
#check: everything(np.array([np.nan, 2.0, np.nan, 1.0, 2.0, np.inf, -np.inf]))
#check: everything(np.array([4.0]))
#check: everything(np.array([], dtype=np.float64))
#check: everything(np.array([[3, 1], [1, 2], [3, 3]]))
#check: everything(np.array([[3, 1], [1, 2], [3, 3]])[::-1, ::-1])
#check: everything(np.array([], dtype=np.int64).reshape(0, 3))
#check: everything(np.array([1 + 2j, 1 + 1j, 1 + 2j, 0 + 5j, 1 + 1j]))
#check: index_only(np.array([9.0, 9.0, 8.0, 9.0, 8.0]))
#check: index_only(np.array([9.0, 9.0, 8.0, 9.0, 8.0])[::2])
#check: inverse_only(np.array([[7, 7, 1], [0, 1, 7]]))
#check: index_inverse(np.array([0.5, 0.25, 0.5, 0.125], dtype=np.float32))
#check: flags_off(np.array([2.0, 1.0, 2.0]))
#check: sort_complex(np.array([1 + 2j, 1 + 1j, -1 + 5j, 0j, 1 - 3j]))
#check: sort_complex(np.array([complex(np.nan, 0), 1 + 1j, complex(1, np.nan), complex(np.nan, np.nan), 2 + 0j, complex(np.nan, -1)]))
#check: sort_complex(np.array([3 + 1j, 3 - 1j, 2 + 0j], dtype=np.complex64))
#check: sort_complex(np.array([[2 + 1j, 2 - 1j, 1j], [0j, -1 + 0j, 5 + 5j]]))
#check: sort_complex(np.array([], dtype=np.complex128))
#check: sort_complex_flat(np.array([[2 + 1j, 2 - 1j, 1j], [0j, -1 + 0j, 5 + 5j]]))
#check: sort_complex_flat(np.array([[2 + 1j, 2 - 1j, 1j], [0j, -1 + 0j, 5 + 5j]]).T)
#check: argsort_complex(np.array([1 + 2j, 1 + 1j, -1 + 5j, 1 + 1j, complex(np.nan, 0), 1 - 3j]))
#check: sort_complex_inplace(np.array([1 + 2j, 1 + 1j, -1 + 5j, 1 - 3j]))
#check: sort_complex_inplace(np.array([1 + 2j, 1 + 1j, -1 + 5j, 1 - 3j, 0j])[::2])
#check: unique_complex(np.array([1 + 2j, 1 + 1j, 1 + 2j, -0j, 0j]))
#check: unique_complex(np.array([complex(np.nan, 0), 1 + 1j, complex(np.nan, 0), 1 + 1j]))
