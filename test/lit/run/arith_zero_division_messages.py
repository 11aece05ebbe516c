# RUN: %difftest %s
# Every ZeroDivisionError message CPython 3.11 gives for int and float operands.

#export int_div(int, int)
def int_div(a, b):
    return a / b


#export int_floordiv(int, int)
def int_floordiv(a, b):
    return a // b


#export int_mod(int, int)
def int_mod(a, b):
    return a % b


#export float_div(float, float)
def float_div(a, b):
    return a / b


#export float_floordiv(float, float)
def float_floordiv(a, b):
    return a // b


#export float_mod(float, float)
def float_mod(a, b):
    return a % b


#export mixed_div(float, int)
def mixed_div(a, b):
    return a / b


#export zero_pow(float, float)
def zero_pow(a, b):
    return a ** b

#check: int_div(1, 0)
#check: int_floordiv(1, 0)
#check: int_mod(1, 0)
#check: float_div(1.0, 0.0)
#check: float_floordiv(1.0, 0.0)
#check: float_mod(1.0, 0.0)
#check: float_div(-0.0, -0.0)
#check: mixed_div(2.0, 0)
#check: zero_pow(0.0, -2.0)
#check: zero_pow(0.0, -0.5)
