# RUN: %difftest %s
# Arguments that match no export signature raise TypeError naming the function (CPython
# fails too, with its own message: only the exception type is compared).
import math

#export mean(float list)
def mean(lst):
    return sum(lst) / len(lst)


#export standard_dev(float list)
def standard_dev(lst):
    m = mean(lst)
    variance = sum([(value - m) ** 2 for value in lst])
    return math.sqrt(variance / len(lst))

#check: standard_dev("not a list")
#check: standard_dev(3.0)
#check: standard_dev(None)
#check: mean("abc")
#check: mean([[1.0], [2.0]])
#check: standard_dev([1.0, 2.0])
#check-rejects: standard_dev((1.0, 2.0))
#check-rejects: standard_dev({1.0, 2.0})
