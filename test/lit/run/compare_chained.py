# RUN: %difftest %s
# Comparison operators give bools; chains evaluate each operand once; int/float compare exactly.

#export in_range(float, float, float)
def in_range(lo, x, hi):
    return lo <= x < hi


#export all_comparisons(int, int)
def all_comparisons(a, b):
    return [a < b, a <= b, a > b, a >= b, a == b, a != b]


#export mixed_equal(int, float)
def mixed_equal(n, x):
    return n == x


#export ordered(int, int, int, int)
def ordered(a, b, c, d):
    return a < b < c < d

#check: in_range(0.0, 0.5, 1.0)
#check: in_range(0.0, 1.0, 1.0)
#check: in_range(0.0, -0.0, 1.0)
#check: in_range(0.0, float("nan"), 1.0)
#check: all_comparisons(1, 2)
#check: all_comparisons(2, 2)
#check: all_comparisons(-3, -4)
#check: mixed_equal(3, 3.0)
#check: mixed_equal(9007199254740993, 9007199254740992.0)
#check: ordered(1, 2, 3, 4)
#check: ordered(1, 3, 2, 4)
