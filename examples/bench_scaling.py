#!/usr/bin/python3
"""Per-item cost against input size: safe_ratios (zip + try/except around a division, ~20% zero
divisors) and digit_histogram of examples/mixed_program.py at n = 10^3 .. 10^6, CPython and the
pyxc-compiled module, in ns per item. A per-item cost that grows with n points at memory
handling (fresh pages, copies) rather than at the loop itself.

    /usr/bin/python3 examples/bench_scaling.py [--pyxc build/bin/pyxc] [--rounds 5]

Each side runs in its own process: a pyxc module sets glibc's malloc to keep freed memory for
the next call (runtime/include/pyxc/python/keep_freed_memory.hpp), which would speed up the
CPython run too if both shared a process.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import benchlib  # noqa: E402

SOURCE = os.path.join(HERE, "mixed_program.py")
SIZES = [10**3, 10**4, 10**5, 10**6]


def inputs(n):
    rng = random.Random(n)
    num = [rng.randint(-50, 50) for _ in range(n)]
    den = [rng.randint(-2, 2) for _ in range(n)]
    ints = [rng.randint(-10**9, 10**9) for _ in range(n)]
    return num, den, ints


def measure(path, rounds):
    """ns per item of each workload and size, for the module at PATH."""
    m = benchlib.load("mixed_program", path)
    rows = {}
    for n in SIZES:
        num, den, ints = inputs(n)
        calls = [lambda: m.safe_ratios(num, den), lambda: m.digit_histogram(ints)]
        times = benchlib.interleaved(calls, rounds, batch_seconds=0.05)
        rows[n] = [t / n * 1e9 for t in times]
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pyxc", default=os.path.join(os.path.dirname(HERE), "build", "bin", "pyxc"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: one side, JSON out
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.rounds)))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        so = os.path.join(tmp, "mixed_program.so")
        if benchlib.build_pyxc(args.pyxc, SOURCE, so) is None:
            return 1
        m = benchlib.load("mixed_program", so)
        reference = benchlib.load("mixed_reference", SOURCE)
        for n in SIZES[:2]:  # the compiled results are CPython's before anything is timed
            num, den, ints = inputs(n)
            if m.safe_ratios(num, den) != reference.safe_ratios(num, den) or \
               m.digit_histogram(ints) != reference.digit_histogram(ints):
                print(f"pyxc disagrees with CPython at n={n}")
                return 1
        sides = {}
        for name, path in (("CPython", SOURCE), ("pyxc", so)):
            out = subprocess.run([sys.executable, __file__, "--measure", path, "--rounds", str(args.rounds)],
                                 check=True, stdout=subprocess.PIPE, text=True).stdout
            sides[name] = {int(k): v for k, v in json.loads(out).items()}

    print(f"{'workload':18}{'n':>9}{'CPython ns/item':>17}{'pyxc ns/item':>14}{'speedup':>9}")
    for w, label in enumerate(["safe_ratios", "digit_histogram"]):
        for n in SIZES:
            c, p = sides["CPython"][n][w], sides["pyxc"][n][w]
            print(f"{label:18}{n:>9}{c:>17.1f}{p:>14.1f}{c / p:>8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
