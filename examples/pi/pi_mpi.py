#!/usr/bin/python3
"""Monte-Carlo pi over MPI ranks (mpi4py): every rank runs the compiled kernel on its share.

    mpirun -n 4 /usr/bin/python3 examples/pi/pi_mpi.py [--kernel K] [--tries N] [--seed S]
                                                       [--results FILE]

No rank builds anything: each imports the kernel module already compiled with
`pyxc examples/pi/pi_kernel.py -o DIR/pi_kernel.so` (--kernel names it; by default the
`pi_kernel*.so` beside this script). --kernel may also name pi_kernel.py itself, to run the
same program under CPython for comparison.

Rank r counts the points of its share of the tries (tries // size, one more for the first
tries % size ranks) with seed = S + r; rank 0 reduces the counts and prints one line, also
appended to FILE with --results (one write, so concurrent jobs do not interleave):

    pi_mpi ranks=4 tries=10000000 inside=7853561 pi=3.1414244 seconds=0.0612 kernel=pyxc

`seconds` is the wall time of the computation and the reduction, between two barriers; it
leaves out the start-up of the interpreter and of MPI.
"""
import argparse
import glob
import importlib.machinery
import importlib.util
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def load_kernel(path):
    """Imports the module at `path` (an extension or a .py), named after the file's stem."""
    name = os.path.basename(path).split(".")[0]  # pi_kernel.cpython-311-x86_64-linux-gnu.so
    if path.endswith(".py"):
        loader = importlib.machinery.SourceFileLoader(name, path)
    else:
        loader = importlib.machinery.ExtensionFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_kernel():
    found = sorted(glob.glob(os.path.join(HERE, "pi_kernel*.so")))
    if not found:
        sys.exit(f"pi_mpi: no compiled kernel beside {__file__}; build one with\n"
                 f"  pyxc {os.path.join(HERE, 'pi_kernel.py')} -o {os.path.join(HERE, 'pi_kernel.so')}\n"
                 f"or pass --kernel")
    return found[0]


def share(tries, size, rank):
    return tries // size + (1 if rank < tries % size else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kernel", help="compiled pi_kernel module (or pi_kernel.py)")
    parser.add_argument("--tries", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=1, help="rank r uses seed + r")
    parser.add_argument("--results", help="append the result line to this file")
    args = parser.parse_args()

    from mpi4py import MPI  # after argparse, so --help works without MPI
    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    path = os.path.abspath(args.kernel) if args.kernel else default_kernel()
    kernel = load_kernel(path)
    label = "cpython" if path.endswith(".py") else "pyxc"

    comm.Barrier()
    start = time.perf_counter()
    inside = kernel.count_inside(args.seed + rank, share(args.tries, size, rank))
    total = comm.reduce(inside, op=MPI.SUM, root=0)
    comm.Barrier()
    seconds = time.perf_counter() - start

    if rank == 0:
        pi = 4.0 * total / args.tries
        line = (f"pi_mpi ranks={size} tries={args.tries} inside={total} pi={pi:.7f} "
                f"seconds={seconds:.4f} kernel={label}\n")
        sys.stdout.write(line)  # one write: PYTHONUNBUFFERED would split a print in two
        sys.stdout.flush()
        if args.results:
            with open(args.results, "a", encoding="utf-8") as f:
                f.write(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
