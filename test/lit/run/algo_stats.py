# RUN: %difftest %s
# Descriptive statistics: z-scores, covariance, correlation, min-max normalization.
import math


def mean(xs):
    return sum(xs) / len(xs)


#export covariance(float list, float list)
def covariance(xs, ys):
    mx = mean(xs)
    my = mean(ys)
    return sum([(xs[i] - mx) * (ys[i] - my) for i in range(len(xs))]) / (len(xs) - 1)


#export correlation(float list, float list)
def correlation(xs, ys):
    return covariance(xs, ys) / math.sqrt(covariance(xs, xs) * covariance(ys, ys))


#export zscores(float list)
def zscores(xs):
    m = mean(xs)
    sd = math.sqrt(sum([(x - m) ** 2 for x in xs]) / len(xs))
    return [(x - m) / sd for x in xs]


#export rescale(float list)
def rescale(xs):
    lo = min(xs)
    hi = max(xs)
    return [(x - lo) / (hi - lo) for x in xs]

#check: covariance([1.0, 2.0, 3.0], [2.0, 4.0, 7.0])
#check: covariance([1.0], [2.0])
#check: correlation([1.0, 2.0, 3.0, 4.0], [1.5, 3.5, 6.0, 8.5])
#check: correlation([1.0, 1.0], [2.0, 3.0])
#check: zscores([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
#check: zscores([3.0, 3.0])
#check: rescale([2.0, 4.0, 3.0])
#check: rescale([1.0, 1.0])
