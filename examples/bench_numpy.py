#!/usr/bin/python3
"""Benchmark of numpy kernels (examples/numpy_kernels.py) run by CPython + numpy, by Pythran's
module and by pyxc's, interleaved in one run.

    /usr/bin/python3 examples/bench_numpy.py [--pyxc build/bin/pyxc] [--rounds 7] [--std-size 10000000]

For each kernel the three variants run round-robin (each round times a batch of calls of about
BATCH_SECONDS; mutating kernels get fresh copies of their arguments outside the timed region
only when they need them), the table shows median times per call and pyxc's speedup over each.
Every result is checked against CPython + numpy (allclose). Then np.std of 10^7 float64:
pyxc's distance to numpy's result in ulps, and its time against a one-pass read of the same
memory (np.sum, pyxc's vectorised pairwise sum) and a latency-bound sequential loop.
"""
import argparse
import importlib.util
import math
import os
import statistics
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import build, human, interleaved, load  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SOURCE = os.path.join(HERE, "numpy_kernels.py")
BATCH_SECONDS = 0.05






def kernels(rng):
    """(name, function name, argument factory, mutates?) for each kernel."""
    n = 1_000_000
    x, y, z = rng.random(n), rng.random(n), rng.random(n)
    t1, p1, t2, p2 = (rng.random(n) for _ in range(4))
    grid = rng.random((500, 500))
    pts = rng.random((300, 3))
    img = rng.random((1000, 1000))
    k = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
    zc = rng.random(n) + 1j * rng.random(n)
    gimg = rng.random((60, 60))
    gstate = (rng.random((60, 60)) > 0.5).astype(np.float64)
    body = rng.random((200, 3))
    mass = rng.random(200)
    mat_a, mat_b = rng.random((500, 500)), rng.random((500, 500))
    tall = rng.random((2000, 100))
    c, s = math.cos(0.1), math.sin(0.1)
    rot = np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])
    return [
        ("axpy_fused (10^6)", "axpy_fused", lambda: (x, y, z), False),
        ("arc_distance (10^6)", "arc_distance", lambda: (t1, p1, t2, p2), False),
        ("diffusion 500^2 x10", "diffusion", lambda: (grid.copy(), 0.1, 10), True),
        ("grayscott 300^2 x20", "grayscott", lambda: (20, 0.16, 0.08, 0.035, 0.065), False),
        ("rosenbrock (10^6)", "rosenbrock", lambda: (x,), False),
        ("rosenbrock_der (10^6)", "rosenbrock_der", lambda: (x,), False),
        ("pairwise_distances 300x3", "pairwise_distances", lambda: (pts,), False),
        ("mandelbrot 120x80 it50", "mandelbrot", lambda: (-2.0, 1.0, -1.0, 1.0, 120, 80, 50), False),
        ("masked_mean (10^6)", "masked_mean", lambda: (x, 0.5), False),
        ("normalize_complex (10^6)", "normalize_complex", lambda: (zc,), False),
        ("running_mean (10^6)", "running_mean", lambda: (x, 10), False),
        ("convolve3x3 1000^2", "convolve3x3", lambda: (img, k), False),
        ("histogram (10^5)", "histogram", lambda: (x[:100_000], 0.0, 1.0, 50), False),
        ("nbody_accel 200", "nbody_accel", lambda: (body, mass), False),
        ("growcut 60^2 r1", "growcut", lambda: (gimg, gstate, np.zeros_like(gstate), 1), False),
        ("std_dev (10^6)", "std_dev", lambda: (x,), False),
        ("matmul 500x500", "matmul", lambda: (mat_a, mat_b), False),
        ("gram 2000x100", "gram", lambda: (tall,), False),
        ("power_iteration 300^2 x50", "power_iteration", lambda: (mat_a[:300, :300].copy(), 50), False),
        ("small_products 3x3 x1000", "small_products", lambda: (rot, pts.T.copy(), 1000), False),
    ]








def same(a, b):
    if isinstance(a, np.ndarray):
        return a.shape == b.shape and a.dtype == b.dtype and np.allclose(a, b, rtol=1e-9, atol=1e-12, equal_nan=True)
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def ulps(a, b):
    return abs(int(np.float64(a).view(np.int64)) - int(np.float64(b).view(np.int64)))


