# RUN: %difftest %s
# The tutorial's example 1 functions, both exported: mean([]) raises ZeroDivisionError with
# CPython's message (sum([]) is the int 0 there, so it is int division: "division by zero").
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
#check: mean([])
#check: standard_deviation([3.0, 3.0, 3.0])
#check: standard_deviation([0.5, 1.5])
#check: standard_deviation([])
