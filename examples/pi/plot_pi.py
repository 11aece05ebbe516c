#!/usr/bin/python3
"""The tutorial's plot: Monte-Carlo pi's execution time against the number of workers.

    /usr/bin/python3 examples/pi/plot_pi.py RESULTS... [-o pi_time_vs_workers.png] [--cpus N]

RESULTS are files of `pi_mpi ranks=N ... seconds=T kernel=K` lines (slurm_pi.sh's array
tasks, or pi_mpi.py --results). One curve per kernel (pyxc, cpython) and number of tries, at
the median time of the runs with the same worker count, with the ideal time (the 1-worker
time divided by the workers) dashed. Prints the table it plots.
"""
import argparse
import collections
import statistics
import sys

import matplotlib

matplotlib.use("Agg")  # no display on a cluster node
import matplotlib.pyplot as plt  # noqa: E402


def read(paths):
    """{(kernel, tries): {ranks: [seconds, ...]}} from the result lines of `paths`."""
    runs = collections.defaultdict(lambda: collections.defaultdict(list))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                words = line.split()
                if not words or words[0] != "pi_mpi":
                    continue
                try:
                    fields = dict(w.split("=", 1) for w in words[1:])
                    key = (fields.get("kernel", "?"), int(fields["tries"]))
                    runs[key][int(fields["ranks"])].append(float(fields["seconds"]))
                except (KeyError, ValueError):
                    sys.exit(f"{path}:{number}: not a pi_mpi result line: {line.strip()}")
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("results", nargs="+")
    parser.add_argument("-o", "--output", default="pi_time_vs_workers.png")
    parser.add_argument("--cpus", type=int, help="mark the CPUs the runs had (a vertical line)")
    args = parser.parse_args()

    runs = read(args.results)
    if not runs:
        sys.exit("plot_pi: no pi_mpi result lines in " + ", ".join(args.results))
    fig, ax = plt.subplots(figsize=(7, 4.5))
    print(f"{'kernel':>8} {'tries':>12} {'workers':>8} {'runs':>5} {'seconds':>10} {'speedup':>8} {'efficiency':>10}")
    for (kernel, tries), by_ranks in sorted(runs.items()):
        workers = sorted(by_ranks)
        times = [statistics.median(by_ranks[n]) for n in workers]
        base = times[0] * workers[0]  # time of one worker, extrapolated if the sweep starts later
        for n, t in zip(workers, times):
            print(f"{kernel:>8} {tries:>12} {n:>8} {len(by_ranks[n]):>5} {t:>10.4f} "
                  f"{base / t:>7.2f}x {base / t / n:>10.0%}")
        line, = ax.plot(workers, times, "o-", label=f"{kernel}, {tries:.0e} tries")
        ax.plot(workers, [base / n for n in workers], "--", color=line.get_color(), alpha=0.5,
                label=f"{kernel}, ideal")
    if args.cpus:
        ax.axvline(args.cpus, color="grey", linestyle=":", label=f"{args.cpus} CPUs")
    ax.set_xlabel("number of workers (MPI ranks)")
    ax.set_ylabel("execution time (s)")
    ax.set_yscale("log")
    ax.set_title("Monte-Carlo pi: execution time vs workers")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(args.output, dpi=120)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
