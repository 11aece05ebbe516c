# RUN: %difftest %s
# min and max over lists and over two arguments; an empty list raises ValueError.

#export extremes(float list)
def extremes(xs):
    return (min(xs), max(xs))


#export int_extremes(int list)
def int_extremes(xs):
    return (min(xs), max(xs))


#export clamp(int, int, int)
def clamp(x, lo, hi):
    return max(lo, min(x, hi))


#export spread(float list)
def spread(xs):
    return max(xs) - min(xs)

#check: extremes([3.0, -1.5, 2.25])
#check: extremes([7.0])
#check: extremes([])
#check: extremes([0.0, -0.0])
#check: int_extremes([5, 3, 9, -2])
#check: int_extremes([])
#check: clamp(5, 0, 3)
#check: clamp(-5, 0, 3)
#check: clamp(2, 0, 3)
#check: spread([1.0, 10.0, 4.5])
#check: spread([])
