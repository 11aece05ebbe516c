# RUN: %difftest %s
# Numerical integration with the trapezoid and Simpson rules (float accumulation order).
import math

#export trapezoid_sin(float, float, int)
def trapezoid_sin(a, b, n):
    h = (b - a) / n
    s = 0.5 * (math.sin(a) + math.sin(b))
    for i in range(1, n):
        s += math.sin(a + i * h)
    return s * h


#export simpson_exp(float, float, int)
def simpson_exp(a, b, n):
    h = (b - a) / n
    s = math.exp(a) + math.exp(b)
    for i in range(1, n):
        if i % 2 == 1:
            s += 4 * math.exp(a + i * h)
        else:
            s += 2 * math.exp(a + i * h)
    return s * h / 3

#check: trapezoid_sin(0.0, math.pi, 100)
#check: trapezoid_sin(0.0, 1.0, 1)
#check: trapezoid_sin(0.0, 1.0, 0)
#check: simpson_exp(0.0, 1.0, 10)
#check: simpson_exp(-1.0, 2.0, 1000)
