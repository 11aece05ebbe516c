# RUN: %difftest %s
# The tutorial's example 1 functions, both exported: mean([]) raises ZeroDivisionError as
# CPython does (its message differs: sum([]) is the int 0 in CPython, 0.0 in pyxc).
import math

#export mean(float list)
def mean(lst):
    return sum(lst) / len(lst)


#export standard_deviation(float list)
def standard_deviation(lst):
    m = mean(lst)
    variance = sum([(value - m) ** 2 for value in lst])
    return math.sqrt(variance / len(lst))

#check: mean([1.0, 2.0, 4.0])
#check: mean([0.1] * 10)
#check: mean([1, 2, 4])
# pyxc: sum([]) of a float list is 0.0, not the int 0, so 0/0 says "float division by zero".
#check-exc-type: mean([])
#check: standard_deviation([3.0, 3.0, 3.0])
#check: standard_deviation([0.5, 1.5])
# pyxc: sum([]) of a float list is 0.0, not the int 0, so 0/0 says "float division by zero".
#check-exc-type: standard_deviation([])
