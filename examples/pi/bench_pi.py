#!/usr/bin/python3
"""Benchmark of Monte-Carlo pi (the tutorial's example 2) from one core to MPI ranks.

    /usr/bin/python3 examples/pi/bench_pi.py [--tries 1e8] [--rounds 5] [--workers 2]
                                             [--pyxc build/bin/pyxc] [--no-pythran]

In one interleaved run (round-robin rounds, medians), with --tries draws of (x, y):
  CPython          examples/pi/pi_kernel.py as plain Python
  numpy            the same count vectorised (default_rng, chunks of 10^6)
  pythran          pi_kernel.py compiled by Debian's Pythran (serial)
  pyxc             pi_kernel.py compiled by pyxc
  pyxc omp xk      examples/pi/pi_omp.py built with -fopenmp, on k OpenMP threads
  pyxc threads=k   pyxc's kernel over k chunks in a ThreadPoolExecutor of k threads
  pyxc mpirun -n k pyxc's kernel in k MPI ranks (pi_mpi.py); time measured inside the job,
                   the launch (interpreter + MPI start-up) shown apart
each with both spellings of the test, `x*x + y*y <= 1.0` and the tutorial's
`math.hypot(x, y) <= 1.0` (the serial rows). Speedup is over CPython; parallel efficiency
is the speedup over pyxc serial divided by the workers. CPython and pyxc must count the
same points (same seed, same Mersenne Twister stream): the script fails otherwise.
"""
import argparse
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
KERNEL = os.path.join(HERE, "pi_kernel.py")
SEED = 1
sys.path.insert(0, HERE)
from pi_mpi import load_kernel, share  # noqa: E402

sys.path.insert(0, os.path.dirname(HERE))
from benchlib import build_pythran, build_pyxc, human  # noqa: E402


def built_at(seconds, output):
    """(OUTPUT, seconds) when a benchlib build succeeded, else None."""
    return None if seconds is None else (output, seconds)


def build_pyxc_omp(pyxc, tmp):
    """examples/pi/pi_omp.py with -fopenmp: the same loop with one `#omp parallel for` line."""
    output = os.path.join(tmp, "pi_omp.so")
    return output if build_pyxc(pyxc, os.path.join(HERE, "pi_omp.py"), output, ["-fopenmp"]) else None


def numpy_count(seed, tries, chunk=1_000_000):
    import numpy as np
    rng = np.random.default_rng(seed)
    inside = 0
    for start in range(0, tries, chunk):
        n = min(chunk, tries - start)
        x, y = rng.random(n), rng.random(n)
        inside += int(np.count_nonzero(x * x + y * y <= 1.0))
    return inside


def threads_count(kernel, workers, pool):
    """Counts `tries` in `workers` chunks (seeds SEED + i) on the pool's threads."""
    def run(seed, tries):
        sizes = [share(tries, workers, i) for i in range(workers)]
        return sum(pool.map(kernel.count_inside, [seed + i for i in range(workers)], sizes))
    return run


