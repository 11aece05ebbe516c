# RUN: %difftest %s
# List comprehensions with conditions, over ranges and lists, nested, and inside sum/len.

#export squares_of_odds(int)
def squares_of_odds(n):
    return [i * i for i in range(n) if i % 2 == 1]


#export centered(float list)
def centered(xs):
    m = sum(xs) / len(xs)
    return [x - m for x in xs]


#export count_above(float list, float)
def count_above(xs, threshold):
    return len([x for x in xs if x > threshold])


#export sum_of_squares(float list)
def sum_of_squares(xs):
    return sum([x * x for x in xs])


#export pairs_below(int)
def pairs_below(n):
    return [i * 10 + j for i in range(n) for j in range(i) if (i + j) % 3 != 0]


#export in_band(int list, int, int)
def in_band(xs, lo, hi):
    return [x for x in xs if x >= lo if x < hi]

#check: squares_of_odds(10)
#check: squares_of_odds(0)
#check: centered([1.0, 2.0, 6.0])
# pyxc: sum([]) of a float list is 0.0, not the int 0, so 0/0 says "float division by zero".
#check-exc-type: centered([])
#check: count_above([0.5, 1.5, 2.5], 1.0)
#check: sum_of_squares([0.1, 0.2, 0.3])
#check: sum_of_squares([-3.0])
#check: pairs_below(5)
#check: in_band([1, 5, 7, 3, 9], 3, 8)
