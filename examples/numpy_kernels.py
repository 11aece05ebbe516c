"""Numerical kernels in the style of real numpy code, for examples/bench_numpy.py. The same
file runs under CPython + numpy, compiles with Pythran (`#pythran export` lines) and with
pyxc (which reads the same lines).
"""
import numpy as np


#pythran export std_dev(float64[])
def std_dev(x):
    return np.std(x)


#pythran export total(float64[])
def total(x):
    # the one-pass read of memory std_dev is measured against
    return np.sum(x)


#pythran export axpy_fused(float64[], float64[], float64[])
def axpy_fused(x, y, z):
    return 2.5 * x + y * z - 1.0


#pythran export arc_distance(float64[], float64[], float64[], float64[])
def arc_distance(theta_1, phi_1, theta_2, phi_2):
    temp = (np.sin((theta_2 - theta_1) / 2) ** 2
            + np.cos(theta_1) * np.cos(theta_2) * np.sin((phi_2 - phi_1) / 2) ** 2)
    return 2 * np.arctan2(np.sqrt(temp), np.sqrt(1 - temp))


#pythran export diffusion(float64[:,:], float, int)
def diffusion(u, mu, steps):
    for _ in range(steps):
        u[1:-1, 1:-1] = u[1:-1, 1:-1] + mu * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]
                                              - 4.0 * u[1:-1, 1:-1])
    return u


