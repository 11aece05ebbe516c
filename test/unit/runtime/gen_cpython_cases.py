#!/usr/bin/python3
"""Prints CPython's results for the runtime's arithmetic and math functions on edge cases
and seeded random operands, one tab-separated case per line. cpython_cases_test.cpp runs this
script with /usr/bin/python3 (the interpreter pyxc modules are built for) and replays every
case against the C++ runtime, comparing values bit for bit and exceptions by type and message.
"""
import math
import random
import sys

rng = random.Random(20240611)

SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1.5, -2.5, 7.0, -7.0, 0.1,
           -0.1, 10.0, 100.5, 1e-300, -1e-300, 5e-324, 1e300, -1e300, 1.7976931348623157e308,
           2.0**53 + 2, -(2.0**63), 2.0**63, 1e-7, math.pi, math.inf, -math.inf, math.nan]
INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 62, 63, 64, 100, -100, 2**31, -2**31,
        2**53, 2**53 + 1, -(2**53) - 1, 2**62, 2**63 - 1, -2**63, -2**63 + 1, 3037000499,
        3037000500, 12345678901234567]


def rand_float():
    k = rng.random()
    if k < 0.4:
        return rng.uniform(-10, 10)
    if k < 0.7:
        return rng.choice([-1, 1]) * 10.0 ** rng.uniform(-300, 300)
    if k < 0.85:
        return float(rng.randint(-50, 50)) / rng.choice([1, 2, 4, 8])
    return rng.choice([-1, 1]) * rng.uniform(0, 1e6)


def rand_int():
    k = rng.random()
    if k < 0.5:
        return rng.randint(-1000, 1000)
    if k < 0.8:
        return rng.randint(-2**63, 2**63 - 1)
    return rng.randint(-2**31, 2**31)


def hexf(x):
    return x.hex()  # 'inf', '-inf' and 'nan' for the specials; strtod reads all of them


def outcome(f, *args):
    """(result, exception name, message) of f(*args) under CPython."""
    try:
        return f(*args), "", ""
    except Exception as e:  # noqa: BLE001 - we record whatever CPython raises
        return None, type(e).__name__, str(e)


def fits(i):
    return -2**63 <= i < 2**63


INT_OVERFLOW = ("OverflowError", "integer overflow: pyxc ints are 64-bit")


def emit_ff(out, name, f, pairs):
    for a, b in pairs:
        r, exc, msg = outcome(f, a, b)
        if exc == "" and isinstance(r, complex):
            continue  # CPython's complex results are ValueErrors in pyxc: tested by hand
        if exc == "" and isinstance(r, int):
            if not fits(r):
                exc, msg = INT_OVERFLOW
                r = 0
            out.append(f"ff\t{name}\t{hexf(a)}\t{hexf(b)}\ti:{r}\t{exc}\t{msg}")
            continue
        out.append(f"ff\t{name}\t{hexf(a)}\t{hexf(b)}\t{hexf(r if r is not None else 0.0)}\t{exc}\t{msg}")


def emit_ii(out, name, f, pairs):
    for a, b in pairs:
        r, exc, msg = outcome(f, a, b)
        if exc == "" and isinstance(r, float):
            out.append(f"ii\t{name}\t{a}\t{b}\tf:{hexf(r)}\t\t")
            continue
        if exc == "" and isinstance(r, bool):
            r = int(r)
        if exc == "" and not fits(r):
            exc, msg = INT_OVERFLOW
            r = 0
        out.append(f"ii\t{name}\t{a}\t{b}\t{r if r is not None else 0}\t{exc}\t{msg}")


def emit_cc(out, name, f, pairs):
    for a, b in pairs:
        r, exc, msg = outcome(f, a, b)
        if r is None:
            r = 0j
        if isinstance(r, float):
            r = complex(r, 0.0)
        out.append(f"cc\t{name}\t{hexf(a.real)}\t{hexf(a.imag)}\t{hexf(b.real)}\t{hexf(b.imag)}\t"
                   f"{hexf(r.real)}\t{hexf(r.imag)}\t{exc}\t{msg}")


