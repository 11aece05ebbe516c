"""The tutorial's example 1: the naive mean and standard deviation of a list, in plain Python.

    python3 examples/example1.py [SIZE ...]

Like the tutorial, it prints how long 10,000 calls of standard_deviation take for lists of
random floats of each size (default 10, 20, ..., 290).
"""
import math


def mean(lst):
    return sum(lst) / len(lst)


def standard_deviation(lst):
    m = mean(lst)
    variance = sum([(value - m) ** 2 for value in lst])
    return math.sqrt(variance / len(lst))


if __name__ == "__main__":
    import random
    import sys
    import timeit

    sizes = [int(a) for a in sys.argv[1:]] or list(range(10, 300, 10))
    for size in sizes:
        values = [random.random() for _ in range(size)]
        seconds = timeit.timeit(lambda: standard_deviation(values), number=10000)
        print(f"array_size: {size:3d}, execution_time: {seconds:f}")
