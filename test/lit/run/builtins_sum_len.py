# RUN: %difftest %s
# sum and len over lists and ranges; sum keeps the element type.

#export total(float list)
def total(xs):
    return sum(xs)


#export int_total(int list)
def int_total(xs):
    return sum(xs)


#export triangular(int)
def triangular(n):
    return sum(range(n + 1))


#export count(int list)
def count(xs):
    return len(xs)

#check: total([0.1, 0.2, 0.3])
#check: total([1e16, 1.0, -1e16])
#check: total([-0.0])
#check: int_total([1, 2, 3, -10])
#check: int_total([])
#check: triangular(100)
#check: triangular(0)
#check: count([])
#check: count([4, 5, 6])
