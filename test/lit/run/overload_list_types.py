# RUN: %difftest %s
# Separate export lines for int lists and float lists: each gets its own instantiation.

#export largest_gap(int list)
#export largest_gap(float list)
def largest_gap(xs):
    best = xs[1] - xs[0]
    for i in range(2, len(xs)):
        if xs[i] - xs[i - 1] > best:
            best = xs[i] - xs[i - 1]
    return best


#export normalize(float list)
def normalize(xs):
    top = max(xs)
    return [x / top for x in xs]

#check: largest_gap([1, 4, 6, 12])
#check: largest_gap([1.0, 4.5, 6.0])
#check: largest_gap([3])
#check: largest_gap([1.0])
#check: normalize([1.0, 2.0, 4.0])
#check: normalize([0.0])
#check: normalize([1.0, 2, 4.0])
