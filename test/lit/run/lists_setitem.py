# RUN: %difftest %s
# Assignment to list elements (also negative indices and out of range), in place updates.

#export cumulative(float list)
def cumulative(xs):
    out = [x for x in xs]
    for i in range(1, len(out)):
        out[i] += out[i - 1]
    return out


#export set_at(int, int)
def set_at(n, i):
    xs = [0 for k in range(n)]
    xs[i] = 7
    return xs


#export histogram(int list, int)
def histogram(values, bins):
    counts = []
    for b in range(bins):
        counts.append(0)
    for v in values:
        counts[v % bins] += 1
    return counts

#check: cumulative([1.0, 2.0, 3.0])
#check: cumulative([0.1, 0.2, 0.3])
#check: cumulative([])
#check: set_at(3, 0)
#check: set_at(3, -1)
#check: set_at(3, 3)
#check: set_at(3, -4)
#check: histogram([1, 2, 3, 4, 5, 6, 7], 3)
#check: histogram([-1, -2], 4)
