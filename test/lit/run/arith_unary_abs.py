# RUN: %difftest %s
# Unary minus and plus, abs on ints and floats (abs(-0.0) is 0.0).

#export signs(int)
def signs(n):
    return (-n, +n, abs(n), -abs(n))


#export fsigns(float)
def fsigns(x):
    return (-x, +x, abs(x))


#export distance(float, float)
def distance(a, b):
    return abs(a - b)

#check: signs(5)
#check: signs(-5)
#check: signs(0)
#check: fsigns(2.5)
#check: fsigns(-0.0)
#check: fsigns(float("-inf"))
#check: distance(1.0, 3.5)
#check: distance(3.5, 1.0)
#check: distance(0.1, 0.3)
