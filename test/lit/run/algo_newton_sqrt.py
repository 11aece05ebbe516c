# RUN: %difftest %s
# Newton's method: a while loop on a float tolerance, with an iteration cap.

#export newton_sqrt(float)
def newton_sqrt(a):
    if a < 0.0:
        return -1.0
    if a == 0.0:
        return 0.0
    x = a
    steps = 0
    while steps < 100:
        nx = 0.5 * (x + a / x)
        if abs(nx - x) <= 1e-15 * nx:
            break
        x = nx
        steps += 1
    return x


#export cube_root(float)
def cube_root(a):
    x = 1.0
    for i in range(60):
        x = x - (x * x * x - a) / (3.0 * x * x)
    return x

#check: newton_sqrt(2.0)
#check: newton_sqrt(1e-10)
#check: newton_sqrt(1e300)
#check: newton_sqrt(0.0)
#check: newton_sqrt(-4.0)
#check: cube_root(27.0)
#check: cube_root(-8.0)
#check: cube_root(0.001)
