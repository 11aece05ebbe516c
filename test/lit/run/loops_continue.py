# RUN: %difftest %s
# continue in for and while loops (the while update must still run).

#export sum_odd(int)
def sum_odd(n):
    s = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        s += i
    return s


#export positive_mean(float list)
def positive_mean(xs):
    s = 0.0
    n = 0
    for x in xs:
        if x <= 0.0:
            continue
        s += x
        n += 1
    return s / n


#export skip_multiples(int, int)
def skip_multiples(n, k):
    i = 0
    kept = 0
    while i < n:
        i += 1
        if i % k == 0:
            continue
        kept += i
    return kept

#check: sum_odd(10)
#check: sum_odd(0)
#check: positive_mean([1.0, -2.0, 3.0, 0.0])
#check: positive_mean([-1.0])
#check: skip_multiples(10, 3)
#check: skip_multiples(10, 1)
#check: skip_multiples(10, 0)
