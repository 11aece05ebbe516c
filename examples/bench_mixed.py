#!/usr/bin/python3
"""Benchmark of examples/mixed_program.py (N queens, word counts, Dijkstra on a dict graph,
run-length coding, sieve, Collatz): each workload run by CPython, by the pyxc-compiled module
and by Pythran's build of the same file (when Pythran is installed and accepts it), in one
interleaved run; the table shows median time per call and pyxc's speedup.

    /usr/bin/python3 examples/bench_mixed.py [--pyxc build/bin/pyxc] [--rounds 7]

Every compiled result is checked against CPython's before timing.
"""
import argparse
import os
import random
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import benchlib  # noqa: E402

SOURCE = os.path.join(HERE, "mixed_program.py")


def workloads(m):
    """(label, zero-argument call) pairs over the module M; inputs are rebuilt per module so
    that nothing one side mutates reaches the other."""
    rng = random.Random(7)
    words = ["alpha", "Beta", "gamma,", "delta.", "the", "epsilon", "zeta!", "eta", "a", "theta"]
    text = "\n".join(" ".join(rng.choice(words) for _ in range(12)) for _ in range(2000))
    runs = "".join(rng.choice("aab") * rng.randint(1, 5) for _ in range(20000))
    ints = [rng.randint(-10**9, 10**9) for _ in range(5000)]
    num = [rng.randint(-50, 50) for _ in range(20000)]
    den = [rng.randint(-3, 3) for _ in range(20000)]
    graph = m.grid_graph(12) if hasattr(m, "grid_graph") else None
    return [
        ("queens(8)", lambda: m.queens(8)),
        ("first_queens(14)", lambda: m.first_queens(14)),
        ("word_counts(24k words)", lambda: m.word_counts(text)),
        ("top_words(24k words, 5)", lambda: m.top_words(text, 5)),
        ("dijkstra(12x12 grid)", lambda: m.dijkstra(graph, "0,0")),
        ("rle_encode(60k chars)", lambda: m.rle_encode(runs)),
        ("primes_below(10^5)", lambda: m.primes_below(100000)),
        ("collatz_stats(3000)", lambda: m.collatz_stats(3000)),
        ("safe_ratios(2x10^4)", lambda: m.safe_ratios(num, den)),
        ("digit_histogram(5000)", lambda: m.digit_histogram(ints)),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pyxc", default=os.path.join(os.path.dirname(HERE), "build", "bin", "pyxc"))
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        modules = [("CPython", benchlib.load("mixed_cpython", SOURCE))]
        so = os.path.join(tmp, "mixed_pyxc.so")
        seconds = benchlib.build_pyxc(args.pyxc, SOURCE, so)
        if seconds is None:
            return 1
        print(f"pyxc build: {seconds:.2f} s")
        modules.append(("pyxc", benchlib.load("mixed_pyxc", so)))
        so = os.path.join(tmp, "mixed_pythran.so")
        seconds = benchlib.build_pythran(SOURCE, so)
        if seconds is not None:
            print(f"pythran build: {seconds:.2f} s")
            modules.append(("Pythran", benchlib.load("mixed_pythran", so)))

        tables = [workloads(m) for _, m in modules]
        for i, (label, reference) in enumerate(tables[0]):
            expected = reference()
            for (name, _), table in zip(modules[1:], tables[1:]):
                if table[i][1]() != expected:
                    print(f"{name} disagrees with CPython on {label}")
                    return 1

        names = [name for name, _ in modules]
        header = f"{'workload':26}" + "".join(f"{n:>12}" for n in names) + f"{'pyxc/CPy':>10}"
        if "Pythran" in names:
            header += f"{'pyxc/Pythran':>14}"
        print(header)
        speedups = []
        for i, (label, _) in enumerate(tables[0]):
            times = benchlib.interleaved([t[i][1] for t in tables], args.rounds)
            row = f"{label:26}" + "".join(f"{benchlib.human(t):>12}" for t in times)
            speedups.append(times[0] / times[1])
            row += f"{speedups[-1]:9.1f}x"
            if len(times) > 2:
                row += f"{times[2] / times[1]:13.2f}x"
            print(row, flush=True)
        geo = 1.0
        for s in speedups:
            geo *= s
        print(f"geometric mean speedup of pyxc over CPython: {geo ** (1 / len(speedups)):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