def ulps_wide(a, exact):
    """How many ulps of a the float a is from a long-double reference."""
    return float(abs(np.longdouble(a) - exact) / np.longdouble(np.spacing(np.float64(a))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pyxc", default=os.path.join(REPO, "build", "bin", "pyxc"))
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--std-size", type=int, default=10_000_000)
    parser.add_argument("--only", help="run the kernels whose name contains this")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="pyxc-bench-numpy-")
    cpython = load("numpy_kernels_cpython", SOURCE)
    out = os.path.join(tmp, "numpy_kernels_pyxc.so")
    seconds = build("pyxc", [args.pyxc, SOURCE, "-o", out], out, dict(os.environ, PYXC_PYTHON=sys.executable))
    if seconds is None:
        return 1
    pyxc = load("numpy_kernels_pyxc", out)
    print(f"pyxc build: {seconds:.1f} s")
    pythran = None
    if importlib.util.find_spec("pythran") is not None:
        src, out = os.path.join(tmp, "numpy_kernels_pythran.py"), os.path.join(tmp, "numpy_kernels_pythran.so")
        with open(SOURCE, encoding="utf-8") as f, open(src, "w", encoding="utf-8") as g:
            g.write(f.read())
        run = "import sys; from pythran.run import run; sys.argv[0] = 'pythran'; sys.exit(run())"
        seconds = build("pythran", [sys.executable, "-c", run, src, "-O2", "-o", out], out,
                        dict(os.environ, PYTHONWARNINGS="ignore"))
        if seconds is not None:
            pythran = load("numpy_kernels_pythran", out)
            print(f"pythran build: {seconds:.1f} s")
    else:
        print("pythran: not installed (apt-get install python3-pythran); its column is empty")

    rng = np.random.default_rng(2024)
    rows = []
    header = f"{'kernel':28} {'numpy':>10} {'pythran':>10} {'pyxc':>10} {'vs numpy':>9} {'vs pythran':>10}"
    print("\n" + header + "\n" + "-" * len(header))
    for title, name, make, _mutates in kernels(rng):
        if args.only and args.only not in title:
            continue
        modules = [cpython, pythran, pyxc]
        expected = getattr(cpython, name)(*make())
        calls = []
        for m in modules:
            if m is None:
                calls.append(None)
                continue
            f = getattr(m, name)
            got = f(*make())
            if not same(expected, got):
                print(f"{title}: {m.__name__} disagrees with CPython + numpy")
            a = make()
            calls.append(lambda f=f, a=a, make=make, mutates=_mutates: f(*(make() if mutates else a)))
        present = [c for c in calls if c is not None]
        times = iter(interleaved(present, args.rounds, BATCH_SECONDS))
        t = [next(times) if c is not None else None for c in calls]
        rows.append((title, t))
        py, pt, px = t
        print(f"{title:28} {human(py):>10} {human(pt) if pt else '-':>10} {human(px):>10} "
              f"{py / px:8.2f}x {(pt / px) if pt else float('nan'):9.2f}x", flush=True)
    if rows:
        gm_np = math.exp(statistics.mean(math.log(r[1][0] / r[1][2]) for r in rows))
        line = f"geometric mean speedup of pyxc: {gm_np:.2f}x over CPython + numpy"
        if pythran:
            gm_pt = math.exp(statistics.mean(math.log(r[1][1] / r[1][2]) for r in rows))
            line += f", {gm_pt:.2f}x over Pythran"
        print(line)

    # np.std of 10^7 float64: accuracy against numpy, time against reading the memory once.
    x = rng.random(args.std_size) * 10.0 - 3.0
    ref = np.std(x)
    got = pyxc.std_dev(x)
    print(f"\nnp.std of {args.std_size:.0e} float64: pyxc {got!r}, numpy {ref!r}: {ulps(got, ref)} ulp apart")
    # Both against a two-pass reference in long double (64-bit mantissa): who is nearer the truth.
    wide = x.astype(np.longdouble)
    exact = np.sqrt(np.sum(np.square(wide - np.sum(wide) / len(x))) / len(x))
    print(f"  ulps from a long-double two-pass std: pyxc {ulps_wide(got, exact):.1f}, numpy {ulps_wide(ref, exact):.1f}")
    # One array is one sample of the rounding: the largest distance over a few more.
    apart = []
    for seed in range(6):
        y = np.random.default_rng(seed).standard_normal(args.std_size) * 3.0 + 1.0
        apart.append(ulps(pyxc.std_dev(y), np.std(y)))
    print(f"  over 6 more arrays (normal): pyxc is at most {max(apart)} ulp from numpy ({apart})")
    calls = [lambda: pyxc.std_dev(x), lambda: pyxc.total(x), lambda: np.std(x), lambda: np.sum(x)]
    names = ["pyxc np.std (one pass)", "pyxc np.sum (one-pass read)", "numpy np.std", "numpy np.sum"]
    if pythran:
        calls.append(lambda: pythran.std_dev(x))
        names.append("pythran np.std")
    times = interleaved(calls, args.rounds, BATCH_SECONDS)
    for n, t in zip(names, times):
        print(f"  {n:30} {human(t):>10}")
    print(f"  pyxc std / one-pass read: {times[0] / times[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
