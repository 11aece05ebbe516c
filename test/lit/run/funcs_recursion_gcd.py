# RUN: %difftest %s
# Recursion with Python's modulo semantics: gcd, extended Euclid, binomials.

#export gcd(int, int)
def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


#export lcm(int, int)
def lcm(a, b):
    return a // gcd(a, b) * b


#export binomial(int, int)
def binomial(n, k):
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)

#check: gcd(48, 18)
#check: gcd(-48, 18)
#check: gcd(48, -18)
#check: gcd(0, 5)
#check: lcm(4, 6)
#check: lcm(0, 0)
#check: lcm(-4, 6)
#check: binomial(10, 3)
#check: binomial(16, 8)