NEG_FRACTIONAL_POW = ("pyxc: negative float raised to a non-integer power gives a complex in "
                      "Python; use complex(x) ** y")


def float_pow(a, b):
    """float ** float, except where CPython switches to complex: pyxc raises ValueError."""
    if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
        raise ValueError(NEG_FRACTIONAL_POW)
    return a ** b


def main():
    fpairs = [(a, b) for a in SPECIAL for b in SPECIAL]
    fpairs += [(rand_float(), rand_float()) for _ in range(150)]
    small = [float(rng.randint(-6, 6)) for _ in range(60)]
    fpairs_pow = fpairs + [(rand_float(), s) for s in small] + \
        [(rng.uniform(0.1, 3), rng.uniform(-300, 300)) for _ in range(100)]
    ipairs = [(a, b) for a in INTS for b in INTS] + [(rand_int(), rand_int()) for _ in range(150)]
    ipairs_pow = [(a, b) for a in INTS for b in range(0, 70)] + \
        [(rng.randint(-40, 40), rng.randint(0, 20)) for _ in range(100)]
    ipairs_shift = [(a, b) for a in INTS for b in [-1, 0, 1, 2, 10, 31, 32, 62, 63, 64, 65, 100, 2**40]]
    ifpairs = [(i, float(i)) for i in INTS] + [(i, float(i) + d) for i in INTS for d in (0.5, -0.5)]
    ifpairs += [(a, b) for a in INTS for b in SPECIAL] + \
        [(2**53 + 1, 2.0**53), (2**63 - 1, 2.0**63), (-2**63, -(2.0**63)), (2**53 + 1, 2.0**53 + 2)]

    ff = []
    emit_ff(ff, "truediv", lambda a, b: a / b, fpairs)
    emit_ff(ff, "floordiv", lambda a, b: a // b, fpairs)
    emit_ff(ff, "mod", lambda a, b: a % b, fpairs)
    emit_ff(ff, "pow", float_pow, fpairs_pow)
    emit_ff(ff, "math.pow", math.pow, fpairs_pow)
    emit_ff(ff, "math.fmod", math.fmod, fpairs)
    emit_ff(ff, "math.atan2", math.atan2, fpairs)
    emit_ff(ff, "math.copysign", math.copysign, fpairs)
    emit_ff(ff, "math.remainder", math.remainder, fpairs)
    emit_ff(ff, "math.log", math.log, fpairs)
    emit_ff(ff, "math.hypot", math.hypot, fpairs + [(rand_float(), rand_float() * 1e-3) for _ in range(100)]
            + [(rng.uniform(0, 1) * 1e-310, rng.uniform(0, 1) * 1e-310) for _ in range(50)])
    emit_ff(ff, "math.isclose", lambda a, b: float(math.isclose(a, b)), fpairs)
    unary = {
        "math.sqrt": math.sqrt, "math.exp": math.exp, "math.exp2": math.exp2,
        "math.expm1": math.expm1, "math.log1": math.log, "math.log2": math.log2,
        "math.log10": math.log10, "math.log1p": math.log1p, "math.sin": math.sin,
        "math.cos": math.cos, "math.tan": math.tan, "math.asin": math.asin, "math.acos": math.acos,
        "math.atan": math.atan, "math.sinh": math.sinh, "math.cosh": math.cosh,
        "math.tanh": math.tanh, "math.asinh": math.asinh, "math.acosh": math.acosh,
        "math.atanh": math.atanh, "math.cbrt": math.cbrt, "math.erf": math.erf,
        "math.erfc": math.erfc, "math.gamma": math.gamma, "math.lgamma": math.lgamma,
        "math.degrees": math.degrees, "math.radians": math.radians, "math.floor": math.floor,
        "math.ceil": math.ceil, "math.trunc": math.trunc, "int": int,
    }
    xs = SPECIAL + [rand_float() for _ in range(80)] + [rng.uniform(-180, 180) for _ in range(40)] \
        + [x / 4 for x in range(-40, 40)] + [1e-21, -1e-21, 171.5, 171.7, 200.5, -200.5, 141.3, -141.3]
    for name, f in unary.items():
        emit_ff(ff, name, lambda a, b, f=f: f(a), [(x, 0.0) for x in xs])
    emit_ff(ff, "sum", lambda a, b: sum([a, b, a * 0.3, b * 1e-17]), fpairs)

    ii = []
    emit_ii(ii, "add", lambda a, b: a + b, ipairs)
    emit_ii(ii, "sub", lambda a, b: a - b, ipairs)
    emit_ii(ii, "mul", lambda a, b: a * b, ipairs)
    emit_ii(ii, "truediv", lambda a, b: a / b, ipairs)
    emit_ii(ii, "floordiv", lambda a, b: a // b, ipairs)
    emit_ii(ii, "mod", lambda a, b: a % b, ipairs)
    emit_ii(ii, "pow", lambda a, b: a ** b, ipairs_pow)
    # A shift past 2**20 bits stands for any result too big for pyxc (CPython needs memory).
    emit_ii(ii, "lshift", lambda a, b: a << b if b < 2**20 or a == 0 or b < 0 else 2**64, ipairs_shift)
    emit_ii(ii, "rshift", lambda a, b: a >> b, ipairs_shift)
    emit_ii(ii, "gcd", math.gcd, ipairs)
    emit_ii(ii, "lcm", math.lcm, ipairs)
    emit_ii(ii, "neg", lambda a, b: -a, [(a, 0) for a in INTS])
    emit_ii(ii, "abs", lambda a, b: abs(a), [(a, 0) for a in INTS])
    emit_ii(ii, "factorial", lambda a, b: math.factorial(a), [(a, 0) for a in range(-3, 25)])
    emit_ii(ii, "isqrt", lambda a, b: math.isqrt(a), [(a, 0) for a in INTS]
            + [(rng.randint(0, 2**63 - 1), 0) for _ in range(200)] + [(k * k - 1, 0) for k in range(1, 50)])

    fi = []  # int vs float comparisons: (int, float) -> bits lt|le|eq|ne|gt|ge
    for i, f in ifpairs:
        bits = (i < f) | (i <= f) << 1 | (i == f) << 2 | (i != f) << 3 | (i > f) << 4 | (i >= f) << 5
        fi.append(f"if\tcmp\t{i}\t{hexf(f)}\t{bits}\t\t")

    cc = []
    cvals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2 + 3j, -0.5 + 0.25j, 1e300 + 1e300j, complex(0.0, -0.0),
             complex(math.inf, 0), complex(0, math.inf), complex(math.nan, 1), 3 + 0j, -2 + 0j,
             0.5 + 0j, 1e-300 + 1e-300j, complex(-1, 0.0)]
    cexps = cvals + [complex(k, 0) for k in (-3, -2, 2, 3, 5, 10, 100, 101, 0.5, -0.5, 2.5)] + \
        [complex(1e308, 0), complex(0.5, 1.5)]
    cpairs = [(a, b) for a in cvals for b in cexps] + \
        [(complex(rand_float(), rand_float()) / 1e10, complex(rng.uniform(-5, 5), rng.uniform(-2, 2)))
         for _ in range(100)] + \
        [(complex(rng.uniform(-3, 3), rng.uniform(-3, 3)), complex(rng.randint(-12, 12), 0))
         for _ in range(100)]
    emit_cc(cc, "truediv", lambda a, b: a / b, cpairs)
    emit_cc(cc, "pow", lambda a, b: a ** b, cpairs)
    emit_cc(cc, "mul", lambda a, b: a * b, cpairs)
    emit_cc(cc, "abs", lambda a, b: abs(a), [(a, 0j) for a in cvals + [complex(1e308, 1e308)]])

    print("\n".join(ff + ii + fi + cc))


main()
