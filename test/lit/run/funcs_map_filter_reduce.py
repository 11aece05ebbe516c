# RUN: %difftest %s
# map and filter (lazy, fused into their consumer), functools.reduce and the operator module,
# with user functions, lambdas and builtins as the function.

import math
import operator
from functools import reduce


def square(x):
    return x * x


#export sum_map(float list)
def sum_map(xs):
    return sum(map(square, xs))


#export map_lambda(int list, int)
def map_lambda(xs, k):
    return list(map(lambda x: x + k, xs))


#export map_two(float list, float list)
def map_two(xs, ys):
    return list(map(operator.mul, xs, ys))


#export map_builtin(float list)
def map_builtin(xs):
    return list(map(math.sqrt, xs)), list(map(abs, xs)), list(map(int, xs))


#export filt(int list, int)
def filt(xs, lo):
    out = []
    for x in filter(lambda v: v > lo, xs):
        out.append(x * 2)
    return out, list(filter(None, xs))


#export red(int list)
def red(xs):
    return reduce(operator.add, xs), reduce(lambda a, b: a * b, xs, 1)


#export red_div(int list)
def red_div(xs):
    # A float start: from the int 1, CPython's result would be an int for [] and a float
    # otherwise (rejected: test/lit/diagnostics/reduce_accumulator_widens.py).
    return reduce(lambda a, b: a / b, xs, 1.0)


#export ops(int, int)
def ops(a, b):
    return (operator.add(a, b), operator.sub(a, b), operator.floordiv(a, b), operator.mod(a, b),
            operator.neg(a), operator.lt(a, b), operator.truediv(a, b), operator.pow(a, 2),
            operator.xor(a, b), operator.and_(a, b), operator.or_(a, b), operator.eq(a, b))


#export getter(int list)
def getter(xs):
    pairs = [(str(x), x * x) for x in xs]
    second = operator.itemgetter(1)
    return list(map(second, pairs)), list(map(operator.itemgetter(0), pairs))

#check: sum_map([1.0, 2.0, 3.5])
#check: sum_map([0.5])
#check: map_lambda([1, 2, 3], 10)
#check: map_two([1.0, 2.0, 3.0], [2.0, 0.5])
#check: map_builtin([1.0, 4.0, 2.25])
#check-exc-type: map_builtin([-1.0])
#check: filt([3, 0, 5, 1, 7], 2)
#check: red([1, 2, 3, 4])
#check-exc-type: red([])
#check: red_div([2, 4])
#check: ops(7, 3)
#check: ops(-7, 2)
#check-exc-type: ops(1, 0)
#check: getter([1, 2, 3])
