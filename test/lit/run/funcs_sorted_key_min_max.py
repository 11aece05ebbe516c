# RUN: %difftest %s
# sorted(key=, reverse=), list.sort(key=, reverse=) (stable, as CPython's), min/max with key=
# and default=, with lambdas, user functions, builtins and operator.itemgetter as the key.
import operator


def second(p):
    return p[1]


#export by_second(int list)
def by_second(xs):
    pairs = [(x, x % 3) for x in xs]
    return sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=second, reverse=True)


#export by_len(str list)
def by_len(words):
    return sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=None)


#export by_abs(float list)
def by_abs(xs):
    ys = list(xs)
    ys.sort(key=abs)
    zs = list(xs)
    zs.sort(reverse=True)
    ws = list(xs)
    ws.sort(key=lambda v: -v, reverse=True)
    return ys, zs, ws


#export getter_sort(int list)
def getter_sort(xs):
    rows = [(str(x), -x, x * x) for x in xs]
    return sorted(rows, key=operator.itemgetter(1)), min(rows, key=operator.itemgetter(2))


#export extremes(int list, int)
def extremes(xs, k):
    far = max(xs, key=lambda x: abs(x - k))
    near = min(xs, key=lambda x: abs(x - k))
    return far, near


#export with_default(float list)
def with_default(xs):
    return max(xs, default=-1.0), min(xs, key=abs, default=0.0)


#export ties(int list)
def ties(xs):
    # The first of equal keys wins, for min and for max.
    pairs = [(x // 10, x) for x in xs]
    return max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0])


#export several(int, int, int)
def several(a, b, c):
    return max(a, b, c, key=lambda v: v % 5), min(a, b, key=lambda v: -v)

#check: by_second([5, 3, 9, 4, 1, 7, 6])
#check: by_second([])
#check: by_len(["ccc", "a", "bb", "dd", "e", ""])
#check: by_abs([3.0, -1.0, 2.5, -3.0, 0.5, 1.0])
#check: getter_sort([3, 1, 2])
#check: extremes([1, 8, 3, 12, -4], 5)
#check-exc-type: extremes([], 5)
#check: with_default([2.0, -7.5, 1.0])
#check: with_default([])
#check: ties([11, 25, 14, 28, 3, 21])
#check: several(7, 13, 9)
