# RUN: %difftest %s
# bisect: bisect_left, bisect_right, bisect, insort_left, insort_right, insort, with lo and hi
# (positional and by keyword), CPython's errors for a negative lo and a hi past the end.
import bisect
from bisect import bisect_left, insort


#export positions(int list, int)
def positions(xs, x):
    return (bisect_left(xs, x), bisect.bisect_right(xs, x), bisect.bisect(xs, x))


#export positions_float(float list, float)
def positions_float(xs, x):
    return (bisect_left(xs, x), bisect.bisect_right(xs, x))


#export mixed_int_float(int list, float)
def mixed_int_float(xs, x):
    return (bisect_left(xs, x), bisect.bisect_right(xs, x))


#export with_bounds(int list, int, int, int)
def with_bounds(xs, x, lo, hi):
    return (bisect_left(xs, x, lo, hi), bisect.bisect_right(xs, x, lo, hi))


#export with_keywords(int list, int, int)
def with_keywords(xs, x, hi):
    return (bisect_left(xs, x, hi=hi), bisect.bisect_right(xs, x, lo=1), bisect.bisect(xs, x, lo=0, hi=hi))


#export hi_none(int list, int)
def hi_none(xs, x):
    return bisect_left(xs, x, 0, None)


#export insort_all(int list)
def insort_all(xs):
    out = []
    for x in xs:
        insort(out, x)
    return out


#export insort_sides(float list, float)
def insort_sides(xs, x):
    ys = list(xs)
    bisect.insort_left(ys, x)
    zs = list(xs)
    bisect.insort_right(zs, x, 1)
    return (ys, zs)


#export insort_mutates(int list, int)
def insort_mutates(xs, x):
    bisect.insort(xs, x, hi=len(xs))
    return len(xs)


#export words(str list, str)
def words(ws, w):
    return (bisect_left(ws, w), bisect.bisect(ws, w))


#export grade(float)
def grade(score):
    breakpoints = [60.0, 70.0, 80.0, 90.0]
    return "FDCBA"[bisect.bisect(breakpoints, score)]

#check: positions([1, 2, 2, 2, 5], 2)
#check: positions([1, 2, 2, 2, 5], 0)
#check: positions([1, 2, 2, 2, 5], 9)
#check: positions([], 3)
#check: positions_float([0.5, 1.5, 1.5, 2.5], 1.5)
#check: positions_float([0.5, float("nan"), 2.5], 1.0)
#check: mixed_int_float([1, 2, 3], 2.0)
#check: mixed_int_float([1, 2, 3], 2.5)
#check: mixed_int_float([9007199254740993], 9007199254740992.0)
#check: with_bounds([1, 2, 3, 4, 5, 6], 4, 1, 3)
#check: with_bounds([1, 2, 3, 4, 5, 6], 4, 4, 6)
#check: with_bounds([1, 2, 3], 2, -1, 3)
#check: with_bounds([1, 2, 3], 9, 0, 10)
#check: with_bounds([1, 2, 3], 2, 0, -1)
#check: with_bounds([1, 2, 3], 2, 2, 1)
#check: with_keywords([1, 3, 5, 7], 5, 2)
#check: hi_none([1, 3, 5], 4)
#check: insort_all([5, 1, 4, 1, 3])
#check: insort_sides([1.0, 2.0, 3.0], 2.0)
#check: insort_mutates([1, 3, 5], 4)
#check: words(["apple", "kiwi", "pear"], "banana")
#check: grade(85.0)
#check: grade(59.9)
#check: grade(90.0)
