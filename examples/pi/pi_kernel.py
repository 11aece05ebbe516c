"""Monte-Carlo pi, the tutorial's example 2, as a pyxc user writes it.

Plain Python runs it as is; `pyxc pi_kernel.py -o pi_kernel.so` compiles the exported
functions into a module that gives the same counts (pyxc's `random` replays CPython's
Mersenne Twister draw for draw).

    /usr/bin/python3 examples/pi/pi_kernel.py [TRIES] [SEED]
"""
import math
import random


#export count_inside(int, int)
def count_inside(seed, tries):
    """Points of `tries` uniform draws in the unit square that fall in the unit disk."""
    random.seed(seed)
    inside = 0
    for i in range(tries):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


#export count_inside_hypot(int, int)
def count_inside_hypot(seed, tries):
    """The tutorial's spelling (SCOOP's example): the distance through math.hypot."""
    random.seed(seed)
    inside = 0
    for i in range(tries):
        x = random.random()
        y = random.random()
        if math.hypot(x, y) <= 1.0:
            inside += 1
    return inside


#export estimate_pi(int, int)
def estimate_pi(seed, tries):
    return 4.0 * count_inside(seed, tries) / tries


if __name__ == "__main__":
    import sys
    tries = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    print(estimate_pi(seed, tries))
