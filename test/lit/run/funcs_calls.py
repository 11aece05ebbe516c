# RUN: %difftest %s
# Module functions calling each other, including unexported helpers instantiated at the
# caller's argument types.

def square(x):
    return x * x


def add(a, b):
    return a + b


#export sum_squares(int, int)
def sum_squares(a, b):
    return add(square(a), square(b))


#export fsum_squares(float, float)
def fsum_squares(a, b):
    return add(square(a), square(b))


def mean(xs):
    return sum(xs) / len(xs)


#export variance(float list)
def variance(xs):
    m = mean(xs)
    return mean([square(x - m) for x in xs])

#check: sum_squares(3, 4)
#check: sum_squares(-3, 0)
#check: fsum_squares(0.1, 0.2)
#check: fsum_squares(-1.5, 2.0)
#check: variance([1.0, 2.0, 3.0, 4.0])
#check: variance([5.0])
# pyxc: sum([]) of a float list is 0.0, not the int 0, so 0/0 says "float division by zero".
#check-exc-type: variance([])
