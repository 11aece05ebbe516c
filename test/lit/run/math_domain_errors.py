# RUN: %difftest %s
# math functions outside their domain raise ValueError("math domain error") as in CPython;
# results too large raise OverflowError("math range error").
import math

#export checked_sqrt(float)
def checked_sqrt(x):
    return math.sqrt(x)


#export checked_log(float)
def checked_log(x):
    return math.log(x)


#export checked_exp(float)
def checked_exp(x):
    return math.exp(x)


#export safe_sqrt_sum(float list)
def safe_sqrt_sum(xs):
    total = 0.0
    for x in xs:
        total += math.sqrt(x)
    return total

#check: checked_sqrt(-1.0)
#check: checked_sqrt(-0.0)
#check: checked_sqrt(float("inf"))
#check: checked_log(0.0)
#check: checked_log(-1.0)
#check: checked_log(float("nan"))
#check: checked_exp(1000.0)
#check: checked_exp(-1000.0)
#check: safe_sqrt_sum([4.0, 9.0, -1.0])
#check: safe_sqrt_sum([4.0, 9.0])
