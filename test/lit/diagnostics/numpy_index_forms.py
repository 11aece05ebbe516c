# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# Index forms around `None`/`...` that pyxc rejects, located: `...` outside an array index,
# and two of them.
import numpy as np


#export f(float64[], float64[:,:], int list)
def f(x, m, xs):
    # CHECK: {{.*}}numpy_index_forms.py:[[@LINE+1]]:12: error: `...` (Ellipsis) here is not supported by pyxc; it is supported only in the index of a numpy array (a[..., 0])
    a = xs[...]
    # CHECK: {{.*}}numpy_index_forms.py:[[@LINE+1]]:16: error: a second `...` in an index is not supported by pyxc; numpy raises IndexError: an index can only have a single ellipsis
    b = m[..., ..., 0]
    return a, b
