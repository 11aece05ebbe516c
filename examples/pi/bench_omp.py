"""OpenMP scaling of the compiled Monte-Carlo pi (examples/pi/pi_omp.py), in one interleaved
run: the serial module (no -fopenmp) and the OpenMP module at 1..N threads; medians, speedups
and parallel efficiency. Run with Debian's python3:

    /usr/bin/python3 examples/pi/bench_omp.py [--tries 1e8] [--rounds 5]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
import importlib
m = importlib.import_module(sys.argv[2])
t = time.perf_counter(); r = m.count_inside(1, int(float(sys.argv[3]))); print(time.perf_counter() - t, r)
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", default="1e8")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pyxc", default=os.path.join(ROOT, "build", "bin", "pyxc"))
    args = ap.parse_args()
    threads = list(range(1, (os.cpu_count() or 1) + 1))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(HERE, "pi_omp.py")
        subprocess.run([args.pyxc, src, "-o", os.path.join(tmp, "pi_serial.so")], check=True,
                       stderr=subprocess.DEVNULL)
        subprocess.run([args.pyxc, src, "-fopenmp", "-o", os.path.join(tmp, "pi_omp.so")], check=True)
        runs = [("serial", "pi_serial", None)] + [(f"omp x{n}", "pi_omp", n) for n in threads]
        times = {name: [] for name, _, _ in runs}
        for _ in range(args.rounds):  # interleaved: every configuration once per round
            for name, module, n in runs:
                env = dict(os.environ)
                if n:
                    env["OMP_NUM_THREADS"] = str(n)
                out = subprocess.run([sys.executable, "-c", CHILD, tmp, module, args.tries], env=env,
                                     check=True, capture_output=True, text=True).stdout.split()
                times[name].append(float(out[0]))
    serial = statistics.median(times["serial"])
    print(f"Monte-Carlo pi, {float(args.tries):.0e} draws, medians of {args.rounds} interleaved rounds, "
          f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'':>10} | {'time':>9} | {'speedup':>8} | {'efficiency':>10}")
    base = statistics.median(times["omp x1"])
    for name, _, n in runs:
        t = statistics.median(times[name])
        eff = f"{base / (t * n) * 100:9.0f}%" if n else ""
        print(f"{name:>10} | {t * 1e3:7.1f}ms | {serial / t:7.2f}x | {eff:>10}")


if __name__ == "__main__":
    main()
