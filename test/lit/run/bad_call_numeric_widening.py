# RUN: %difftest %s
# Python's numeric tower at the boundary: an int (or bool) is accepted where a float is
# expected, and converted exactly as CPython's arithmetic would; a float is not an int.

#export halve(float)
def halve(x):
    return x / 2.0


#export scaled_sum(float list, float)
def scaled_sum(xs, k):
    return sum([x * k for x in xs])


#export repeat_count(int)
def repeat_count(n):
    return n * 3

#check: halve(3)
#check: halve(True)
#check: halve(-9007199254740993)
#check: scaled_sum([1, 2.5, 3], 2)
#check: scaled_sum([True, False], 0.5)
#check: repeat_count(True)
#check: repeat_count(7)
#check-rejects: repeat_count(7.0)
#check-rejects: halve("1.0")
