# RUN: %difftest %s
# Collatz sequences: while loops with // and % on ints, longest chain search.

#export collatz_length(int)
def collatz_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


#export longest_below(int)
def longest_below(limit):
    best = 1
    best_len = 0
    for start in range(1, limit):
        length = collatz_length(start)
        if length > best_len:
            best = start
            best_len = length
    return (best, best_len)

#check: collatz_length(1)
#check: collatz_length(27)
#check: collatz_length(837799)
#check: longest_below(10)
#check: longest_below(10000)
