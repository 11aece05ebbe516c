# RUN: %difftest %s
# ** with float operands, int ** float, float ** int (also negative), 0.0 ** negative.

#export fpow(float, float)
def fpow(x, y):
    return x ** y


#export root(int, float)
def root(n, k):
    return n ** (1.0 / k)


#export inverse_square(float)
def inverse_square(x):
    return x ** -2

#check: fpow(2.0, 0.5)
#check: fpow(2.5, 3.0)
#check: fpow(-2.0, 3.0)
#check: fpow(-2.0, 2.0)
#check: fpow(0.0, 0.0)
#check: fpow(10.0, -3.0)
#check: fpow(0.0, -1.0)
#check: root(27, 3.0)
#check: root(2, 2.0)
#check: inverse_square(4.0)
#check: inverse_square(0.1)
#check: inverse_square(0.0)
