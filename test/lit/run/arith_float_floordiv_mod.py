# RUN: %difftest %s
# Python's float // and % floor towards minus infinity; % has the sign of the divisor.

#export ffloordiv(float, float)
def ffloordiv(a, b):
    return a // b


#export fmod_py(float, float)
def fmod_py(a, b):
    return a % b


#export angle_wrap(float)
def angle_wrap(degrees):
    return degrees % 360.0

#check: ffloordiv(7.5, 2.0)
#check: ffloordiv(-7.5, 2.0)
#check: ffloordiv(7.5, -2.0)
#check: ffloordiv(-0.5, 10.0)
#check: ffloordiv(1.0, 0.0)
#check: fmod_py(7.5, 2.0)
#check: fmod_py(-7.5, 2.0)
#check: fmod_py(7.5, -2.0)
#check: fmod_py(-0.0, 1.0)
#check: fmod_py(6.0, -3.0)
#check: fmod_py(1.0, 0.0)
#check: angle_wrap(-30.0)
#check: angle_wrap(725.5)
