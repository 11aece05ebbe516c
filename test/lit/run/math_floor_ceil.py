# RUN: %difftest %s
# math.floor and math.ceil return ints; int() truncates towards zero.
import math

#export rounding(float)
def rounding(x):
    return (math.floor(x), math.ceil(x), int(x))


#export bucket(float, float)
def bucket(x, width):
    return math.floor(x / width)


#export pages(int, int)
def pages(items, per_page):
    return math.ceil(items / per_page)

#check: rounding(2.5)
#check: rounding(-2.5)
#check: rounding(-0.5)
#check: rounding(3.0)
#check: rounding(1e15 + 0.5)
#check: rounding(float("inf"))
#check: rounding(float("nan"))
#check: bucket(7.3, 2.0)
#check: bucket(-7.3, 2.0)
#check: pages(101, 10)
#check: pages(100, 10)
#check: pages(0, 10)
