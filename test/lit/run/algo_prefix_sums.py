# RUN: %difftest %s
# Prefix sums and sliding-window maxima (list indexing with computed, negative offsets).

#export prefix(int list)
def prefix(xs):
    out = [0]
    for x in xs:
        out.append(out[-1] + x)
    return out


#export range_sum(int list, int, int)
def range_sum(xs, i, j):
    p = prefix(xs)
    return p[j] - p[i]


#export window_max(float list, int)
def window_max(xs, w):
    out = []
    for i in range(len(xs) - w + 1):
        m = xs[i]
        for j in range(i + 1, i + w):
            m = max(m, xs[j])
        out.append(m)
    return out

#check: prefix([1, 2, 3, 4])
#check: prefix([])
#check: range_sum([5, -1, 3, 8], 1, 3)
#check: range_sum([5, -1, 3, 8], 0, 9)
#check: window_max([1.0, 3.0, -1.0, -3.0, 5.0, 3.0], 3)
#check: window_max([1.0], 2)
