# RUN: %difftest %s
# Keyword arguments and default values, at call sites inside the module and from Python.


def scale(x, factor=2.0, offset=0):
    return x * factor + offset


def clamp(x, lo=0.0, hi=1.0):
    return min(max(x, lo), hi)


#export f(float, float, int)
#export f(float)
def f(x, factor=3.0, offset=1):
    return scale(x, offset=offset, factor=factor) + scale(x) + scale(x, 0.5)


#export g(float)
def g(x):
    return clamp(x) + clamp(x, hi=10.0) + clamp(hi=5.0, x=x, lo=-5.0)


#export h(int, int)
def h(n, step=1):
    total = 0
    for i in range(0, n, step):
        total += i
    return total


#export nothing()
def nothing():
    return 7


#check: f(1.0)
#check: f(1.0, 2.0, 3)
#check: f(1.0, offset=5)
#check: f(x=2.0)
#check: f(2.0, factor=0.5)
#check: f(1.0, bogus=1)
#check: f(1.0, x=2.0)
#check: f(1.0, 2.0, 3, 4)
#check: g(0.5)
#check: g(-3.0)
#check: g(7.5)
#check: h(10, 3)
#check: h(step=2, n=9)
#check: nothing()
#check: nothing(1)
