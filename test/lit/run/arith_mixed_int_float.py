# RUN: %difftest %s
# int and float operands: the int is widened; // and % on mixed operands are float.

#export mixed(int, float)
def mixed(n, x):
    return [n + x, n - x, n * x, n / x, x / n, n // x, n % x, x // n, x % n]


#export scaled_count(int)
def scaled_count(n):
    return n * 0.5 + 1

#check: mixed(7, 2.5)
#check: mixed(-7, 2.5)
#check: mixed(7, -0.75)
#check: mixed(3, 3.0)
#check: mixed(1, 0.0)
#check: mixed(0, 1.5)
#check: scaled_count(3)
#check: scaled_count(-3)
