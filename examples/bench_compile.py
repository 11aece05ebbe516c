#!/usr/bin/python3
"""Compile-time benchmark: how long it takes to turn a Python file into an importable module.

    /usr/bin/python3 examples/bench_compile.py [--pyxc build/bin/pyxc] [--rounds 5] [FILE.py ...]

For each file (default: examples/example4.py), these builds run interleaved, one of each per
round, and the table shows the median wall time and the median CPU time (user + system of
every process the build started) over the rounds:

  pyxc cold          --no-cache --no-pch: every header parsed from text
  pyxc warm PCH      --no-cache, the precompiled runtime already in the cache
  pyxc cached        an unchanged module: copied from the build cache
  pyxc clang warm    the same as "warm PCH", with --cxx clang++-14
  g++ / clang++-14   spawned by hand on pyxc's own C++ (-E), with pyxc's flags, no PCH:
                     what a build costs without pyxc's cache and PCH
  pythran            Debian's pythran on the same file (its `#pythran export` spelling,
                     and without the `if __name__ == "__main__":` block it rejects)

Every build gets its own output file; the pyxc rows share one private cache directory, which
is warmed (PCH of both compilers, the cached module) before the timed rounds.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, env, output):
    """(wall seconds, CPU seconds) of one build; raises if it fails."""
    if output and os.path.exists(output):
        os.remove(output)
    cpu, start = children_cpu(), time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0 or (output and not os.path.exists(output)):
        raise RuntimeError(f"build failed: {' '.join(command)}\n{done.stdout[-3000:]}")
    return wall, children_cpu() - cpu


def numpy_include():
    try:
        import numpy
        return numpy.get_include()
    except ImportError:
        return None


def pythran_source(source, tmp):
    """The file as Pythran accepts it: its export spelling, no script block."""
    with open(source, encoding="utf-8") as f:
        text = f.read().replace("#export ", "#pythran export ")
    text = text.split('\nif __name__ == "__main__":')[0]
    path = os.path.join(tmp, "pythran_" + os.path.basename(source))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def configurations(args, source, tmp):
    """[(name, command, output)] for one source file."""
    stem = os.path.splitext(os.path.basename(source))[0]
    out = lambda tag: os.path.join(tmp, f"{stem}_{tag}.so")
    pyxc = lambda tag, *flags: (tag, [args.pyxc, source, "-o", out(tag.replace(" ", "_")), *flags],
                                out(tag.replace(" ", "_")))
    rows = [pyxc("pyxc cold", "--no-cache", "--no-pch"),
            pyxc("pyxc warm PCH", "--no-cache"),
            pyxc("pyxc cached")]
    if shutil.which("clang++-14"):
        rows.append(pyxc("pyxc clang warm", "--no-cache", "--cxx", "clang++-14"))

    # pyxc's own C++ (with module glue), compiled and linked by hand with pyxc's flags.
    cpp = os.path.join(tmp, f"{stem}_by_hand.cpp")
    subprocess.run([args.pyxc, source, "-E", "-o", cpp], check=True)
    includes = [f"-I{os.path.join(REPO, 'runtime', 'include')}",
                f"-I{sysconfig.get_paths()['include']}"]
    if numpy_include():
        includes.append(f"-I{numpy_include()}")
    flags = ["-std=c++20", "-O2", "-fPIC", "-shared", "-fvisibility=hidden", "-DNDEBUG",
             "-ffp-contract=off", *includes]
    for cxx in ("g++", "clang++-14"):
        if shutil.which(cxx):
            rows.append((f"{cxx} spawned", [cxx, *flags, cpp, "-o", out(cxx)], out(cxx)))

    if not args.no_pythran and shutil.which("pythran"):
        src = pythran_source(source, tmp)
        rows.append(("pythran", ["pythran", src, "-O2", "-o", out("pythran")], out("pythran")))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pyxc", default=os.path.join(REPO, "build", "bin", "pyxc"))
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--no-pythran", action="store_true")
    parser.add_argument("sources", nargs="*", default=[os.path.join(HERE, "example4.py")])
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="pyxc-bench-compile-")
    env = dict(os.environ, PYXC_CACHE_DIR=os.path.join(tmp, "cache"), PYXC_PYTHON=sys.executable,
               PYTHONWARNINGS="ignore")  # numpy 1.24 FutureWarnings from pythran 0.11
    try:
        for source in args.sources:
            rows = configurations(args, source, tmp)
            for _, command, output in rows:  # warm-up: PCHs, the cached module, disk caches
                timed(command, env, output)
            samples = {name: [] for name, _, _ in rows}
            for _ in range(args.rounds):
                for name, command, output in rows:
                    samples[name].append(timed(command, env, output))
            pythran = samples.get("pythran")
            base = statistics.median(w for w, _ in pythran) if pythran else None
            print(f"\n{os.path.relpath(source, REPO)}: median of {args.rounds} interleaved rounds "
                  f"(load average {os.getloadavg()[0]:.1f})")
            print(f"{'build':<18}{'wall s':>9}{'CPU s':>9}{'vs pythran':>12}")
            for name, _, _ in rows:
                wall = statistics.median(w for w, _ in samples[name])
                cpu = statistics.median(c for _, c in samples[name])
                ratio = f"{base / wall:.1f}x" if base else "-"
                print(f"{name:<18}{wall:>9.3f}{cpu:>9.3f}{ratio:>12}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
