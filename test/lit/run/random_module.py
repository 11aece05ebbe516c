# RUN: %difftest %s
# The random module: after random.seed(n) the compiled code draws exactly CPython's sequence.
import random
from random import randint


#export draws(int, int)
def draws(seed, n):
    random.seed(seed)
    out = []
    for i in range(n):
        out.append(random.random())
    return out


#export dice(int, int)
def dice(seed, n):
    random.seed(seed)
    return [randint(1, 6) for i in range(n)]


#export mixed(int)
def mixed(seed):
    random.seed(seed)
    a = random.uniform(-1.0, 1.0)
    b = random.randrange(10)
    c = random.randrange(5, 50, 5)
    d = random.gauss(0.0, 1.0)
    e = random.gauss(1.0, 2.0)
    xs = [1, 2, 3, 4, 5, 6, 7, 8]
    random.shuffle(xs)
    f = random.choice(xs)
    g = random.sample(range(100), 3)
    return (a, b, c, d, e, xs, f, g)


#export monte_carlo_pi(int, int)
def monte_carlo_pi(seed, tries):
    random.seed(seed)
    inside = 0
    for i in range(tries):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / tries


#export empty_range(int)
def empty_range(n):
    return random.randrange(n)


#export stream(int, int)
def stream(seed, n):
    # The acceptance check: after random.seed(12345), 10^5 draws of random() and of
    # randint(1, 6), separately and interleaved, bit for bit as CPython draws them.
    random.seed(seed)
    floats = [random.random() for i in range(n)]
    ints = [random.randint(1, 6) for i in range(n)]
    both = []
    for i in range(n):
        both.append(random.random() if i % 2 == 0 else float(random.randint(1, 6)))
    return floats, ints, both


#export spread(int, int)
def spread(seed, n):
    random.seed(seed)
    total = 0.0
    for i in range(n):
        total += random.uniform(-2.0, 3.0) + random.gauss(0.0, 1.0) + random.randrange(1, 1000, 7)
    return total

#check: stream(12345, 100000)
#check: stream(2**40 + 3, 1000)
#check: spread(12345, 10000)
#check: draws(42, 5)
#check: draws(0, 3)
#check: draws(-7, 3)
#check: dice(1, 20)
#check: mixed(2024)
#check: mixed(99)
#check: monte_carlo_pi(1, 10000)
#check: dice(3, 0)
#check: empty_range(0)
#check: empty_range(-3)
