# RUN: %difftest %s
# math.sqrt/exp/log/sin/cos/hypot/pi: the same libm as CPython, so bit-identical results.
import math

#export trig(float)
def trig(x):
    return (math.sin(x), math.cos(x), math.sin(x) ** 2 + math.cos(x) ** 2)


#export exp_log(float)
def exp_log(x):
    return (math.exp(x), math.log(x), math.log(math.exp(x)))


#export circle_area(float)
def circle_area(r):
    return math.pi * r * r


#export norm(float, float)
def norm(x, y):
    return (math.hypot(x, y), math.sqrt(x * x + y * y))

#check: trig(0.0)
#check: trig(1.0)
#check: trig(-2.5)
#check: trig(math.pi)
#check: exp_log(1.0)
#check: exp_log(0.5)
#check: exp_log(20.0)
#check: circle_area(2.0)
#check: norm(3.0, 4.0)
#check: norm(1e200, 1e200)
#check: norm(-0.0, 0.0)
