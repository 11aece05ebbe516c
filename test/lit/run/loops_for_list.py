# RUN: %difftest %s
# for over the elements of a list argument and of a local list.

#export dot(float list, float list)
def dot(xs, ys):
    s = 0.0
    i = 0
    for x in xs:
        s += x * ys[i]
        i += 1
    return s


#export count_negative(int list)
def count_negative(xs):
    n = 0
    for x in xs:
        if x < 0:
            n += 1
    return n


#export weighted(float list)
def weighted(xs):
    weights = [0.5, 0.25, 0.125]
    s = 0.0
    for w in weights:
        for x in xs:
            s += w * x
    return s

#check: dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0])
#check: dot([], [])
#check: dot([0.1, 0.2], [0.3, 0.4])
#check: dot([1.0, 2.0], [1.0])
#check: count_negative([1, -2, 3, -4, -5])
#check: count_negative([])
#check: weighted([1.0, 2.0])
#check: weighted([0.1])
