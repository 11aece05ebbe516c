# RUN: %difftest %s
# Subscripts: negative indices count from the end, out of range raises IndexError.

#export at(float list, int)
def at(xs, i):
    return xs[i]


#export first_last(int list)
def first_last(xs):
    return (xs[0], xs[-1])


#export nested_at(int list list, int, int)
def nested_at(m, i, j):
    return m[i][j]


#export middle(float list)
def middle(xs):
    return xs[len(xs) // 2]

#check: at([1.0, 2.0, 3.0], 0)
#check: at([1.0, 2.0, 3.0], 2)
#check: at([1.0, 2.0, 3.0], -1)
#check: at([1.0, 2.0, 3.0], -3)
#check: at([1.0, 2.0, 3.0], 3)
#check: at([1.0, 2.0, 3.0], -4)
#check: at([], 0)
#check: first_last([7, 8, 9])
#check: first_last([])
#check: nested_at([[1, 2], [3, 4]], -1, -2)
#check: nested_at([[1, 2], [3]], 1, 1)
#check: middle([1.0, 2.0, 3.0, 4.0])
#check: middle([])
