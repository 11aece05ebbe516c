# RUN: %difftest %s
# int / int is a float in Python 3; dividing by zero raises ZeroDivisionError.

#export ratio(int, int)
def ratio(a, b):
    return a / b


#export average(int, int, int)
def average(a, b, c):
    return (a + b + c) / 3

#check: ratio(7, 2)
#check: ratio(-7, 2)
#check: ratio(1, 3)
#check: ratio(6, 3)
#check: ratio(0, 5)
#check: ratio(0, -5)
#check: ratio(7, 0)
#check: ratio(0, 0)
#check: ratio(9007199254740993, 1)
#check: ratio(1759673414212045851, 231020807705)
#check: average(1, 2, 4)
#check: average(-1, -1, -1)
