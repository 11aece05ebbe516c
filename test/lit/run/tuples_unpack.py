# RUN: %difftest %s
# Tuple unpacking in assignments and in for loops; parallel assignment swaps.

#export gcd(int, int)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


#export fib_pair(int)
def fib_pair(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return (a, b)


#export sum_products((int, float) list)
def sum_products(pairs):
    s = 0.0
    for n, x in pairs:
        s += n * x
    return s

#check: gcd(48, 18)
#check: gcd(17, 5)
#check: gcd(0, 0)
#check: fib_pair(10)
#check: fib_pair(0)
#check: sum_products([(2, 0.5), (3, 1.5)])
#check: sum_products([])
