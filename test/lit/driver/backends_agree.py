# The same module built by each backend gives CPython's results: Clang in-process (the
# default), g++ and clang++-14 spawned. Float arithmetic, lists, integers, strings, tuples
# and exceptions, compared by the differential harness (value, type, exception).
# REQUIRES: clang-plugin, clang
# RUN: %difftest %s
# RUN: %difftest %s --pyxc-flag=--cxx=g++
# RUN: %difftest %s --pyxc-flag=--cxx=clang++-14
#check: poly([0.5, -1.25, 3.0], 1.1)
#check: poly([], 2.0)
#check: norms([[3.0, 4.0], [1.0, 1.0, 1.0, 1.0], []])
#check: fib(90)
#check: fib(0)
#check: words("a bb  ccc dddd", 2)
#check: split_even([5, 2, 8, 1, 4])
#check: safe_ratio(7, 2)
#check: safe_ratio(7, 0)
#check: mean([1e308, 1e308])
#check-exc-type: mean([])
#check-approx: sqrt_sum([2.0, 3.0, 5.0])

import math


#export poly(float list, float)
def poly(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


#export norms(float list list)
def norms(rows):
    return [math.sqrt(sum([v * v for v in row])) for row in rows]


#export fib(int)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


#export words(str, int)
def words(text, min_len):
    return [w.upper() for w in text.split() if len(w) >= min_len]


#export split_even(int list)
def split_even(xs):
    evens = [x for x in xs if x % 2 == 0]
    odds = [x for x in xs if x % 2 != 0]
    return (sorted(evens), sorted(odds))


#export safe_ratio(int, int)
def safe_ratio(a, b):
    return a // b, a % b


#export mean(float list)
def mean(xs):
    return sum(xs) / len(xs)


#export sqrt_sum(float list)
def sqrt_sum(xs):
    total = 0.0
    for x in xs:
        total += math.sqrt(x)
    return total
