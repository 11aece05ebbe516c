# RUN: %difftest %s
# The tutorial's example 3 (examples/example3.py): the standard deviation with numpy.
import numpy as np


#export standard_deviation(float64[])
def standard_deviation(arr):
    return np.std(arr)

#check: standard_deviation(np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]))
#check: standard_deviation(np.array([1.0, 2.0, 3.0, 4.0]))
#check: standard_deviation(np.array([2.5]))
#check: standard_deviation(np.arange(10.0)[::-2])
#check: standard_deviation(np.array([1.0, float("nan")]))
#check: standard_deviation(np.zeros(0))
#check-approx: standard_deviation(np.random.default_rng(3).random(100000))
#check-rejects: standard_deviation([1.0, 2.0])
#check-rejects: standard_deviation(np.arange(4))
