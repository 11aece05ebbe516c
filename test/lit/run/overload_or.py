# RUN: %difftest %s
# `int or float` alternatives in one export line, also per argument and in list types.

#export scale(int or float, int or float)
def scale(x, k):
    return x * k


#export total(int list or float list)
def total(xs):
    s = xs[0] - xs[0]
    for x in xs:
        s += x
    return s


#export describe(int or str)
def describe(x):
    return x

#check: scale(3, 4)
#check: scale(3, 0.5)
#check: scale(1.5, 4)
#check: scale(1.5, 0.5)
#check: total([1, 2, 3])
#check: total([1.5, 2.5])
#check: describe(5)
#check: describe("five")
#check: total([])
#check-rejects: describe(5.5)
