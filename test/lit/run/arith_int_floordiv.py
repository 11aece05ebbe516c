# RUN: %difftest %s
# int // int floors towards minus infinity (C++ truncates towards zero).

#export fdiv(int, int)
def fdiv(a, b):
    return a // b


#export digits_reversed(int)
def digits_reversed(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

#check: fdiv(7, 2)
#check: fdiv(-7, 2)
#check: fdiv(7, -2)
#check: fdiv(-7, -2)
#check: fdiv(-6, 3)
#check: fdiv(0, -3)
#check: fdiv(-1, 1000)
#check: fdiv(5, 0)
#check: fdiv(-9223372036854775807, 2)
#check: digits_reversed(12345)
#check: digits_reversed(1200)
