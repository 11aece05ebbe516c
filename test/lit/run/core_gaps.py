# RUN: %difftest %s
# Small gaps of the core: iterating and joining tuples, reduce with a float start, stored
# generator expressions whose captured variables do not change.
import functools


#export join_tuple(str, str)
def join_tuple(a, b):
    t = (a, b, a)
    return "-".join(t), "".join((b, a))


#export tuple_consumers(int, int)
def tuple_consumers(a, b):
    t = (a, b, a + b)
    total = 0
    for v in t:
        total += v
    return total, sum(t), max(t), sorted(t), list(t)


def make_pair(x):
    return (x, x * 2)


#export call_once(int)
def call_once(n):
    # The tuple is evaluated once, not once per item.
    out = []
    for v in make_pair(n):
        out.append(v)
    return out


#export reduce_float_start(int list)
def reduce_float_start(xs):
    return functools.reduce(lambda acc, x: acc + x / 2, xs, 0.0)


#export stored_genexp(float list, float)
def stored_genexp(xs, k):
    scale = k * 2.0
    g = (x * scale for x in xs if x > k)
    return sum(g)


#check: join_tuple("x", "yz")
#check: join_tuple("", "")
#check: tuple_consumers(3, -4)
#check: call_once(5)
#check: reduce_float_start([1, 2, 3])
#check: reduce_float_start([])
#check: stored_genexp([1.0, 2.0, 3.0], 1.5)
#check: stored_genexp([0.5, 4.0], 1.0)
