"""Cost of a generator per element: sum of 3*i for i < n as a plain loop, as a fused generator
expression, through a generator function (a C++20 coroutine) and through itertools.islice over
itertools.count (two stacked coroutines). Prints ns per element, median of 5 runs.

    /usr/bin/python3 examples/generators/bench_generators.py [--cxx g++|clang++-14]
"""
import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

SOURCE = '''
import itertools


def squares(n):
    i = 0
    while i < n:
        yield i * 3
        i += 1


#export plain_loop(int)
def plain_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3
        i += 1
    return total


#export fused_genexp(int)
def fused_genexp(n):
    return sum(i * 3 for i in range(n))


#export generator_function(int)
def generator_function(n):
    return sum(squares(n))


#export stored_genexp(int)
def stored_genexp(n):
    g = (i * 3 for i in range(n))
    return sum(g)


#export islice_count(int)
def islice_count(n):
    return sum(itertools.islice(itertools.count(), n))
'''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("-n", type=int, default=20_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "gens_bench.py")
        with open(src, "w") as f:
            f.write(SOURCE)
        out = os.path.join(tmp, "gens_bench.so")
        subprocess.run([os.path.join(ROOT, "build", "bin", "pyxc"), src, "-o", out, "--cxx", args.cxx, "-O2"],
                       check=True)
        spec = importlib.util.spec_from_file_location("gens_bench", out)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        names = ["plain_loop", "fused_genexp", "generator_function", "stored_genexp", "islice_count"]
        results = {}
        for name in names:
            fn = getattr(mod, name)
            fn(1000)  # warm up
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                value = fn(args.n)
                times.append(time.perf_counter() - t0)
            results[name] = (statistics.median(times), value)
        base = results["plain_loop"][0]
        print(f"compiler {args.cxx}, n = {args.n}")
        for name in names:
            t, value = results[name]
            print(f"{name:20s} {t / args.n * 1e9:7.2f} ns/element  ({t / base:5.1f}x plain loop)  sum={value}")


if __name__ == "__main__":
    sys.exit(main())
