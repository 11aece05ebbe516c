# RUN: %difftest %s
# Functions returning bools, bool parameters, and bools in arithmetic (True + True is 2).

#export is_even(int)
def is_even(n):
    return n % 2 == 0


#export count_true(bool, bool, bool)
def count_true(a, b, c):
    return a + b + c


#export xor(bool, bool)
def xor(a, b):
    return a != b


#export is_sorted(float list)
def is_sorted(xs):
    for i in range(1, len(xs)):
        if xs[i - 1] > xs[i]:
            return False
    return True

#check: is_even(4)
#check: is_even(-3)
#check: is_even(0)
#check: count_true(True, False, True)
#check: count_true(False, False, False)
#check: xor(True, False)
#check: xor(True, True)
#check: is_sorted([1.0, 2.0, 2.0, 3.5])
#check: is_sorted([1.0, 0.5])
#check: is_sorted([])
