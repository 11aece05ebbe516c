# RUN: %difftest %s
# Sieve of Eratosthenes with a bool list, prime counting and factorization.

#export sieve(int)
def sieve(n):
    is_p = [True for i in range(n + 1)]
    primes = []
    for i in range(2, n + 1):
        if is_p[i]:
            primes.append(i)
            j = i * i
            while j <= n:
                is_p[j] = False
                j += i
    return primes


#export factorize(int)
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

#check: sieve(50)
#check: sieve(1)
#check: len(sieve(100000))
#check: factorize(360)
#check: factorize(97)
#check: factorize(1)
#check: factorize(600851475143)
