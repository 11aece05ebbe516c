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
