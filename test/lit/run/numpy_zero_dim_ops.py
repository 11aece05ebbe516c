# RUN: %difftest %s
# 0-d arrays as numpy scalars: arithmetic, comparisons, ufuncs and reductions of them give numpy
# scalars (Python scalars to pyxc) computed in numpy 1.x's dtypes (0-d with a scalar or 0-d:
# promotion as dtypes, so float32 + Python float is float64 but float32 * float32 stays float32;
# 0-d beside an array: the array's dtype within its kind); float()/int()/bool()/complex();
# np.zeros(()) and friends; x ** e by numpy's fast scalar powers.
import math
import numpy as np

#export arith(float, int)
def arith(x, n):
    z = np.array(x)
    zi = np.array(n)
    return z + 1.0, 2 * z, z - zi, zi * 3, zi / 2, zi // 3, zi % 3, z / zi, -z, +zi, z * z

#export sized(float, int)
def sized(x, n):
    z32 = np.array(x, dtype=np.float32)
    zi8 = np.array(n, dtype=np.int8)
    zu8 = np.array(n, dtype=np.uint8)
    return z32 + 1.0, z32 * z32, z32 / z32, zi8 + zi8, zi8 + 1, zi8 * zi8, -zi8, ~zi8, abs(zi8), zu8 - zu8, zu8 + zi8

#export boolean(bool)
def boolean(b):
    zb = np.array(b)
    return zb + zb, zb * 3, zb & True, zb | zb, ~zb, not zb, zb ^ True

#export cplx(complex)
def cplx(c):
    z = np.array(c)
    z64 = np.array(c, dtype=np.complex64)
    return z * z, z64 * z64, z / 2, abs(z64), z == c, z64 + 1.5

#export divide_zero(float, int)
def divide_zero(x, n):
    z = np.array(x)
    zi = np.array(n)
    return z / 0.0, zi // 0, zi % 0, np.negative(z) / np.array(0.0)

#export compare(float, int)
def compare(x, n):
    z = np.array(x)
    zi = np.array(n, dtype=np.int16)
    return z < 1.5, z >= zi, zi == 3, z != z, np.array(x, dtype=np.float32) == x

#export broadcast(float, float64[], float32[], int8[])
def broadcast(x, a, a32, a8):
    z = np.array(x)
    return z + a, a32 * z, a8 + np.array(3), np.array(2.5, dtype=np.float32) + np.ones(2, dtype=np.int64), a < z

#export broadcast_2d(float64[:, :])
def broadcast_2d(m):
    z = m[0, 0, ...]
    return m - z, np.maximum(m, z), z * m.T

#export powers(float, int, float)
def powers(x, n, e):
    z32 = np.array(x, dtype=np.float32)
    zi8 = np.array(n, dtype=np.int8)
    z = np.array(x)
    return z32 ** 2, z32 ** 3, z32 ** 0.5, z32 ** -1, z32 ** 0, z32 ** 1, z32 ** e, zi8 ** 2, zi8 ** 3, z32 ** np.array(2), z ** e, 2.0 ** z

#export int_power(int, int)
def int_power(n, e):
    return np.array(n) ** e

#export ufuncs(float)
def ufuncs(x):
    z = np.array(x)
    z32 = np.array(x, dtype=np.float32)
    return np.sqrt(z), np.sqrt(z32), np.add(z, 1), np.maximum(z, 0.5), np.minimum(z32, z32), np.isnan(z), np.floor(z32), np.negative(z), np.absolute(z), np.square(z32), np.sign(z), np.less(z, 2), np.logical_not(z)

#export ufuncs_approx(float)
def ufuncs_approx(x):
    z = np.array(x)
    return np.exp(z), np.log(z), np.sin(z), np.arctan2(z, 2.0), np.hypot(z, z)

#export reductions(float, int)
def reductions(x, n):
    z = np.array(x)
    zi8 = np.array(n, dtype=np.int8)
    zb = np.array(n > 0)
    return z.sum(), np.sum(zi8), np.prod(zi8), z.mean(), zi8.mean(), zi8.max(), np.min(z), np.argmax(z), z.argmin(), z.std(), np.var(zi8), z.any(), zb.all(), np.cumsum(z), zi8.cumprod(), z.sum(keepdims=True)

#export reduce_axis(float, int)
def reduce_axis(x, ax):
    z = np.array(x)
    return np.sum(z, axis=ax), z.max(axis=ax), np.any(z, axis=ax), np.prod(z, axis=ax, keepdims=True)

#export argmax_axis(float, int)
def argmax_axis(x, ax):
    return np.argmax(np.array(x), axis=ax)

#export mean_axis(float, int)
def mean_axis(x, ax):
    return np.mean(np.array(x), axis=ax)

#export std_axis(float, int)
def std_axis(x, ax):
    return np.array(x).std(axis=ax)

