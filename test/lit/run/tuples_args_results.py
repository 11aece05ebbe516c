# RUN: %difftest %s
# Tuples as arguments (export type `(int, float)`) and as results, indexing into tuples.

#export swap(int, float)
def swap(a, b):
    return (b, a)


#export shift_point((float, float), float)
def shift_point(p, d):
    return (p[0] + d, p[1] - d)


#export min_max_mean(float list)
def min_max_mean(xs):
    return (min(xs), max(xs), sum(xs) / len(xs))


#export label((int, str))
def label(pair):
    return pair[1]


#export bounding_box((float, float) list)
def bounding_box(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return ((min(xs), min(ys)), (max(xs), max(ys)))

#check: swap(1, 2.5)
#check: shift_point((1.0, 2.0), 0.5)
#check: min_max_mean([1.0, 2.0, 6.0])
#check: min_max_mean([])
#check: label((3, "three"))
#check: bounding_box([(0.0, 1.0), (2.0, -1.0), (1.0, 5.0)])
#check: bounding_box([])
