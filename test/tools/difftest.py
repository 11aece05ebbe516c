#!/usr/bin/env python3
"""Differential test driver: a pyxc-compiled module must behave like its source under CPython.

    difftest.py --pyxc BIN --python PY [--keep] TEST.py    (lit: `# RUN: %difftest %s`)
    difftest.py --self-check --python PY TEST.py           (no pyxc: the source against itself)

Protocol:
1. `BIN TEST.py -o TMP/<stem>.so` builds the module (the stem, made a valid identifier, is the
   module name). A failed build prints pyxc's output and fails the test.
2. ONE subprocess of PY loads TEST.py as plain Python (the `#export` lines are only comments
   to CPython) and imports the compiled module. Every check line of TEST.py
       #check: EXPR           exact comparison (floats bit for bit)
       #check-approx: EXPR    floats compared with a relative tolerance of 1e-12
       #check-rejects: EXPR   the compiled module must raise TypeError (an argument outside
                              the export signatures), whatever CPython does
       #check-exc-type: EXPR  both sides must raise the same exception type; the messages may
                              differ (a documented divergence: say why in a comment beside it)
   evaluates EXPR once per side, with that module's namespace as globals (builtins and `math`
   available), so the arguments are rebuilt for each side and mutation cannot leak.
3. Results agree when they have the same type (exactly, recursively through lists and
   tuples) and value (NaN equals NaN, -0.0 differs from 0.0), or when both raise the same
   exception type with the same message. For TypeError only the type is compared, since
   pyxc's argument-checking messages differ on purpose; the compiled message must however
   name a function called in EXPR.
4. One line per check; the exit status is non-zero if a check fails or if there is none.
"""
import argparse
import ast
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHECK_RE = re.compile(r"^\s*#\s*check(|-approx|-rejects|-exc-type):\s*(.+?)\s*$")
REL_TOL = 1e-12


# ------------------------------------------------------------------ comparison (child side)

def describe(outcome):
    """`0.5 (float)` or `ZeroDivisionError('float division by zero')`."""
    kind, value = outcome
    if kind == "raised":
        return repr(value)
    return f"{value!r} ({type_name(value)})"


def type_name(value):
    value = plain_scalar(value)
    np = numpy_module()
    if np is not None and isinstance(value, np.ndarray):
        return f"ndarray[{value.dtype}, shape {value.shape}]"
    if isinstance(value, (list, tuple)) and value:
        inner = sorted({type_name(v) for v in value})
        return f"{type(value).__name__}[{' | '.join(inner)}]"
    return type(value).__name__


def same_float(a, b, approx):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if approx and a != b:
        return math.isclose(a, b, rel_tol=REL_TOL)
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


def numpy_module():
    try:
        import numpy
        return numpy
    except ImportError:
        return None


def same_array(a, b, approx):
    """numpy arrays: same dtype, same shape, same values (NaN equal to NaN, -0.0 apart from 0.0)."""
    np = numpy_module()
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.dtype.kind in "fc":
        if approx:
            return bool(np.allclose(a, b, rtol=REL_TOL, atol=0.0, equal_nan=True))
        return all(same_value(complex(x) if a.dtype.kind == "c" else float(x),
                              complex(y) if a.dtype.kind == "c" else float(y), False)
                   for x, y in zip(a.ravel().tolist(), b.ravel().tolist()))
    return bool(np.array_equal(a, b))


def plain_scalar(v):
    """A numpy scalar as the Python scalar of its kind (pyxc returns Python float/int/bool/complex)."""
    np = numpy_module()
    if np is not None and isinstance(v, np.generic) and not isinstance(v, np.ndarray):
        return v.item() if v.dtype.kind != "u" else int(v)
    return v


def same_value(a, b, approx):
    np = numpy_module()
    if np is not None and (isinstance(a, np.ndarray) or isinstance(b, np.ndarray)):
        return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and same_array(a, b, approx)
    a, b = plain_scalar(a), plain_scalar(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return same_float(a, b, approx)
    if isinstance(a, complex):
        return same_float(a.real, b.real, approx) and same_float(a.imag, b.imag, approx)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same_value(x, y, approx) for x, y in zip(a, b))
    return a == b


