# RUN: %difftest %s
# Export specs: module-level constants exported as attributes (`#export NAME`), and Pythran's
# optional trailing parameters (`f(int, float?)` accepts one or two arguments).
import math

#export SCALE, NAMES, LIMITS, TAU_ISH
SCALE = 2.5
NAMES = ["ab", "c"]
LIMITS = (1, 2.0, (True, "x"))
TAU_ISH = 2 * math.pi + SCALE
HIDDEN = 7
#export WEIGHTS
WEIGHTS = {"a": 1.5, "b": -2.0}


#export area(float, float?)
def area(r, k=1.0):
    return SCALE * r * r * k


#pythran export clip(int, int?, int?)
#pythran export clip(float, float?, float?)
def clip(x, lo=0, hi=10):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


#export scaled(int or float, int?)
def scaled(x, times=2):
    return x * times + HIDDEN

#check: SCALE
#check: NAMES
#check: LIMITS
#check: TAU_ISH
#check: WEIGHTS
#check: area(2.0)
#check: area(2.0, 3.0)
#check: area(2.0, k=0.5)
#check: area(r=1.5)
#check: clip(5)
#check: clip(-3)
#check: clip(20, 0, 15)
#check: clip(5, hi=3)
#check: clip(2.5, 3.0)
#check: clip(9.5, 0.0, 4.0)
#check: scaled(3)
#check: scaled(1.5)
#check: scaled(3, 5)
#check: scaled(1.5, times=-1)
#check-rejects: area()
#check-rejects: area(1.0, 2.0, 3.0)
#check-rejects: clip("1")
#check-rejects: scaled(1.5, 2.5)
