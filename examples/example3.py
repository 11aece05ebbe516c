"""The tutorial's example 3: example 1's standard deviation computed with numpy, compiled by
pyxc without a change (the export line is a comment for CPython).

    python3 examples/example3.py [SIZE ...]            # CPython + numpy, as in the tutorial
    pyxc examples/example3.py -o example3_pyxc.so       # the compiled module

Like the tutorial, it prints how long 10,000 calls of standard_deviation take for arrays of
random floats of each size (default 10, 20, ..., 290).
"""
import numpy as np


#export standard_deviation(float64[])
def standard_deviation(arr):
    return np.std(arr)


if __name__ == "__main__":
    import sys
    import timeit

    sizes = [int(a) for a in sys.argv[1:]] or list(range(10, 300, 10))
    for size in sizes:
        values = np.random.random(size)
        seconds = timeit.timeit(lambda: standard_deviation(values), number=10000)
        print(f"array_size: {size:3d}, execution_time: {seconds:f}")
