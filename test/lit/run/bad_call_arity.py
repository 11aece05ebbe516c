# RUN: %difftest %s
# Calls with too few or too many arguments raise TypeError naming the function.

#export hypot2(float, float)
def hypot2(x, y):
    return x * x + y * y


#export constant()
def constant():
    return 42

#check: hypot2(3.0)
#check: hypot2(3.0, 4.0, 5.0)
#check: hypot2()
#check: hypot2(3.0, 4.0)
#check: constant()
#check: constant(1)
