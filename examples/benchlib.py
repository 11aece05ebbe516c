"""Shared pieces of the benchmarks in examples/: building a module with pyxc or Pythran,
loading it, and timing functions side by side in one interleaved run (medians, never a
single sample: the machine is shared and noisy).

    import benchlib   (the scripts put examples/ on sys.path)
"""
import importlib.util
import os
import statistics
import subprocess
import sys
import time

BATCH_SECONDS = 0.02  # each timed batch lasts about this long


def load(name, path):
    """Imports the module at PATH (a .py or an extension .so) under NAME."""
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


def build_pyxc(pyxc, source, output, flags=()):
    """Compiles SOURCE with pyxc for this interpreter; returns the seconds or None."""
    env = dict(os.environ, PYXC_PYTHON=sys.executable)
    return build(f"pyxc {' '.join(flags)}".strip(), [pyxc, source, *flags, "-o", output], output, env)


def pythran_installed():
    if importlib.util.find_spec("pythran") is None:
        print("pythran: not installed; skipped (apt-get install python3-pythran)")
        return False
    return True


def build_pythran(source, output):
    """Compiles SOURCE with Pythran; returns the seconds or None. Pythran wants `#pythran
    export` and rejects the `if __name__ == "__main__":` script block, so a copy without them
    is compiled. Debian's pythran 0.11 has no `python3 -m pythran`: its entry point is called."""
    if not pythran_installed():
        return None
    with open(source, encoding="utf-8") as f:
        text = f.read().replace("\n#export ", "\n#pythran export ")
    text = text.split('\nif __name__ == "__main__":')[0]
    copy = os.path.splitext(output)[0] + ".py"
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text)
    run = "import sys; from pythran.run import run; sys.argv[0] = 'pythran'; sys.exit(run())"
    env = dict(os.environ, PYTHONWARNINGS="ignore")  # numpy 1.24 FutureWarnings from pythran 0.11
    return build("pythran", [sys.executable, "-c", run, copy, "-O2", "-o", output], output, env)


def batch_size(call, batch_seconds=BATCH_SECONDS):
    """Calls per timed batch, so that one batch of CALL() lasts about batch_seconds."""
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            call()
        elapsed = time.perf_counter() - start
        if elapsed >= batch_seconds / 4 or number >= 1 << 24:
            return max(1, int(number * batch_seconds / max(elapsed, 1e-9)))
        number *= 4


def interleaved(calls, rounds, batch_seconds=BATCH_SECONDS):
    """Median seconds per call of each zero-argument callable; round-robin, so that changes of
    the machine's load hit all of them alike."""
    numbers = [batch_size(c, batch_seconds) for c in calls]
    samples = [[] for _ in calls]
    for _ in range(rounds):
        for call, number, out in zip(calls, numbers, samples):
            start = time.perf_counter()
            for _ in range(number):
                call()
            out.append((time.perf_counter() - start) / number)
    return [statistics.median(s) for s in samples]


def human(seconds):
    for unit, scale in (("s", 1), ("ms", 1e-3), ("us", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            return f"{seconds / scale:7.3g} {unit}"
