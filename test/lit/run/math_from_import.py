# RUN: %difftest %s
# `from math import ...` binds the functions and constants to plain names.
from math import sqrt, pi, exp, cos

#export gaussian(float, float, float)
def gaussian(x, mu, sigma):
    return exp(-((x - mu) ** 2) / (2 * sigma ** 2)) / (sigma * sqrt(2 * pi))


#export chord(float, float)
def chord(radius, angle):
    return sqrt(2 * radius ** 2 * (1 - cos(angle)))

#check: gaussian(0.0, 0.0, 1.0)
#check: gaussian(1.5, 0.0, 1.0)
#check: gaussian(-3.0, 1.0, 0.5)
#check: gaussian(0.0, 0.0, 0.0)
#check: chord(1.0, math.pi / 3)
#check: chord(2.0, 0.0)
#check: chord(1.0, math.pi)
