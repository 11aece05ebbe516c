# RUN: %difftest %s
# Augmented assignment with every arithmetic operator, on ints and floats.

#export int_ops(int, int)
def int_ops(a, b):
    x = a
    x += b
    x *= 3
    x -= a
    x //= b
    x %= 1000
    x **= 2
    return x


#export float_ops(float, float)
def float_ops(a, b):
    x = a
    x += b
    x *= 1.5
    x -= 0.25
    x /= b
    x //= 0.5
    x %= 7.0
    x **= 0.5
    return x

#check: int_ops(10, 3)
#check: int_ops(-10, 3)
#check: int_ops(10, -3)
#check: int_ops(1, 0)
#check: float_ops(10.0, 3.0)
#check: float_ops(-10.0, 3.0)
#check: float_ops(2.5, -0.5)
#check: float_ops(1.0, 0.0)
