# RUN: %difftest %s
# int ** non-negative int stays an int; int ** negative constant is a float.

#export ipow(int, int)
def ipow(base, exponent):
    return base ** exponent


#export cube_plus_square(int)
def cube_plus_square(n):
    return n ** 3 + n ** 2

#export inverse_square(int)
def inverse_square(n):
    return n ** -2

#check: ipow(2, 10)
#check: ipow(-3, 3)
#check: ipow(-3, 4)
#check: ipow(0, 0)
#check: ipow(0, 5)
#check: ipow(7, 1)
#check: ipow(2, 62)
#check: ipow(-2, 63)
#check: ipow(10, 18)
#check: cube_plus_square(-5)
#check: cube_plus_square(0)
#check: inverse_square(2)
#check: inverse_square(-3)
#check: inverse_square(0)
