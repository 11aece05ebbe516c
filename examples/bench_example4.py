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
import importlib.util
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BATCH_SECONDS = 0.02  # each timed batch lasts about this long


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(what, command, output, env=None):
    """Runs a compiler; returns how long it took, or None (after saying why) on failure."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0 or not os.path.exists(output):
        print(f"{what}: build failed (exit {done.returncode}); skipped\n{done.stdout[-3000:]}")
        return None
    return time.perf_counter() - start


def build_pyxc(pyxc, tmp):
    output = os.path.join(tmp, "std_pyxc.so")
    env = dict(os.environ, PYXC_PYTHON=sys.executable)
    seconds = build("pyxc", [pyxc, os.path.join(HERE, "example4.py"), "-o", output], output, env)
    return None if seconds is None else (load("std_pyxc", output), seconds)


def build_pythran(tmp):
    """Debian's pythran 0.11 has no `python3 -m pythran`: call its entry point, pythran.run."""
    if importlib.util.find_spec("pythran") is None:
        print("pythran: not installed; skipped (apt-get install python3-pythran)")
        return None
    with open(os.path.join(HERE, "example4.py"), encoding="utf-8") as f:
        source = f.read().replace("#export ", "#pythran export ")  # Pythran's spelling
    source = source.split('\nif __name__ == "__main__":')[0]  # Pythran rejects script code
    src, output = os.path.join(tmp, "std_pythran.py"), os.path.join(tmp, "std_pythran.so")
    with open(src, "w", encoding="utf-8") as f:
        f.write(source)
    run = "import sys; from pythran.run import run; sys.argv[0] = 'pythran'; sys.exit(run())"
    env = dict(os.environ, PYTHONWARNINGS="ignore")  # numpy 1.24 FutureWarnings from pythran 0.11
    seconds = build("pythran", [sys.executable, "-c", run, src, "-O2", "-o", output], output, env)
    return None if seconds is None else (load("std_pythran", output), seconds)


def batch_size(function, values):
    """Calls per timed batch, so that one batch lasts about BATCH_SECONDS."""
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            function(values)
        elapsed = time.perf_counter() - start
        if elapsed >= BATCH_SECONDS / 4 or number >= 1 << 24:
            return max(1, int(number * BATCH_SECONDS / max(elapsed, 1e-9)))
        number *= 4


def interleaved(functions, values, rounds):
    """Median seconds per call of each function; round-robin so load changes hit all alike."""
    numbers = [batch_size(f, values) for f in functions]
    samples = [[] for _ in functions]
    for _ in range(rounds):
        for f, number, out in zip(functions, numbers, samples):
            start = time.perf_counter()
            for _ in range(number):
                f(values)
            out.append((time.perf_counter() - start) / number)
    return [statistics.median(s) for s in samples]


def human(seconds):
    for unit, scale in (("s", 1), ("ms", 1e-3), ("us", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            return f"{seconds / scale:7.3g} {unit}"


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
        built = build_pyxc(args.pyxc, tmp) if os.path.exists(args.pyxc) else None
        if built is None and not os.path.exists(args.pyxc):
            print(f"pyxc: {args.pyxc} not found (build it, or pass --pyxc); skipped")
        if built:
            impls.append(("pyxc", built[0].standard_dev))
            print(f"pyxc build: {built[1]:.1f} s")
        built = None if args.no_pythran else build_pythran(tmp)
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
        times = interleaved(functions, values, rounds)
        row = [f"10^{exp}"] + [human(t) for t in times]
        row += [f"{times[0] / t:14.1f}x" for t in times[1:]]
        if "pyxc/pythran" in header:
            row.append(f"{times[names.index('pythran')] / times[names.index('pyxc')]:14.2f}x")
        print(" | ".join(f"{c:>15}" for c in row), flush=True)

    one = [rng.random()]
    times = interleaved(functions, one, args.rounds)
    print("\ncall overhead (1-element list): "
          + ", ".join(f"{n} {human(t).strip()}" for n, t in zip(names, times)))
    print("(speedup = CPython time / that implementation's time; pyxc/pythran > 1 means pyxc is faster)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