#pythran export grayscott(int, float, float, float, float)
def grayscott(counts, Du, Dv, F, k):
    n = 300
    U = np.zeros((n + 2, n + 2))
    V = np.zeros((n + 2, n + 2))
    U[:, :] = 1.0
    r = 20
    U[n // 2 - r:n // 2 + r, n // 2 - r:n // 2 + r] = 0.50
    V[n // 2 - r:n // 2 + r, n // 2 - r:n // 2 + r] = 0.25
    for _ in range(counts):
        u = U[1:-1, 1:-1]
        v = V[1:-1, 1:-1]
        Lu = U[:-2, 1:-1] + U[2:, 1:-1] + U[1:-1, :-2] + U[1:-1, 2:] - 4.0 * u
        Lv = V[:-2, 1:-1] + V[2:, 1:-1] + V[1:-1, :-2] + V[1:-1, 2:] - 4.0 * v
        uvv = u * v * v
        U[1:-1, 1:-1] = u + Du * Lu - uvv + F * (1.0 - u)
        V[1:-1, 1:-1] = v + Dv * Lv + uvv - (F + k) * v
    return V


#pythran export rosenbrock(float64[])
def rosenbrock(x):
    return np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2)


#pythran export rosenbrock_der(float64[])
def rosenbrock_der(x):
    xm = x[1:-1]
    xm_m1 = x[:-2]
    xm_p1 = x[2:]
    der = np.zeros_like(x)
    der[1:-1] = 200.0 * (xm - xm_m1 ** 2) - 400.0 * (xm_p1 - xm ** 2) * xm - 2.0 * (1.0 - xm)
    der[0] = -400.0 * x[0] * (x[1] - x[0] ** 2) - 2.0 * (1.0 - x[0])
    der[-1] = 200.0 * (x[-1] - x[-2] ** 2)
    return der


#pythran export pairwise_distances(float64[:,:])
def pairwise_distances(X):
    n = X.shape[0]
    m = X.shape[1]
    D = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            d = 0.0
            for k in range(m):
                t = X[i, k] - X[j, k]
                d += t * t
            D[i, j] = np.sqrt(d)
    return D


#pythran export mandelbrot(float, float, float, float, int, int, int)
def mandelbrot(xmin, xmax, ymin, ymax, width, height, maxiter):
    out = np.zeros((height, width), dtype=np.int64)
    for i in range(height):
        ci = ymin + (ymax - ymin) * i / height
        for j in range(width):
            cr = xmin + (xmax - xmin) * j / width
            zr = 0.0
            zi = 0.0
            n = 0
            while n < maxiter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            out[i, j] = n
    return out


#pythran export masked_mean(float64[], float)
def masked_mean(x, threshold):
    mask = x > threshold
    return np.sum(np.where(mask, x, 0.0)) / np.sum(mask)


#pythran export normalize_complex(complex128[])
def normalize_complex(z):
    return z / np.abs(z)


#pythran export running_mean(float64[], int)
def running_mean(x, w):
    c = np.cumsum(x)
    return (c[w:] - c[:-w]) / w


#pythran export convolve3x3(float64[:,:], float64[:,:])
def convolve3x3(img, k):
    out = np.zeros_like(img)
    out[1:-1, 1:-1] = (k[0, 0] * img[:-2, :-2] + k[0, 1] * img[:-2, 1:-1] + k[0, 2] * img[:-2, 2:]
                       + k[1, 0] * img[1:-1, :-2] + k[1, 1] * img[1:-1, 1:-1] + k[1, 2] * img[1:-1, 2:]
                       + k[2, 0] * img[2:, :-2] + k[2, 1] * img[2:, 1:-1] + k[2, 2] * img[2:, 2:])
    return out


#pythran export histogram(float64[], float, float, int)
def histogram(x, lo, hi, bins):
    counts = np.zeros(bins, dtype=np.int64)
    width = (hi - lo) / bins
    for v in x:
        if lo <= v < hi:
            counts[int((v - lo) / width)] += 1
    return counts


#pythran export nbody_accel(float64[:,:], float64[])
def nbody_accel(pos, mass):
    n = pos.shape[0]
    acc = np.zeros((n, 3))
    for i in range(n):
        for j in range(n):
            if i != j:
                dx = pos[j, 0] - pos[i, 0]
                dy = pos[j, 1] - pos[i, 1]
                dz = pos[j, 2] - pos[i, 2]
                r2 = dx * dx + dy * dy + dz * dz + 0.01
                inv = mass[j] / (r2 * np.sqrt(r2))
                acc[i, 0] += dx * inv
                acc[i, 1] += dy * inv
                acc[i, 2] += dz * inv
    return acc


#pythran export growcut(float64[:,:], float64[:,:], float64[:,:], int)
def growcut(image, state, state_next, window_radius):
    height = image.shape[0]
    width = image.shape[1]
    for j in range(height):
        for i in range(width):
            winning_colony = state[j, i]
            defense_strength = state[j, i]
            for jj in range(max(j - window_radius, 0), min(j + window_radius + 1, height)):
                for ii in range(max(i - window_radius, 0), min(i + window_radius + 1, width)):
                    if ii != i or jj != j:
                        d = image[j, i] - image[jj, ii]
                        gval = 1.0 - np.sqrt(d * d) / np.sqrt(3.0)
                        attack_strength = gval * state[jj, ii]
                        if attack_strength > defense_strength:
                            defense_strength = attack_strength
                            winning_colony = state[jj, ii]
            state_next[j, i] = winning_colony
    return state_next


#pythran export matmul(float64[:,:], float64[:,:])
def matmul(a, b):
    return a @ b


#pythran export gram(float64[:,:])
def gram(x):
    # X^T X of a tall matrix (normal equations): the transposed operand is read in place
    return x.T @ x


#pythran export power_iteration(float64[:,:], int)
def power_iteration(a, iters):
    # the dominant eigenvalue: a matrix-vector product in a loop
    v = np.ones(a.shape[0])
    for _ in range(iters):
        w = a @ v
        v = w / np.sqrt(np.dot(w, w))
    return np.dot(v, a @ v)


#pythran export small_products(float64[:,:], float64[:,:], int)
def small_products(r, p, steps):
    # many 3x3 products (below the BLAS threshold), then a 3 x n one
    acc = np.eye(3)
    for _ in range(steps):
        acc = np.dot(r, acc)
    return acc @ p
