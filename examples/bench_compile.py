#!/usr/bin/python3
"""Compile-time benchmark: how long it takes to turn a Python file into an importable module.

    /usr/bin/python3 examples/bench_compile.py [--pyxc build/bin/pyxc] [--rounds 5] [FILE.py ...]

Files (default: examples/example4.py and examples/pi/pi_kernel.py) and builds all run
interleaved: each round runs every build of every file once. The tables show the median wall
time, the median CPU time (user + system of every process the build started) and how many
times faster than Pythran each build is:

  pyxc cold            in-process Clang, an empty cache directory: the interpreter probed,
                       nothing of earlier builds reused; the runtime headers come precompiled
                       with pyxc (share/pyxc/pch, built by pyxc's own build)
  pyxc cold, no PCH    the same with --no-pch: every header parsed from text (what a build
                       costs when flags differ from the defaults the build precompiled, while a
                       background process precompiles them for the next build)
  pyxc warm PCH        in-process Clang, --no-cache, the precompiled runtime already built
  pyxc cached          an unchanged module: copied from the build cache
  pyxc g++ warm PCH    --cxx g++: pyxc spawning g++ (with its own precompiled runtime)
  pyxc clang++ warm    --cxx clang++-14: pyxc spawning clang++-14 (likewise)
  g++ / clang++-14     spawned by hand on pyxc's own C++ (-E), with pyxc's flags, no PCH:
                       what a build costs without pyxc's cache and PCH
  pythran              Debian's pythran on the same file (its `#pythran export` spelling,
                       and without the `if __name__ == "__main__":` block it rejects)

Then the median --time-phases breakdown of the in-process warm and cold builds: where the
remaining time goes.

Every build gets its own output file; the pyxc rows other than "cold" share one private cache
directory, warmed (precompiled runtimes, the cached module) before the timed rounds.
"""
import argparse
import os
import re
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
DEFAULT_SOURCES = [os.path.join(HERE, "example4.py"), os.path.join(HERE, "pi", "pi_kernel.py")]


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Build:
    """One configuration of one file: a command, its output, its samples."""

    def __init__(self, source, name, command, output, fresh_cache=None):
        self.source, self.name, self.command, self.output = source, name, command, output
        self.fresh_cache = fresh_cache  # a directory emptied before every run ("cold")
        self.samples = []  # (wall s, CPU s)
        self.phases = []   # {phase: ms}, from --time-phases

    def run(self, env):
        if os.path.exists(self.output):
            os.remove(self.output)
        if self.fresh_cache:
            shutil.rmtree(self.fresh_cache, ignore_errors=True)
            env = dict(env, PYXC_CACHE_DIR=self.fresh_cache)
        cpu, start = children_cpu(), time.perf_counter()
        done = subprocess.run(self.command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
        wall = time.perf_counter() - start
        if done.returncode != 0 or not os.path.exists(self.output):
            raise RuntimeError(f"build failed: {' '.join(self.command)}\n{done.stdout[-3000:]}")
        self.samples.append((wall, children_cpu() - cpu))
        if "--time-phases" in self.command:
            self.phases.append(parse_phases(done.stdout))

    def median(self, which):
        return statistics.median(s[which] for s in self.samples)


def parse_phases(output):
    """{phase: ms} from pyxc's --time-phases table."""
    phases, in_table = {}, False
    for line in output.splitlines():
        if line.startswith("pyxc: phase times"):
            in_table = True
        elif in_table:
            m = re.match(r"^\s+(.+?)\s+([0-9.]+)$", line)
            if m:
                phases[m.group(1)] = float(m.group(2))
    return phases


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
    path = os.path.join(tmp, os.path.basename(source))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def configurations(args, source, tmp):
    """The builds of one source file."""
    stem = os.path.splitext(os.path.basename(source))[0]
    # Every output keeps the module's name (the module init function is named after it).
    def out(tag):
        directory = os.path.join(tmp, stem, tag.replace(" ", "_").replace("+", "x"))
        os.makedirs(directory, exist_ok=True)
        return os.path.join(directory, stem + ".so")

    def pyxc(tag, *flags, fresh_cache=None):
        return Build(source, tag, [args.pyxc, source, "-o", out(tag), *flags], out(tag), fresh_cache)

    builds = [pyxc("pyxc cold", "--time-phases", fresh_cache=os.path.join(tmp, stem, "cold-cache")),
              pyxc("pyxc cold, no PCH", "--no-pch", "--time-phases",
                   fresh_cache=os.path.join(tmp, stem, "cold-nopch-cache")),
              pyxc("pyxc warm PCH", "--no-cache", "--time-phases"),
              pyxc("pyxc cached")]
    if shutil.which("g++"):
        builds.append(pyxc("pyxc g++ warm PCH", "--no-cache", "--cxx", "g++"))
    if shutil.which("clang++-14"):
        builds.append(pyxc("pyxc clang++ warm", "--no-cache", "--cxx", "clang++-14"))

    # pyxc's own C++ (with module glue), compiled and linked by hand with pyxc's flags.
    cpp = os.path.join(tmp, stem, f"{stem}_by_hand.cpp")
    subprocess.run([args.pyxc, source, "-E", "-o", cpp], check=True)
    includes = [f"-I{os.path.join(REPO, 'runtime', 'include')}",
                f"-I{sysconfig.get_paths()['include']}"]
    if numpy_include():
        includes.append(f"-I{numpy_include()}")
    flags = ["-std=c++20", "-O2", "-fPIC", "-shared", "-fvisibility=hidden", "-DNDEBUG",
             "-ffp-contract=off", *includes]
    for cxx in ("g++", "clang++-14"):
        if shutil.which(cxx):
            builds.append(Build(source, f"{cxx} spawned", [cxx, *flags, cpp, "-o", out(cxx)],
                                out(cxx)))

    if not args.no_pythran and shutil.which("pythran"):
        src = pythran_source(source, os.path.join(tmp, stem))
        builds.append(Build(source, "pythran", ["pythran", src, "-O2", "-o", out("pythran")],
                            out("pythran")))
    return builds


def print_table(source, builds, rounds):
    pythran = next((b for b in builds if b.name == "pythran"), None)
    base = pythran.median(0) if pythran else None
    print(f"\n{os.path.relpath(source, REPO)}: median of {rounds} interleaved rounds "
          f"(load average {os.getloadavg()[0]:.1f})")
    print(f"{'build':<20}{'wall s':>9}{'CPU s':>9}{'vs pythran':>12}")
    for b in builds:
        ratio = f"{base / b.median(0):.1f}x" if base else "-"
        print(f"{b.name:<20}{b.median(0):>9.3f}{b.median(1):>9.3f}{ratio:>12}")
    for b in builds:
        if not b.phases:
            continue
        names = list(b.phases[0])
        cells = ", ".join(f"{n} {statistics.median(p.get(n, 0.0) for p in b.phases):.0f}"
                          for n in names if n != "total")
        print(f"  {b.name} phases (median ms): {cells}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pyxc", default=os.path.join(REPO, "build", "bin", "pyxc"))
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--no-pythran", action="store_true")
    parser.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="pyxc-bench-compile-")
    env = dict(os.environ, PYXC_CACHE_DIR=os.path.join(tmp, "cache"), PYXC_PYTHON=sys.executable,
               PYTHONWARNINGS="ignore")  # numpy 1.24 FutureWarnings from pythran 0.11
    env.pop("PYXC_CXX", None)  # the default backend: Clang in-process
    try:
        per_source = [configurations(args, source, tmp) for source in args.sources]
        everything = [b for builds in per_source for b in builds]
        for b in everything:  # warm-up: PCHs, the cached module, disk caches
            b.run(env)
            b.samples.clear()
            b.phases.clear()
        for _ in range(args.rounds):
            for b in everything:
                b.run(env)
        for source, builds in zip(args.sources, per_source):
            print_table(source, builds, args.rounds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
