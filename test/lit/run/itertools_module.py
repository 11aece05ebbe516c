# RUN: %difftest %s
# itertools: product (with repeat=), permutations, combinations, count, islice, chain,
# accumulate; lazy generators yielding tuples where CPython does.
import itertools
from itertools import islice, count


#export product_pairs(int list, str list)
def product_pairs(xs, names):
    return list(itertools.product(xs, names))


#export product_repeat(int)
def product_repeat(n):
    return [a * 100 + b * 10 + c for a, b, c in itertools.product(range(n), repeat=3)]


#export product_repeat_two_inputs(int list, float list)
def product_repeat_two_inputs(xs, ys):
    return list(itertools.product(xs, ys, repeat=2))


#export product_empty(int list)
def product_empty(xs):
    return list(itertools.product(xs, xs[:0]))


#export permutations_r(int list, int)
def permutations_r(xs, unused):
    return list(itertools.permutations(xs, 2))


#export permutations_full(str list)
def permutations_full(words):
    return [a + b + c for a, b, c in itertools.permutations(words, 3)]


#export permutations_tuple()
def permutations_tuple():
    return list(itertools.permutations((1, 2, 3)))


#export permutations_too_long(int list)
def permutations_too_long(xs):
    return list(itertools.permutations(xs, 4))


#export combinations_r(int list)
def combinations_r(xs):
    return list(itertools.combinations(xs, 2))


#export combinations_three(str)
def combinations_three(text):
    return [c[0] + c[1] + c[2] for c in itertools.combinations(text, 3)]


#export combinations_zero(int list)
def combinations_zero(xs):
    return list(itertools.combinations(xs, 0))


#export count_take(int, int, int)
def count_take(start, step, n):
    out = []
    for i in count(start, step):
        if len(out) >= n:
            break
        out.append(i)
    return out


#export count_float(float)
def count_float(step):
    return list(islice(count(0.5, step), 4))


#export count_next()
def count_next():
    c = itertools.count()
    a = next(c)
    b = next(c)
    return (a, b, next(c))


#export count_keywords(int)
def count_keywords(n):
    return list(islice(count(step=n, start=2), 3))


#export islice_forms(int list)
def islice_forms(xs):
    return (list(islice(xs, 2)), list(islice(xs, 1, 4)), list(islice(xs, 0, 7, 3)),
            list(islice(xs, 2, None)), list(islice(xs, None)))


#export islice_consumes(int)
def islice_consumes(n):
    g = (i * i for i in range(n))
    first = list(islice(g, 3))
    return (first, next(g, -1), list(g))


#export islice_bad(int list, int)
def islice_bad(xs, stop):
    return list(islice(xs, stop))


#export islice_bad_step(int list, int)
def islice_bad_step(xs, step):
    return list(islice(xs, 0, 5, step))


#export chain_lists(int list, int list)
def chain_lists(xs, ys):
    return list(itertools.chain(xs, ys, range(3)))


#export chain_mixed(int list, float list)
def chain_mixed(xs, ys):
    return sum(itertools.chain(xs, ys))


#export chain_str(str, str)
def chain_str(a, b):
    return "-".join(itertools.chain(a, b))


#export accumulate_ints(int list)
def accumulate_ints(xs):
    return list(itertools.accumulate(xs))


#export accumulate_floats(float list)
def accumulate_floats(xs):
    return list(itertools.accumulate(xs))


#export accumulate_initial(int list, int)
def accumulate_initial(xs, start):
    return list(itertools.accumulate(xs, initial=start))


#export lazy_product_break(int)
def lazy_product_break(n):
    found = (-1, -1)
    for a, b in itertools.product(range(n), range(n)):
        if a * b == 12:
            found = (a, b)
            break
    return found

#check: product_pairs([1, 2], ["a", "b", "c"])
#check: product_pairs([], ["a"])
#check: product_repeat(2)
#check: product_repeat_two_inputs([1, 2], [0.5])
#check: product_empty([1, 2])
#check: permutations_r([1, 2, 3, 4], 0)
#check: permutations_r([7], 0)
#check: permutations_full(["a", "b", "c", "d"])
#check: permutations_tuple()
#check: permutations_too_long([1, 2, 3])
#check: combinations_r([1, 2, 3, 4, 5])
#check: combinations_r([1])
#check: combinations_three("abcde")
#check: combinations_zero([1, 2])
#check: count_take(3, 4, 5)
#check: count_take(10, -3, 4)
#check: count_float(0.25)
#check: count_next()
#check: count_keywords(5)
#check: islice_forms([10, 11, 12, 13, 14, 15, 16, 17])
#check: islice_forms([])
#check: islice_consumes(8)
#check: islice_consumes(2)
#check: islice_bad([1, 2], -1)
#check: islice_bad_step([1, 2], 0)
#check: chain_lists([1, 2], [3])
#check: chain_mixed([1, 2], [0.5])
#check: chain_str("ab", "c")
#check: accumulate_ints([1, 2, 3, 4])
#check: accumulate_ints([])
#check: accumulate_floats([0.1, 0.2, 0.3])
#check: accumulate_initial([1, 2, 3], 100)
#check: accumulate_initial([], 7)
#check: lazy_product_break(10)