class Mpirun:
    """`mpirun -n k pi_mpi.py`: a call returns the count; the job's own timing (between
    barriers, without the launch) is kept in `inner`, the whole call's in `outer`."""
    LINE = re.compile(r"inside=(\d+) .*seconds=([0-9.]+)")

    def __init__(self, kernel_path, workers):
        self.command = ["mpirun", "-n", str(workers), "--oversubscribe"]
        if os.geteuid() == 0:
            self.command.append("--allow-run-as-root")
        self.command += [sys.executable, os.path.join(HERE, "pi_mpi.py"), "--kernel", kernel_path]
        self.inner, self.outer = [], []

    def __call__(self, seed, tries):
        start = time.perf_counter()
        done = subprocess.run(self.command + ["--seed", str(seed), "--tries", str(tries)],
                              capture_output=True, text=True)
        self.outer.append(time.perf_counter() - start)
        found = self.LINE.search(done.stdout)
        if done.returncode != 0 or not found:
            raise RuntimeError(f"{' '.join(self.command)} failed:\n{done.stdout}{done.stderr}")
        self.inner.append(float(found.group(2)))
        return int(found.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tries", type=float, default=1e7, help="draws of (x, y); default 1e7")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (median)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="largest thread / rank count (default: the CPUs)")
    parser.add_argument("--pyxc", default=os.path.join(REPO, "build", "bin", "pyxc"))
    parser.add_argument("--no-pythran", action="store_true")
    parser.add_argument("--no-mpi", action="store_true")
    args = parser.parse_args()
    tries = int(args.tries)

    cpython = load_kernel(KERNEL)
    rows = [("CPython", cpython.count_inside, 1, "serial"),
            ("CPython hypot", cpython.count_inside_hypot, 1, "serial"),
            ("numpy", numpy_count, 1, "serial")]
    tmp = tempfile.mkdtemp(prefix="pyxc-bench-pi-")
    pools = []
    try:
        output = os.path.join(tmp, "pi_pythran.so")
        built = None if args.no_pythran else built_at(build_pythran(KERNEL, output), output)
        if built:
            pythran = load_kernel(built[0])
            rows += [("pythran", pythran.count_inside, 1, "serial"),
                     ("pythran hypot", pythran.count_inside_hypot, 1, "serial")]
            print(f"pythran build: {built[1]:.1f} s")
        output = os.path.join(tmp, "pi_kernel.so")
        built = built_at(build_pyxc(args.pyxc, KERNEL, output), output) if os.path.exists(args.pyxc) else None
        if built is None and not os.path.exists(args.pyxc):
            print(f"pyxc: {args.pyxc} not found (build it, or pass --pyxc); skipped")
        if built:
            pyxc = load_kernel(built[0])
            print(f"pyxc build: {built[1]:.1f} s")
            rows += [("pyxc", pyxc.count_inside, 1, "serial"),
                     ("pyxc hypot", pyxc.count_inside_hypot, 1, "serial")]
            omp_path = build_pyxc_omp(args.pyxc, tmp)
            if omp_path:
                omp = load_kernel(omp_path)
                for k in range(1, args.workers + 1):
                    rows.append((f"pyxc omp x{k}", lambda seed, n, k=k: omp.count_inside_threads(seed, n, k), k, "omp"))
            for k in range(1, args.workers + 1):
                pools.append(ThreadPoolExecutor(max_workers=k))
                rows.append((f"pyxc threads={k}", threads_count(pyxc, k, pools[-1]), k, "threads"))
            mpi = not args.no_mpi and shutil.which("mpirun") and importlib.util.find_spec("mpi4py")
            if not args.no_mpi and not mpi:
                print("mpi: mpirun or mpi4py missing; skipped (apt-get install openmpi-bin python3-mpi4py)")
            for k in range(1, args.workers + 1) if mpi else ():
                rows.append((f"pyxc mpirun -n {k}", Mpirun(built[0], k), k, "mpi"))

        print(f"python {sys.version.split()[0]}, {tries:.0e} draws of (x, y), load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; medians of {args.rounds} "
              f"interleaved rounds\n")
        for _, function, _, _ in rows:  # warm-up: numpy's import, the pools' threads, page cache
            function(SEED, 1000)
        for function in (row[1] for row in rows if isinstance(row[1], Mpirun)):
            function.inner.clear(), function.outer.clear()
        samples = {name: [] for name, *_ in rows}
        counts = {}
        for _ in range(args.rounds):
            for name, function, _, _ in rows:
                start = time.perf_counter()
                counts[name] = function(SEED, tries)
                samples[name].append(time.perf_counter() - start)
    finally:
        for pool in pools:
            pool.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)  # loaded modules stay mapped

    ok = True
    for name in ("pyxc", "pyxc hypot", "CPython hypot"):
        if name in counts and counts[name] != counts["CPython"]:
            print(f"MISMATCH: {name} counted {counts[name]}, CPython {counts['CPython']}")
            ok = False
    times = {}
    for name, function, _, _ in rows:
        # The MPI rows are timed inside the job; their launch is shown in the last column.
        times[name] = statistics.median(function.inner if isinstance(function, Mpirun) else samples[name])
    base, serial = times["CPython"], times.get("pyxc")
    header = f"{'':<18} {'time':>10} {'ns/draw':>8} {'vs CPython':>10} {'efficiency':>10} {'pi':>10}  note"
    print(header + "\n" + "-" * len(header))
    for name, function, workers, kind in rows:
        t = times[name]
        efficiency = f"{serial / t / workers:.0%}" if serial and kind != "serial" else ""
        note = ""
        if isinstance(function, Mpirun):
            note = f"launch +{human(statistics.median(function.outer) - t).strip()}"
        elif kind == "threads" and workers > 1:
            note = "GIL kept (random): threads take turns"
        elif kind == "omp":
            note = "own random stream per thread"
        print(f"{name:<18} {human(t):>10} {t / tries * 1e9:>8.1f} {base / t:>9.1f}x {efficiency:>10} "
              f"{4.0 * counts[name] / tries:>10.6f}  {note}")
    if "pythran" in times and serial:
        print(f"\npyxc serial vs pythran serial: {times['pythran'] / serial:.2f}x "
              f"(hypot: {times['pythran hypot'] / times['pyxc hypot']:.2f}x); >1 means pyxc is faster")
    print("ns/draw = time per (x, y) pair; efficiency = (pyxc serial time / time) / workers")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
