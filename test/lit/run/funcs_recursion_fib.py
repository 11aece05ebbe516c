# RUN: %difftest %s
# Recursive functions: the return type is inferred through the recursion.

#export fib(int)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


#export power(float, int)
def power(x, n):
    if n == 0:
        return 1.0
    if n % 2 == 0:
        half = power(x, n // 2)
        return half * half
    return x * power(x, n - 1)


#export depth_sum(int)
def depth_sum(n):
    if n <= 0:
        return 0
    return n + depth_sum(n - 1)

#check: fib(0)
#check: fib(1)
#check: fib(20)
#check: power(2.0, 10)
#check: power(1.1, 7)
#check: power(-3.0, 3)
#check: depth_sum(100)
#check: depth_sum(-5)
