# RUN: %difftest %s
# for ... else and while ... else: the else block runs only when no break happened.

#export is_prime(int)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        return True
    return True


#export first_multiple(int list, int)
def first_multiple(xs, k):
    for x in xs:
        if x % k == 0:
            result = x
            break
    else:
        result = -1
    return result


#export countdown_hits(int, int)
def countdown_hits(n, stop):
    hits = 0
    while n > 0:
        if n == stop:
            break
        n -= 1
    else:
        hits = 100
    return hits + n

#check: is_prime(2)
#check: is_prime(3)
#check: is_prime(97)
#check: is_prime(91)
#check: first_multiple([3, 5, 10, 20], 5)
#check: first_multiple([3, 7], 5)
#check: first_multiple([], 5)
#check: countdown_hits(10, 4)
#check: countdown_hits(10, 40)
