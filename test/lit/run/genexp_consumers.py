# RUN: %difftest %s
# Generator expressions consumed on the spot: sum, any, all, min, max, list, sorted, set,
# str.join and a `for` loop, each fused into one loop (see codegen/genexp_fused.py).


#export sum_squares(float list)
def sum_squares(xs):
    return sum(x * x for x in xs)


#export sum_ints(int list, int)
def sum_ints(xs, start):
    return sum((x for x in xs if x % 2 == 0), start)


#export sum_pairs(int)
def sum_pairs(n):
    return sum(i * j for i in range(n) for j in range(i) if (i + j) % 3 == 1)


#export any_negative(float list)
def any_negative(xs):
    return any(x < 0 for x in xs)


#export all_positive(int list)
def all_positive(xs):
    return all(x > 0 for x in xs)


#export any_truthy(int list)
def any_truthy(xs):
    return any(x - 3 for x in xs)


#export any_stops_early(int list)
def any_stops_early(xs):
    # CPython stops at the first true item: the division by zero after it never runs.
    return any(10 // x > 2 for x in xs)


#export all_stops_early(int list)
def all_stops_early(xs):
    return all(10 // x > 2 for x in xs)


#export smallest_square(int list)
def smallest_square(xs):
    return min(x * x - 4 * x for x in xs)


#export largest_ratio(float list)
def largest_ratio(xs):
    return max(x / (1.0 + x * x) for x in xs)


#export longest_word(str list)
def longest_word(words):
    return max(len(w) for w in words if w)


#export min_tuple(int list)
def min_tuple(xs):
    return min((x % 3, x) for x in xs)


#export squares_list(int)
def squares_list(n):
    return list(i * i for i in range(n) if i % 3 != 0)


#export sorted_desc(float list)
def sorted_desc(xs):
    return sorted((abs(x) for x in xs), reverse=True)


#export sorted_mod(int list)
def sorted_mod(xs):
    return sorted(x % 5 for x in xs)


#export distinct_mod(int list, int)
def distinct_mod(xs, m):
    return sorted(set(x % m for x in xs))


#export joined(int list)
def joined(xs):
    return ", ".join(str(x) for x in xs)


#export joined_upper(str list)
def joined_upper(words):
    return "-".join(w.upper() for w in words if len(w) > 1)


#export for_over_genexp(int)
def for_over_genexp(n):
    out = []
    for sq in (i * i for i in range(n) if i % 2 == 1):
        if sq > 50:
            break
        if sq == 9:
            continue
        out.append(sq)
    return out


#export for_else_genexp(int list)
def for_else_genexp(xs):
    total = 0
    for half in (x // 2 for x in xs):
        if half < 0:
            break
        total += half
    else:
        total += 1000
    return total


#export for_tuple_target(int)
def for_tuple_target(n):
    total = 0
    for a, b in ((i, i * i) for i in range(n)):
        total += a * b
    return total


#export nested_in_comprehension(int)
def nested_in_comprehension(n):
    return [sum(j for j in range(i)) for i in range(n)]


#export uses_outer_locals(float list, float)
def uses_outer_locals(xs, k):
    m = sum(xs) / len(xs)
    return sum((x - m) * (x - m) * k for x in xs)

#check: sum_squares([1.0, 2.0, 3.5])
# (sum of an empty float generator is 0.0 in pyxc, 0 in CPython: see the README.)
#check: sum_ints([1, 2, 3, 4, 5, 6], 100)
#check: sum_ints([], 0)
#check: sum_pairs(20)
#check: any_negative([1.0, 2.0, -0.5])
#check: any_negative([1.0, 2.0])
#check: any_negative([])
#check: all_positive([1, 2, 3])
#check: all_positive([1, -2, 3])
#check: all_positive([])
#check: any_truthy([3, 3, 3])
#check: any_truthy([3, 4])
#check: any_stops_early([1, 0])
#check: any_stops_early([5, 0])
#check: all_stops_early([5, 0])
#check: all_stops_early([1, 0])
#check: smallest_square([1, 2, 3, 7])
#check: smallest_square([])
#check: largest_ratio([0.5, 1.0, 2.0])
#check: largest_ratio([])
#check: longest_word(["a", "", "abc", "de"])
#check: longest_word(["", ""])
#check: min_tuple([7, 5, 9, 4])
#check: squares_list(10)
#check: squares_list(0)
#check: sorted_desc([1.5, -3.0, 2.0, -0.5])
#check: sorted_mod([9, 3, 7, 12, 5])
#check: distinct_mod([1, 5, 9, 13, 2, 6], 4)
#check: joined([1, 22, 333])
#check: joined([])
#check: joined_upper(["ab", "c", "déf"])
#check: for_over_genexp(20)
#check: for_else_genexp([4, 6, 9])
#check: for_else_genexp([4, -6, 9])
#check: for_tuple_target(6)
#check: nested_in_comprehension(6)
#check-approx: uses_outer_locals([1.0, 2.0, 6.0], 2.0)
