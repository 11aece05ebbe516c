# RUN: %difftest %s
# complex arguments and results: arithmetic, mixing with floats and ints, abs, division by zero.

#export cmul(complex, complex)
def cmul(a, b):
    return a * b


#export cdiv(complex, complex)
def cdiv(a, b):
    return a / b


#export rotate(complex, int)
def rotate(z, quarter_turns):
    for i in range(quarter_turns):
        z = z * 1j
    return z


#export magnitude(complex)
def magnitude(z):
    return abs(z)


#export affine(complex, float)
def affine(z, k):
    return z * k + 1

#check: cmul(1 + 2j, 3 - 1j)
#check: cmul(1j, 1j)
#check: cdiv(1 + 2j, 3 - 1j)
#check: cdiv(1 + 2j, 0j)
#check: rotate(1 + 0j, 3)
#check: rotate(2 - 1j, 0)
#check: magnitude(3 + 4j)
#check: magnitude(-0.5j)
#check: affine(1 + 1j, 2.5)
#check: affine(0.5j, -1.0)
