# A module whose float or complex arrays meet dot/`@` links OpenBLAS (the CBLAS library numpy
# loads too); one whose products are all integer, or that has none, does not. With the
# in-process Clang and lld and with g++; the module imports and multiplies above the BLAS
# thresholds.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -o %t/blas_link.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=LINK
# RUN: readelf -d %t/blas_link.so | FileCheck %s --check-prefix=NEEDED
# RUN: cd %t && %python -c "import numpy as np, blas_link as m; a = np.arange(10000.0).reshape(100, 100) %% 7; print((m.mm(a, a.T) == a @ a.T).all(), m.mv(a, a[0]) == (a @ a[0]) @ a[1])" | FileCheck %s --check-prefix=RESULT
# RUN: %pyxc %s -o %t/blas_link.so --no-cache -v --cxx g++ 2>&1 | FileCheck %s --check-prefix=LINK
# RUN: readelf -d %t/blas_link.so | FileCheck %s --check-prefix=NEEDED
# RUN: cd %t && %python -c "import numpy as np, blas_link as m; a = np.arange(10000.0).reshape(100, 100) %% 7; print((m.mm(a, a.T) == a @ a.T).all(), m.mv(a, a[0]) == (a @ a[0]) @ a[1])" | FileCheck %s --check-prefix=RESULT
# RUN: %pyxc %S/Inputs/int_products.py -o %t/int_products.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=NOLINK
# RUN: readelf -d %t/int_products.so | not grep openblas
# RUN: %pyxc %S/Inputs/int_products.py -o %t/int_products.so --no-cache -v --cxx g++ 2>&1 | FileCheck %s --check-prefix=NOLINK
# RUN: readelf -d %t/int_products.so | not grep openblas
# LINK: -shared {{.*}}-lopenblas
# NEEDED: (NEEDED) {{.*}}[libopenblas.so.0]
# RESULT: True True
# NOLINK-NOT: -lopenblas
# NOLINK: pyxc: link
import numpy as np


#export mm(float64[:,:], float64[:,:])
def mm(a, b):
    return a @ b


#export mv(float64[:,:], float64[])
def mv(a, x):
    return np.dot(a @ x, a[1])
