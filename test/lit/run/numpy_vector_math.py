# RUN: %difftest %s
# RUN: env PYXC_VMATH=avx2 %difftest %s
# RUN: env PYXC_VMATH=scalar %difftest %s
# The SIMD ufunc kernels (pyxc/numpy/vector_math.hpp) on each ISA the CPU offers (AVX-512,
# AVX2, and the plain libm loops PYXC_VMATH=scalar forces): libmvec's functions are within 4 ulp,
# as numpy's SVML ones are, so they are compared approximately; sqrt and the roundings are exact.
# Lengths cross the 512-item blocks of assignments and the 8192-item pieces of reductions and
# leave vector tails; views are strided and reversed; special values take libmvec's slow path.
import numpy as np


#export transcendental(float64[])
#export transcendental(float32[])
def transcendental(x):
    return (np.sin(x), np.cos(x), np.tan(x), np.arctan(x), np.sinh(x), np.cosh(x), np.tanh(x),
            np.exp(x), np.expm1(x))


#export inverse(float64[])
#export inverse(float32[])
def inverse(x):
    y = x / (np.abs(x) + 1.0)  # in (-1, 1)
    return np.arcsin(y), np.arccos(y), np.log(np.abs(x) + 0.5), np.log10(np.abs(x) + 0.5), np.log2(np.abs(x) + 0.5), np.log1p(np.abs(x))


#export binary(float64[], float64[])
#export binary(float32[], float32[])
def binary(x, y):
    return np.arctan2(x, y), np.hypot(x, y), np.arctan2(x, 2.0), np.hypot(3.0, y)


#export exact(float64[])
#export exact(float32[])
def exact(x):
    return np.sqrt(np.abs(x)), np.floor(x), np.ceil(x), np.trunc(x), np.rint(x)


#export fused(float64[], float64[], float64[], float64[])
def fused(theta_1, phi_1, theta_2, phi_2):
    temp = (np.sin((theta_2 - theta_1) / 2) ** 2
            + np.cos(theta_1) * np.cos(theta_2) * np.sin((phi_2 - phi_1) / 2) ** 2)
    return 2 * np.arctan2(np.sqrt(temp), np.sqrt(1 - temp))


#export reduce_sin(float64[])
def reduce_sin(x):
    return np.sum(np.sin(x)), np.mean(np.exp(-x * x)), np.max(np.cos(x)), np.argmax(np.sin(x))


#export views(float64[:,:])
def views(m):
    return np.sin(m.T), np.sqrt(m[::-1, ::2] + 1.0), np.exp(m[1:, :] - m[:-1, :]), np.sum(np.cos(m[:, ::3]), axis=0)


#export int_input(int64[])
def int_input(a):
    return np.sin(a), np.sqrt(a), np.arctan2(a, 3)


#export in_place(float64[])
def in_place(x):
    x[:] = np.sin(x)
    x[1:] = np.sqrt(np.abs(x[:-1]))
    return x


#export complex_abs(complex128[])
#export complex_abs(complex64[])
def complex_abs(z):
    return np.abs(z), z / np.abs(z)


#check-approx: transcendental(np.linspace(-4.0, 4.0, 1))
#check-approx: transcendental(np.linspace(-4.0, 4.0, 7))
#check-approx: transcendental(np.linspace(-4.0, 4.0, 513))
#check-approx: transcendental(np.linspace(-4.0, 4.0, 9000))
#check-approx: transcendental(np.linspace(-1e6, 1e6, 1001))
#check-approx: transcendental(np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e300, -1e300, 5e-324, 710.0, -746.0, 1e-300, 3.0e9]))
#check-approx: transcendental(np.zeros(0))
#check-approx: inverse(np.linspace(-4.0, 4.0, 1031))
#check-approx: inverse(np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e300, -1e300, 5e-324, 710.0, -746.0, 1e-300, 3.0e9]))
#check-approx: binary(np.linspace(-4.0, 4.0, 515), np.linspace(-3.0, 3.0, 515)[::-1])
#check-approx: binary(np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e300, -1e300, 5e-324, 710.0, -746.0, 1e-300, 3.0e9]), np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e300, -1e300, 5e-324, 710.0, -746.0, 1e-300, 3.0e9])[::-1])
#check-approx: binary(np.array([0.0, -0.0, 0.0, -0.0]), np.array([0.0, 0.0, -0.0, -0.0]))
#check: exact(np.linspace(-7.5, 7.5, 1037))
#check: exact(np.array([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1e300, -0.0, np.nan, np.inf, -np.inf, 4503599627370497.0]))
#check-approx: fused(np.linspace(-4.0, 4.0, 1000), np.linspace(-2.0, 2.0, 1000), np.linspace(-4.0, 4.0, 1000)[::-1], np.linspace(-1.0, 1.0, 1000))
#check-approx: fused(np.zeros(3), np.ones(3), np.ones(3), np.zeros(3))
#check-approx: reduce_sin(np.linspace(-1.0, 4.0, 20000))
#check-approx: reduce_sin(np.linspace(-1.5, 2.0, 8192 * 2 + 5))
#check-approx: views(np.arange(35 * 47, dtype=np.float64).reshape(35, 47) / 100.0)
#check-approx: int_input(np.arange(-5, 1500))
#check-approx: in_place(np.linspace(-4.0, 4.0, 1100))
#check-approx: complex_abs(np.linspace(-4.0, 4.0, 1003) + 1j * np.linspace(-2.0, 2.0, 1003)[::-1])
#check-approx: complex_abs(np.array([3 + 4j, 1e300 + 1e300j, -0.0 + 0j, np.inf + 1j, np.nan + 0j, 1e-320 + 1e-320j]))
# float32: numpy and libmvec may round a float32 result to neighbouring floats.
#check: [bool(np.allclose(r, f(x), rtol=1e-5)) and r.dtype == np.float32 for x in [np.linspace(-4.0, 4.0, 1030).astype(np.float32)] for r, f in zip(transcendental(x), (np.sin, np.cos, np.tan, np.arctan, np.sinh, np.cosh, np.tanh, np.exp, np.expm1))]
#check: [bool(np.allclose(r, f(x, y), rtol=1e-5)) and r.dtype == np.float32 for x, y in [(np.linspace(-4.0, 4.0, 77).astype(np.float32), np.linspace(-2.0, 2.0, 77).astype(np.float32))] for r, f in zip(binary(x, y), (np.arctan2, np.hypot))]
#check: exact(np.linspace(-7.5, 7.5, 1037).astype(np.float32))
#check: [bool(np.allclose(complex_abs(z)[0], np.abs(z), rtol=1e-5)) and complex_abs(z)[1].dtype == np.complex64 for z in [(np.linspace(-4.0, 4.0, 99) + 1j * np.linspace(-2.0, 2.0, 99)).astype(np.complex64)]]
