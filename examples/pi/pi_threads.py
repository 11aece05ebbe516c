#!/usr/bin/python3
"""Monte-Carlo pi with Python threads: the compiled kernel over chunks, through
concurrent.futures.ThreadPoolExecutor.map.

    /usr/bin/python3 examples/pi/pi_threads.py [--kernel K] [--tries N] [--threads 1,2]
                                               [--chunks C] [--seed S]

Chunk i counts its share of the tries with seed S + i, so the answer depends on the number
of chunks (default: 4 per thread of the largest count) but not on the number of threads.
For each thread count the script prints one line, and then whether the threads scaled.

They do not, yet: pyxc releases the GIL only around code that touches no state Python threads
share, and the kernel draws from `random`'s one generator, so it keeps the GIL (per-thread
generators are pyxc's issue 5 compiler work). The pool then runs one chunk at a time and 2
threads take as long as 1. The script measures this rather than assuming it, and says which
case it saw.
"""
import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pi_mpi import default_kernel, load_kernel, share  # noqa: E402


def run(kernel, seed, tries, chunks, threads):
    """(inside, seconds) of one pool run over `chunks` chunks."""
    sizes = [share(tries, chunks, i) for i in range(chunks)]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        start = time.perf_counter()
        inside = sum(pool.map(kernel.count_inside, [seed + i for i in range(chunks)], sizes))
        seconds = time.perf_counter() - start
    return inside, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kernel", help="compiled pi_kernel module (or pi_kernel.py)")
    parser.add_argument("--tries", type=int, default=10_000_000)
    parser.add_argument("--threads", default=f"1,{os.cpu_count() or 1}",
                        help="comma-separated thread counts (default 1,<cpus>)")
    parser.add_argument("--chunks", type=int, help="default: 4 per thread of the largest count")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs per thread count (median)")
    args = parser.parse_args()

    path = os.path.abspath(args.kernel) if args.kernel else default_kernel()
    kernel = load_kernel(path)
    counts = sorted({int(t) for t in args.threads.split(",")})
    chunks = args.chunks or 4 * counts[-1]
    times = {}
    for threads in counts:
        samples = [run(kernel, args.seed, args.tries, chunks, threads) for _ in range(args.repeat)]
        inside = samples[0][0]
        assert all(s[0] == inside for s in samples), "the same chunks must give the same count"
        times[threads] = statistics.median(s[1] for s in samples)
        speedup = times[counts[0]] / times[threads] * counts[0]
        sys.stdout.write(
            f"pi_threads threads={threads} chunks={chunks} tries={args.tries} inside={inside} "
            f"pi={4.0 * inside / args.tries:.7f} seconds={times[threads]:.4f} "
            f"speedup={speedup:.2f} efficiency={speedup / threads:.0%}\n")
    if len(counts) > 1:
        top = counts[-1]
        speedup = times[counts[0]] / times[top] * counts[0]
        if speedup < 0.75 * top:
            print(f"note: {top} threads ran {speedup:.2f}x as fast as 1: the kernel holds the GIL "
                  f"while it runs, so the threads take turns (pyxc keeps the GIL for code that uses random)")
        else:
            print(f"note: {top} threads ran {speedup:.2f}x as fast as 1: the kernel runs without the GIL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
