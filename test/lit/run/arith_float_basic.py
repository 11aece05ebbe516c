# RUN: %difftest %s
# +, -, *, / on floats: IEEE results bit for bit, signed zeros, infinities.

#export affine(float, float, float)
def affine(x, a, b):
    return a * x + b


#export quotient(float, float)
def quotient(a, b):
    return a / b


#export negate(float)
def negate(x):
    return -x

#check: affine(0.1, 0.2, 0.3)
#check: affine(-1.5, 2.25, -0.125)
#check: affine(1e308, 10.0, 0.0)
#check: affine(-0.0, 1.0, -0.0)
#check: quotient(1.0, 3.0)
#check: quotient(-2.5, 0.1)
#check: quotient(1.0, 0.0)
#check: quotient(0.0, -0.0)
#check: quotient(5e-324, 2.0)
#check: negate(0.0)
#check: negate(float("inf"))
#check: negate(float("nan"))
