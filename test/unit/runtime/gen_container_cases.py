"""Random dict and set programs run under CPython, for container_cases_test.cpp to replay.

Prints one line per operation: kind, op, register/element arguments, then what CPython
observed after it (iteration order of the result, a returned value, or the exception), all
tab-separated. "reset" starts a new program with three empty registers.
Kinds: si/sf/st = set of int/float/(int, int); di = dict int -> int, ds = dict str -> int.
"""
import random
import sys

R = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20240611)
NREG = 3


def int_elem():
    c = R.random()
    if c < 0.35:
        return R.randrange(0, 40)
    if c < 0.5:
        return R.randrange(-12, 12)
    if c < 0.75:
        return R.randrange(0, 64) * R.choice([8, 32, 64, 1024, 2**20])  # colliding low bits
    if c < 0.85:
        return 2**61 - 1 + R.randrange(-5, 5)
    return R.randrange(-2**63, 2**63)


def float_elem():
    c = R.random()
    if c < 0.4:
        return R.randrange(-20, 60) / 4
    if c < 0.5:
        return R.choice([0.0, -0.0, float("inf"), float("-inf"), 1e20, -1e-300, 0.1])
    if c < 0.7:
        return float(R.randrange(0, 64) * 32)
    return R.uniform(-1e6, 1e6)


def tuple_elem():
    return (R.randrange(-3, 8), R.randrange(-3, 8))


def str_elem():
    return "".join(R.choice("ab'\"é\n") for _ in range(R.randrange(0, 3)))


class Raw(str):
    """Text printed as is."""


def fmt(x):
    if isinstance(x, Raw):
        return x
    if isinstance(x, tuple):
        return ",".join(fmt(y) for y in x)
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, str):
        return "x" + x.encode().hex()  # UTF-8 in hex, so the line stays easy to split
    return str(x)


def order(c):
    return " ".join(fmt(x) for x in c) if c else "-"


def emit(kind, op, args, result):
    print("\t".join([kind, op] + [fmt(a) for a in args] + [result]))


def exc(e):
    return "!" + type(e).__name__ + ":" + str(e)


def set_program(kind, elem, steps):
    regs = [set() for _ in range(NREG)]
    emit(kind, "reset", [], "-")
    for _ in range(steps):
        op = R.choice(["add"] * 8 + ["discard", "remove", "pop", "clear", "copy", "union", "inter",
                                    "diff", "symdiff", "update", "iupdate", "dupdate", "sdupdate",
                                    "issubset", "issuperset", "isdisjoint", "eq", "fill"])
        a, b, d = R.randrange(NREG), R.randrange(NREG), R.randrange(NREG)
        s = regs[a]
        if op in ("add", "discard", "remove"):
            x = elem() if R.random() < 0.7 or not s else R.choice(list(s))
            try:
                getattr(s, op)(x)
                res = order(s)
            except KeyError as e:
                res = exc(e)
            emit(kind, op, [a, x], res)
        elif op == "fill":  # many adds in a row, to grow the table
            xs = [elem() for _ in range(R.randrange(5, 60))]
            s.update(xs)  # same as adding one by one for a list argument
            emit(kind, op, [a, Raw(" ".join(fmt(x) for x in xs))], order(s))
        elif op == "pop":
            try:
                res = fmt(s.pop()) + "|" + order(s)
            except KeyError as e:
                res = exc(e)
            emit(kind, op, [a], res)
        elif op == "clear":
            s.clear()
            emit(kind, op, [a], "-")
        elif op == "copy":
            regs[d] = s.copy()
            emit(kind, op, [d, a], order(regs[d]))
        elif op in ("union", "inter", "diff", "symdiff"):
            f = {"union": set.union, "inter": set.intersection, "diff": set.difference,
                 "symdiff": set.symmetric_difference}[op]
            regs[d] = f(regs[a], regs[b])
            emit(kind, op, [d, a, b], order(regs[d]))
        elif op in ("update", "iupdate", "dupdate", "sdupdate"):
            f = {"update": set.update, "iupdate": set.intersection_update,
                 "dupdate": set.difference_update, "sdupdate": set.symmetric_difference_update}[op]
            f(regs[a], regs[b])
            emit(kind, op, [a, b], order(regs[a]))
        else:
            f = {"issubset": set.issubset, "issuperset": set.issuperset,
                 "isdisjoint": set.isdisjoint, "eq": set.__eq__}[op]
            emit(kind, op, [a, b], str(f(regs[a], regs[b])))


def items(d):
    return " ".join(fmt(k) + "=" + str(v) for k, v in d.items()) if d else "-"


def dict_program(kind, key, steps):
    regs = [{} for _ in range(NREG)]
    emit(kind, "reset", [], "-")
    for _ in range(steps):
        op = R.choice(["set"] * 6 + ["del"] * 2 + ["pop", "popd", "setdefault", "popitem", "get",
                                                   "clear", "copy", "update", "eq"] + ["iterdel"] * 3)
        a, b = R.randrange(NREG), R.randrange(NREG)
        m = regs[a]
        k = key() if R.random() < 0.6 or not m else R.choice(list(m))
        v = R.randrange(100)
        fresh = key()
        try:
            if op == "set":
                m[k] = v
                res = items(m)
            elif op == "del":
                del m[k]
                res = items(m)
            elif op == "pop":
                res = str(m.pop(k)) + "|" + items(m)
            elif op == "popd":
                res = str(m.pop(k, v)) + "|" + items(m)
            elif op == "setdefault":
                res = str(m.setdefault(k, v)) + "|" + items(m)
            elif op == "popitem":
                kk, vv = m.popitem()
                res = fmt(kk) + "=" + str(vv) + "|" + items(m)
            elif op == "get":
                res = str(m.get(k, -1))
            elif op == "clear":
                m.clear()
                res = "-"
            elif op == "copy":
                regs[b] = m.copy()
                res = items(regs[b])
            elif op == "update":
                m.update(regs[b])
                res = items(m)
            elif op == "eq":
                res = str(m == regs[b])
            else:  # iterdel: delete k then insert a fresh key inside a loop, which CPython detects
                n = 0
                for _x in m:
                    n += 1
                    if n == 2:
                        m.pop(k, None)
                        m[fresh] = v
                res = items(m)
        except (KeyError, RuntimeError) as e:
            res = exc(e) + "|" + items(m)
        emit(kind, op, [a, b, k, v, fresh], res)


def main():
    programs = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    for _ in range(programs):
        set_program("si", int_elem, 60)
        set_program("sf", float_elem, 40)
        set_program("st", tuple_elem, 40)
        dict_program("di", int_elem, 50)
        dict_program("ds", str_elem, 40)


main()
