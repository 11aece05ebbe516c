# RUN: %difftest %s
# int % int has the sign of the divisor in Python.

#export imod(int, int)
def imod(a, b):
    return a % b


#export wrap(int, int)
def wrap(index, size):
    return (index % size + size) % size

#check: imod(7, 3)
#check: imod(-7, 3)
#check: imod(7, -3)
#check: imod(-7, -3)
#check: imod(6, -3)
#check: imod(0, 5)
#check: imod(5, 0)
#check: imod(-1, 9223372036854775807)
#check: wrap(-1, 10)
#check: wrap(-25, 10)
#check: wrap(13, 10)
