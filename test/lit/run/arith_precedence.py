# RUN: %difftest %s
# Operator precedence and associativity: -x ** y, right-associative **, // vs *.

#export neg_pow(int)
def neg_pow(x):
    return -x ** 2


#export tower(int)
def tower(x):
    return 2 ** x ** 2


#export expr(int, int, int)
def expr(a, b, c):
    return a - b - c + a * b // c % 7 - -a


#export fexpr(float, float)
def fexpr(x, y):
    return x - y / 2.0 * x ** 2 + (x - y) * (x + y)

#check: neg_pow(3)
#check: neg_pow(-3)
#check: tower(2)
#check: tower(1)
#check: expr(10, 3, 4)
#check: expr(-10, 3, 4)
#check: expr(10, -3, 4)
#check: expr(1, 2, 0)
#check: fexpr(1.5, 0.25)
#check: fexpr(-3.0, 7.0)
