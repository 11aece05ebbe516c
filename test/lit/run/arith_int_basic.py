# RUN: %difftest %s
# +, -, * and unary minus on 64-bit ints, with negatives and zero.

#export combine(int, int)
def combine(a, b):
    return a + b * 3 - (a - b) * -2


#export poly(int)
def poly(x):
    return x * x * x - 4 * x * x + 2 * x - 7


#export difference(int, int)
def difference(a, b):
    return -a - -b

#check: combine(2, 3)
#check: combine(-7, 4)
#check: combine(0, 0)
#check: combine(-100000, -99999)
#check: poly(0)
#check: poly(-13)
#check: poly(1000)
#check: poly(-2000000)
#check: difference(5, 9)
#check: difference(-5, -9)
#check: difference(0, -0)