#export convert(float)
def convert(x):
    z = np.array(x)
    return float(z), int(z), bool(z), complex(z), math.sqrt(z), math.floor(z), float(np.array(3, dtype=np.int8)), int(np.array(True))

#export to_int(float)
def to_int(x):
    return int(np.array(x))

#export create(float)
def create(x):
    return np.zeros(()), np.ones((), dtype=np.int32), np.full((), x), np.empty(()).shape, np.full((), 3), np.zeros((), dtype=np.complex64)

#export reshape_to_0d(float64[])
def reshape_to_0d(a):
    return a.reshape(())

#export arrays_of(float, float64[])
def arrays_of(x, a):
    z = np.array(x)
    return z.T, z.copy(), np.copy(z), z.astype(np.int32), z.reshape(1), np.zeros_like(z), np.array(z), np.asarray(z), z.ravel(), z.flatten(), np.transpose(z), np.full_like(z, 7)

#export update(float64[])
def update(a):
    z = a[0, ...]
    z += 1.5
    z *= np.array(2)
    w = a[1, ...]
    w -= z
    return a

#export update_f32(float32[])
def update_f32(a):
    z = a[0, ...]
    z += 0.1
    return a

#export store(float64[], float)
def store(a, x):
    z = np.array(x)
    a[0] = z
    a[-2:] = z * 2
    b = a.astype(np.int32)
    b[0] = np.array(7.9)
    return a, b

#export truth(float)
def truth(x):
    z = np.array(x)
    n = 0
    if z:
        n += 1
    while z > 0.5:
        z = np.array(z - 1.0)
        n += 10
    return n

#export loop_scalar(float64[])
def loop_scalar(a):
    # a 0-d array re-read after its array changes (a view sees the write)
    z = a[0, ...]
    out = []
    for i in range(3):
        a[0] = i * 1.5
        out.append(z * 2)
    return out

#check: arith(2.5, 7)
#check: arith(-0.75, -4)
#check: arith(0.1, 0)
#check: sized(0.1, 100)
#check: sized(-3.5, -7)
#check: sized(1e30, 127)
#check: boolean(True)
#check: boolean(False)
#check: cplx(1 + 2j)
#check: cplx(-0.5j)
#check: divide_zero(1.5, 7)
#check: divide_zero(0.0, -7)
#check: compare(1.0, 1)
#check: compare(3.0, 3)
#check: compare(float("nan"), 0)
#check: broadcast(1.5, np.array([1.0, 2.0]), np.array([0.1, 0.2], dtype=np.float32), np.array([1, 127], dtype=np.int8))
#check: broadcast(-0.1, np.array([]), np.array([], dtype=np.float32), np.array([], dtype=np.int8))
#check: broadcast_2d(np.arange(6.0).reshape(2, 3))
#check: powers(0.1, 100, 2.0)
#check: powers(0.1, -3, 3.0)
#check: powers(2.5, 7, 0.5)
#check: powers(-2.0, 0, -1.0)
#check: powers(3.0, 5, 0.0)
#check: int_power(3, 2)
#check: int_power(3, 5)
#check: int_power(3, -1)
#check: ufuncs(2.0)
#check: ufuncs(0.1)
#check: ufuncs(-2.5)
#check: ufuncs(float("nan"))
#check-approx: ufuncs_approx(0.7)
#check-approx: ufuncs_approx(3.0)
#check: reductions(2.5, 3)
#check: reductions(-1.0, -100)
#check: reductions(0.0, 0)
#check: reduce_axis(1.5, 0)
#check: reduce_axis(1.5, -1)
#check: reduce_axis(1.5, 1)
#check: reduce_axis(1.5, -2)
#check: argmax_axis(1.0, 0)
#check: argmax_axis(1.0, 1)
#check: argmax_axis(1.0, -2)
#check: mean_axis(1.0, 0)
#check: mean_axis(1.0, -1)
#check: std_axis(1.0, 0)
#check: convert(2.7)
#check: convert(-0.5)
#check: convert(0.0)
#check: to_int(-7.9)
#check: to_int(float("nan"))
#check: to_int(float("inf"))
#check: create(1.5)
#check: reshape_to_0d(np.array([4.0]))
#check: reshape_to_0d(np.array([4.0, 5.0]))
#check: arrays_of(2.5, np.array([3.0, 4.0]))
#check: update(np.array([1.0, 2.0, 3.0]))
#check: update(np.array([1.0, 2.0])[::-1])
#check: update_f32(np.array([1.0, 2.0], dtype=np.float32))
#check: store(np.array([1.0, 2.0, 3.0]), 0.5)
#check: store(np.array([1.0, 2.0]), -2.25)
#check: truth(0.0)
#check: truth(2.0)
#check: truth(float("nan"))
#check: loop_scalar(np.array([9.0, 1.0]))
