# Prints CPython's `random` outputs for random_test.cpp to replay bit for bit (run under
# /usr/bin/python3, CPython 3.11). Lines, tab-separated:
#   case  <seed>  <op>  <values, space-separated: ints in decimal, floats as float.hex()>
#   err   <name>  <exception class>  <message>
#   const <name>  <float.hex()>
# <seed> is int:N (fits 64 bits), dec:N (any int), float:HEX, or thread:BASE:T (the stream
# generator::for_thread(BASE, T) documents: abs(BASE) + (T << 64) + (0x70797863 << 128)).
import random

SEEDS = [
    "int:0", "int:1", "int:42", f"int:{2**32 + 5}", f"int:{2**63 - 1}", "int:-7",
    f"int:{-2**63}", f"int:{2**32}", f"dec:{2**100 + 12345678901234567}", f"dec:-{3**70}",
    f"dec:{2**128}", "float:" + (1.5).hex(), "float:" + (-2.25).hex(), "float:" + (0.1).hex(),
    "float:" + (1e300).hex(), "float:" + (-0.0).hex(), "float:inf", "float:" + (7.0).hex(),
    "thread:42:0", "thread:42:1", "thread:-42:3", f"thread:{2**63 - 1}:{2**64 - 1}",
]


def seed_value(spec):
    kind, _, rest = spec.partition(":")
    if kind in ("int", "dec"):
        return int(rest)
    if kind == "float":
        return float.fromhex(rest)
    base, t = map(int, rest.split(":"))
    return abs(base) + (t << 64) + (0x70797863 << 128)


def fmt(x):
    return x.hex() if isinstance(x, float) else str(x)


def rep(n, f):
    return lambda: [f() for _ in range(n)]


def shuffles():
    xs = list(range(20))
    out = []
    for _ in range(50):
        random.shuffle(xs)
        out += xs
    return out


def getrandbits_all():
    return [random.getrandbits(k) for _ in range(10) for k in range(0, 65)]


def samples():
    out = []
    for _ in range(20):
        out += random.sample(range(100), 10)  # set strategy
        out += random.sample(list(range(50)), 10)  # pool strategy
        out += random.sample(list(range(1000, 1040)), 5)  # set (k <= 5)
        out += random.sample(list(range(7)), 7)  # the whole population
    return out


def gauss_mixed():
    out = []
    for i in range(300):
        out.append(random.gauss(1.0, 2.0) if i % 3 else random.random())
    return out


POP = list(range(100, 137))
WIDE = (-2**63, 2**63 - 1)

OPS = {
    "random": rep(2000, random.random),
    "randint(1,6)": rep(500, lambda: random.randint(1, 6)),
    "randrange(0,100,7)": rep(500, lambda: random.randrange(0, 100, 7)),
    "randrange(10)": rep(500, lambda: random.randrange(10)),
    "randrange(-50,50)": rep(500, lambda: random.randrange(-50, 50)),
    "randrange(100,0,-3)": rep(500, lambda: random.randrange(100, 0, -3)),
    "randrange(wide)": rep(200, lambda: random.randrange(*WIDE)),
    "randrange(wide,3)": rep(200, lambda: random.randrange(WIDE[0], WIDE[1], 3)),
    "randint(wide)": rep(200, lambda: random.randint(*WIDE)),
    "randrange(2**62+1)": rep(200, lambda: random.randrange(2**62 + 1)),
    "uniform(-1,1)": rep(500, lambda: random.uniform(-1, 1)),
    "gauss(0,1)": rep(501, lambda: random.gauss(0, 1)),
    "gauss_mixed": gauss_mixed,
    "normalvariate(0,1)": rep(500, lambda: random.normalvariate(0, 1)),
    "lognormvariate(0,0.5)": rep(300, lambda: random.lognormvariate(0, 0.5)),
    "expovariate(1.5)": rep(500, lambda: random.expovariate(1.5)),
    "vonmisesvariate(1,2)": rep(300, lambda: random.vonmisesvariate(1.0, 2.0)),
    "vonmisesvariate(1,1e-7)": rep(100, lambda: random.vonmisesvariate(1.0, 1e-7)),
    "gammavariate(0.5,1)": rep(300, lambda: random.gammavariate(0.5, 1.0)),
    "gammavariate(1,2)": rep(300, lambda: random.gammavariate(1.0, 2.0)),
    "gammavariate(3.5,1.5)": rep(300, lambda: random.gammavariate(3.5, 1.5)),
    "betavariate(2,3)": rep(300, lambda: random.betavariate(2.0, 3.0)),
    "paretovariate(2.5)": rep(300, lambda: random.paretovariate(2.5)),
    "weibullvariate(1.5,2)": rep(300, lambda: random.weibullvariate(1.5, 2.0)),
    "triangular()": rep(300, lambda: random.triangular()),
    "triangular(0,10,3)": rep(300, lambda: random.triangular(0.0, 10.0, 3.0)),
    "triangular(2,2,2)": rep(10, lambda: random.triangular(2.0, 2.0, 2.0)),
    "choice": rep(500, lambda: random.choice(POP)),
    "choice(range)": rep(200, lambda: random.choice(range(5, 1000, 7))),
    "choices": rep(10, lambda: random.choices(POP, k=20)),
    "shuffle": shuffles,
    "sample": samples,
    "getrandbits": getrandbits_all,
}

for spec in SEEDS:
    for name, op in OPS.items():
        random.seed(seed_value(spec))
        values = op()
        flat = []
        for v in values:
            flat += v if isinstance(v, list) else [v]
        print("case", spec, name, " ".join(map(fmt, flat)), sep="\t")

ERRORS = {
    "randrange(0)": lambda: random.randrange(0),
    "randrange(-3)": lambda: random.randrange(-3),
    "randrange(5,5)": lambda: random.randrange(5, 5),
    "randrange(5,1)": lambda: random.randrange(5, 1),
    "randrange(5,1,2)": lambda: random.randrange(5, 1, 2),
    "randrange(1,5,-1)": lambda: random.randrange(1, 5, -1),
    "randrange(1,5,0)": lambda: random.randrange(1, 5, 0),
    "randrange(max,min)": lambda: random.randrange(2**63 - 1, -2**63),
    "randint(3,2)": lambda: random.randint(3, 2),
    "randint(max,max-2)": lambda: random.randint(2**63 - 1, 2**63 - 3),
    "getrandbits(-1)": lambda: random.getrandbits(-1),
    "choice([])": lambda: random.choice([]),
    "sample(k>n)": lambda: random.sample([1, 2], 3),
    "sample(k<0)": lambda: random.sample([1, 2], -1),
    "gammavariate(0,1)": lambda: random.gammavariate(0.0, 1.0),
    "expovariate(0)": lambda: random.expovariate(0.0),
    "choices([])": lambda: random.choices([], k=1),
}
for name, f in ERRORS.items():
    try:
        f()
        print("err", name, "", "", sep="\t")
    except Exception as e:
        print("err", name, type(e).__name__, str(e), sep="\t")

for name in ("NV_MAGICCONST", "LOG4", "SG_MAGICCONST", "TWOPI", "_e"):
    print("const", name, getattr(random, name).hex(), sep="\t")
