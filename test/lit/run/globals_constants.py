# RUN: %difftest %s
# Module-level constants read by functions. Not in the subset yet: pyxc rejects module-level
# assignments ("module-level code is not supported"). Remove the XFAIL when they are.
# XFAIL: *
import math

SCALE = 2.5
OFFSET = -3
TWO_PI = 2 * math.pi


#export transform(float)
def transform(x):
    return x * SCALE + OFFSET


#export turns(float)
def turns(angle):
    return angle / TWO_PI


#export shifted(int list)
def shifted(xs):
    return [x + OFFSET for x in xs]

#check: transform(1.0)
#check: transform(-0.4)
#check: turns(math.pi)
#check: turns(-10.0)
#check: shifted([1, 2, 3])