def called_names(expr):
    """Names of the functions called in EXPR (`f` in `f(g(1), 2)`, and `g`)."""
    return {node.func.id for node in ast.walk(ast.parse(expr, mode="eval"))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def compare(variant, expr, py, cc, self_check):
    """Returns None when the two outcomes agree, else the reason they do not."""
    if variant == "-rejects" and self_check:
        return None  # only the compiled module is bound by export signatures
    if variant == "-rejects":
        if cc[0] != "raised" or type(cc[1]) is not TypeError:
            return "expected the compiled module to raise TypeError"
    elif py[0] != cc[0]:
        return "one side raised, the other returned"
    elif variant == "-exc-type":
        if py[0] != "raised":
            return "expected both sides to raise"
        return None if type(py[1]) is type(cc[1]) else "different exception types"
    elif py[0] == "returned":
        if same_value(py[1], cc[1], approx=(variant == "-approx")):
            return None
        return "different types" if type_name(py[1]) != type_name(cc[1]) else "different values"
    elif type(py[1]) is not type(cc[1]):
        return "different exception types"
    elif type(py[1]) is not TypeError:
        return None if str(py[1]) == str(cc[1]) else "different exception messages"
    names = called_names(expr)
    if not self_check and not any(re.search(rf"\b{n}\b", str(cc[1])) for n in names):
        return f"the TypeError message names none of {sorted(names)}"
    return None


def evaluate(expr, namespace):
    try:
        return ("returned", eval(expr, dict(namespace)))
    except Exception as exc:  # every exception is a result to compare
        return ("raised", exc)


def load(name, path):
    """Imports PATH as module NAME: an extension module, else Python source (any suffix)."""
    import importlib.machinery
    import importlib.util
    loader = None
    if not path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)):
        loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.util.spec_from_file_location(name, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_checks(test_path, compiled_path):
    """The child: loads both modules and evaluates every check. Returns the exit status."""
    sys.setrecursionlimit(10000)
    with open(test_path, encoding="utf-8") as f:
        checks = [(n, m.group(1), m.group(2)) for n, line in enumerate(f, 1)
                  if (m := CHECK_RE.match(line))]
    if not checks:
        print(f"FAIL: {test_path} has no #check line (a test that cannot fail proves nothing)")
        return 1
    python_module = load("pyxc_difftest_source", test_path)
    if compiled_path is None:
        compiled_module = load("pyxc_difftest_self", test_path)
    else:
        stem = os.path.splitext(os.path.basename(compiled_path))[0]
        compiled_module = load(stem, compiled_path)
    extra = {"math": math}
    if numpy_module() is not None:  # checks build their arguments with np.array(...)
        extra.update(np=numpy_module(), numpy=numpy_module())
    namespaces = [{**extra, **vars(m)} for m in (python_module, compiled_module)]
    failures = 0
    for line, variant, expr in checks:
        py, cc = (evaluate(expr, ns) for ns in namespaces)
        reason = compare(variant, expr, py, cc, self_check=compiled_path is None)
        if reason is None:
            print(f"ok   {line}: {expr} -> {describe(cc)}", flush=True)
        else:
            failures += 1
            print(f"FAIL {line}: {expr}: {reason}\n"
                  f"       python: {describe(py)} | pyxc: {describe(cc)}", flush=True)
    print(f"{len(checks) - failures} of {len(checks)} checks passed")
    return 1 if failures else 0


# ------------------------------------------------------------------ driver (parent side)

def module_name(test_path):
    stem = re.sub(r"\W", "_", os.path.splitext(os.path.basename(test_path))[0])
    return stem if stem and not stem[0].isdigit() else "m_" + stem


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("test")
    parser.add_argument("--pyxc", help="the pyxc binary")
    parser.add_argument("--python", default=sys.executable, help="interpreter to test in")
    parser.add_argument("--keep", action="store_true", help="keep the build directory")
    parser.add_argument("--self-check", action="store_true", help="compare the source with itself")
    parser.add_argument("--timeout", type=float, default=300, help="seconds for all the checks")
    parser.add_argument("--pyxc-flag", action="append", default=[], help="pass a flag to pyxc (e.g. -fopenmp)")
    parser.add_argument("--child", metavar="MODULE", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child is not None:
        return run_checks(args.test, None if args.child == "-" else args.child)
    if not args.self_check and not args.pyxc:
        parser.error("--pyxc is required (or --self-check)")

    tmpdir = tempfile.mkdtemp(prefix="pyxc-difftest-")
    try:
        compiled = "-"
        if not args.self_check:
            compiled = os.path.join(tmpdir, module_name(args.test) + ".so")
            env = dict(os.environ, PYXC_PYTHON=args.python)
            build = subprocess.run([args.pyxc, args.test, "-o", compiled, *args.pyxc_flag], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if build.returncode != 0 or not os.path.exists(compiled):
                how = (f"crashed with signal {-build.returncode}" if build.returncode < 0
                       else f"exit {build.returncode}")
                print(f"FAIL: pyxc could not build {args.test} ({how}):")
                print(build.stdout, end="")
                return 1
        try:
            child = subprocess.run([args.python, os.path.abspath(__file__), "--child", compiled,
                                    args.test], timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL: the checks did not finish within {args.timeout} s")
            return 1
        if child.returncode < 0:
            print(f"FAIL: the test process died with signal {-child.returncode}")
        return 1 if child.returncode else 0
    finally:
        if args.keep:
            print(f"build directory kept: {tmpdir}")
        else:
            shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
