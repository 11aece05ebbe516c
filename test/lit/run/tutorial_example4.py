# RUN: %difftest %s
# The tutorial's example 4 (mean and standard deviation of a list of floats), exported as
# Pythran users write it. Same computation order as CPython, so bit-identical results.
import math


def mean(lst):
    return sum(lst) / len(lst)


#pythran export standard_dev(float list)
def standard_dev(lst):
    m = mean(lst)
    variance = sum([(value - m) ** 2 for value in lst])
    return math.sqrt(variance / len(lst))

#check: standard_dev([1.0, 2.0, 3.0, 4.0])
#check: standard_dev([2.5])
#check: standard_dev([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
#check: standard_dev([1e10, 1.0, -1e10, 3.14159])
#check: standard_dev([float(i) * 0.37 for i in range(1000)])
#check: standard_dev([(i * 7919 % 1000) / 997.0 for i in range(5000)])
#check: standard_dev([1.0, 2, 3.0, 4])
#check: standard_dev([-0.0, 0.0])
#check: standard_dev([1.0, float("nan")])
#check: standard_dev([1.0, float("inf")])
# pyxc: sum([]) of a float list is 0.0, not the int 0, so 0/0 says "float division by zero".
#check-exc-type: standard_dev([])
