# RUN: %difftest %s
# if / elif / else chains, nested ifs, early returns.

#export sign(float)
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


#export grade(int)
def grade(score):
    if score >= 90:
        g = 4
    elif score >= 80:
        g = 3
    elif score >= 70:
        g = 2
    elif score >= 60:
        g = 1
    else:
        g = 0
    return g


#export clamp(float, float, float)
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


#export quadrant(float, float)
def quadrant(x, y):
    if x >= 0:
        if y >= 0:
            return 1
        return 4
    else:
        if y >= 0:
            return 2
        return 3

#check: sign(2.5)
#check: sign(-0.1)
#check: sign(0.0)
#check: sign(float("nan"))
#check: grade(95)
#check: grade(80)
#check: grade(61)
#check: grade(-5)
#check: clamp(5.0, 0.0, 1.0)
#check: clamp(-5.0, 0.0, 1.0)
#check: clamp(0.25, 0.0, 1.0)
#check: quadrant(-1.0, 2.0)
#check: quadrant(-1.0, -2.0)
#check: quadrant(1.0, -2.0)
