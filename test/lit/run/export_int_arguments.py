# RUN: %difftest %s
# int arguments and int-list items at the export boundary: one-digit ints are read inline,
# larger ones, bools and int subclasses by CPython's API; ints beyond 64 bits match no
# signature (TypeError).


#export echo(int)
def echo(x):
    return x


#export total(int list)
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s, len(xs)


#export items(int list)
def items(xs):
    return [x for x in xs]

#check: echo(0)
#check: echo(-1)
#check: echo(7)
#check: echo(2**30 - 1)
#check: echo(-(2**30 - 1))
#check: echo(2**30)
#check: echo(-2**30)
#check: echo(2**63 - 1)
#check: echo(-2**63)
#check-rejects: echo(2**63)
#check: echo(True) + 0
#check: echo(int("-0"))
#check: echo(10**20 - 10**20)
#check: items([0, -1, 1, 2**30 - 1, 2**30, -2**30, 2**62, -2**63, 2**63 - 1, 5 - 5])
#check: [int(v) for v in items([True, False, 3])]
#check: total([1, 2**40, -3])
#check-rejects: total([1, 2**64])
#check-rejects: total([1, 2.0])
#check-rejects: total([1, None])
