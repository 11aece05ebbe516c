# RUN: %difftest %s
# and / or / not: short-circuit, and `and`/`or` return one of their operands.

#export both_positive(float, float)
def both_positive(x, y):
    return x > 0 and y > 0


#export either_zero(int, int)
def either_zero(a, b):
    return a == 0 or b == 0


#export first_nonzero(int, int)
def first_nonzero(a, b):
    return a or b


#export guarded(int, int)
def guarded(a, b):
    return a and b


#export safe_ratio_positive(int, int)
def safe_ratio_positive(a, b):
    return b != 0 and a / b > 0


#export negation(int)
def negation(a):
    return not a

#check: both_positive(1.0, 2.0)
#check: both_positive(1.0, -2.0)
#check: either_zero(0, 5)
#check: either_zero(3, 5)
#check: first_nonzero(0, 7)
#check: first_nonzero(3, 7)
#check: guarded(0, 7)
#check: guarded(3, 7)
#check: safe_ratio_positive(1, 0)
#check: safe_ratio_positive(-1, 2)
#check: negation(0)
#check: negation(-4)
