# RUN: %difftest %s
# for over range: accumulation, the loop variable after the loop, float accumulation order.

#export factorial(int)
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


#export harmonic(int)
def harmonic(n):
    h = 0.0
    for k in range(1, n + 1):
        h += 1.0 / k
    return h


#export last_index(int)
def last_index(n):
    i = -1
    for i in range(n):
        pass
    return i


#export alternating(int)
def alternating(n):
    s = 0
    for i in range(n):
        if i % 2 == 0:
            s += i
        else:
            s -= i
    return s

#check: factorial(0)
#check: factorial(10)
#check: factorial(20)
#check: harmonic(1)
#check: harmonic(1000)
#check: last_index(5)
#check: last_index(0)
#check: alternating(10)
#check: alternating(7)
