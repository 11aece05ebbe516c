# RUN: %difftest %s
# Two export lines for one function: the overload matching the argument is used, in the
# order written, so an int argument keeps int arithmetic.

#export double(int)
#export double(float)
def double(x):
    return x * 2


#export half(int)
#export half(float)
def half(x):
    return x // 2

#check: double(21)
#check: double(-4)
#check: double(1.25)
#check: double(-0.0)
#check: double(True)
#check: half(7)
#check: half(-7)
#check: half(7.0)
#check: half(-7.5)
#check-rejects: double("ab")
#check-rejects: double([1])
