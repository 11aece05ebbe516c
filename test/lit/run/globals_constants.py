# RUN: %difftest %s
# Module-level constants read by functions, including a list shared with the functions
# (mutations persist across calls, as in Python) and a constant failing at import time.
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

HISTORY = [0]
LIMITS = (0.0, 10.0)
DEFAULT_SCALE = SCALE * 2


#export remember(int)
def remember(x):
    HISTORY.append(x)
    return len(HISTORY)


#export clip(float)
def clip(x):
    return min(max(x, LIMITS[0]), LIMITS[1]) * DEFAULT_SCALE / SCALE

#check: transform(1.0)
#check: [remember(3), remember(4), remember(5)]
#check: clip(12.5)
#check: clip(-1.0)
#check: transform(-0.4)
#check: turns(math.pi)
#check: turns(-10.0)
#check: shifted([1, 2, 3])
