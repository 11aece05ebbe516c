# RUN: %difftest %s
# Results that are lists of ints, floats, bools, tuples; the types must match exactly.

#export ints(int)
def ints(n):
    return [i - 2 for i in range(n)]


#export floats(int)
def floats(n):
    return [i / 2 for i in range(n)]


#export flags(int list)
def flags(xs):
    return [x > 0 for x in xs]


#export with_index(float list)
def with_index(xs):
    return [(i, xs[i]) for i in range(len(xs))]

#check: ints(4)
#check: floats(4)
#check: floats(0)
#check: flags([1, -1, 0])
#check: with_index([0.5, 1.5])
#check: with_index([])
