# RUN: %difftest %s
# while loops with a condition on ints and floats.

#export halvings(float)
def halvings(x):
    n = 0
    while x > 1.0:
        x /= 2.0
        n += 1
    return n


#export isqrt(int)
def isqrt(n):
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


#export gcd_loop(int, int)
def gcd_loop(a, b):
    while b != 0:
        t = a % b
        a = b
        b = t
    return a

#check: halvings(1.0)
#check: halvings(1000.0)
#check: halvings(1e300)
#check: isqrt(0)
#check: isqrt(99)
#check: isqrt(100)
#check: gcd_loop(48, 18)
#check: gcd_loop(-48, 18)
#check: gcd_loop(7, 0)
