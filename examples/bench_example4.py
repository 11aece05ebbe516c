#!/usr/bin/python3
"""Benchmark of the tutorial's example 4: standard_dev of a list of floats, run by CPython
(example1.py's code), by the pyxc-compiled module and by Pythran's, if Pythran is installed.

    /usr/bin/python3 examples/bench_example4.py [--pyxc build/bin/pyxc] [--max-exp 7]

For each list size 10^2 .. 10^max-exp, the three run interleaved (round-robin rounds on the
same list object), each round timing a batch of calls long enough for the clock; the table
shows the median time per call and the speedups. Results are checked to agree with CPython
(within 1e-12 relative). The fixed cost of a call (a 1-element list) is measured the same way.
"""
import argparse
import math
import os
import random
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from benchlib import build_pythran, build_pyxc, human, interleaved, load  # noqa: E402


def build_with(builder, *args, name, tmp):
    """Builds example4.py into TMP/NAME.so with BUILDER; (module, seconds) or None."""
    output = os.path.join(tmp, name + ".so")
    seconds = builder(*args, os.path.join(HERE, "example4.py"), output)
    return None if seconds is None else (load(name, output), seconds)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pyxc", default=os.path.join(REPO, "build", "bin", "pyxc"))
    parser.add_argument("--max-exp", type=int, default=6, help="largest list is 10**N (default 6)")
    parser.add_argument("--rounds", type=int, default=9, help="interleaved rounds per size")
    parser.add_argument("--no-pythran", action="store_true")
    args = parser.parse_args()

    cpython = load("example1", os.path.join(HERE, "example1.py")).standard_deviation
    impls = [("CPython", cpython)]
    tmp = tempfile.mkdtemp(prefix="pyxc-bench-")
    try:
        built = build_with(build_pyxc, args.pyxc, name="std_pyxc", tmp=tmp) if os.path.exists(args.pyxc) else None
        if built is None and not os.path.exists(args.pyxc):
            print(f"pyxc: {args.pyxc} not found (build it, or pass --pyxc); skipped")
        if built:
            impls.append(("pyxc", built[0].standard_dev))
            print(f"pyxc build: {built[1]:.1f} s")
        built = None if args.no_pythran else build_with(build_pythran, name="std_pythran", tmp=tmp)
        if built:
            impls.append(("pythran", built[0].standard_dev))
            print(f"pythran build: {built[1]:.1f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)  # loaded modules stay mapped
    names = [name for name, _ in impls]
    functions = [f for _, f in impls]
    print(f"python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs; medians of {args.rounds} interleaved rounds\n")

    rng = random.Random(20240601)
    header = ["size"] + names + [f"{n} speedup" for n in names[1:]]
    if {"pyxc", "pythran"} <= set(names):
        header.append("pyxc/pythran")
    print(" | ".join(f"{h:>15}" for h in header))
    ok = True
    for exp in range(2, args.max_exp + 1):
        values = [rng.random() for _ in range(10 ** exp)]
        results = [f(values) for f in functions]
        for name, r in zip(names[1:], results[1:]):
            if not math.isclose(r, results[0], rel_tol=1e-12):
                print(f"MISMATCH at 10^{exp}: {name} {r!r} vs CPython {results[0]!r}")
                ok = False
        rounds = args.rounds if exp < 7 else max(3, args.rounds // 3)
        times = interleaved([lambda f=f: f(values) for f in functions], rounds)
        row = [f"10^{exp}"] + [human(t) for t in times]
        row += [f"{times[0] / t:14.1f}x" for t in times[1:]]
        if "pyxc/pythran" in header:
            row.append(f"{times[names.index('pythran')] / times[names.index('pyxc')]:14.2f}x")
        print(" | ".join(f"{c:>15}" for c in row), flush=True)

    one = [rng.random()]
    times = interleaved([lambda f=f: f(one) for f in functions], args.rounds)
    print("\ncall overhead (1-element list): "
          + ", ".join(f"{n} {human(t).strip()}" for n, t in zip(names, times)))
    print("(speedup = CPython time / that implementation's time; pyxc/pythran > 1 means pyxc is faster)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
