# RUN: %difftest %s
# int() of floats truncates towards zero, raises on nan/inf; float() of ints.

#export to_int(float)
def to_int(x):
    return int(x)


#export to_float(int)
def to_float(n):
    return float(n)


#export mean_int(int list)
def mean_int(xs):
    return int(float(sum(xs)) / len(xs))

#check: to_int(2.7)
#check: to_int(-2.7)
#check: to_int(-0.5)
#check: to_int(1e18)
#check: to_int(float("nan"))
#check: to_int(float("inf"))
#check: to_int(float("-inf"))
#check: to_float(3)
#check: to_float(-9007199254740993)
#check: mean_int([1, 2, 4])
#check: mean_int([-1, -2, -4])
#check: to_int(-9.223372036854775808e18)
#check: to_int(9.2233720368547748e18)
#check: to_int(-9.2233720368547748e18)
#check: to_int(-0.0)
