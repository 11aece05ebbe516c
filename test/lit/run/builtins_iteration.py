# RUN: %difftest %s
# enumerate, zip, reversed, sorted, list(), any, all, round, divmod, pow, isinstance.


#export weighted(float list, float list)
def weighted(xs, ws):
    total = 0.0
    for x, w in zip(xs, ws):
        total += x * w
    return total


#export indexed(int list)
def indexed(xs):
    out = []
    for i, x in enumerate(xs):
        out.append(i * x)
    for i, x in enumerate(xs, 10):
        out.append(i + x)
    return out


#export backwards(int)
def backwards(n):
    return [i * i for i in reversed(range(n))] + list(reversed([1, 2, 3]))


#export sorting(float list)
def sorting(xs):
    return sorted(xs), sorted(range(5)), list(range(3)), sorted([(2, 1.0), (1, 5.0), (2, 0.5)])


#export sorted_desc(float list)
def sorted_desc(xs):
    return sorted(xs, reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True), sorted("pyxc")


#export truthiness(int list)
def truthiness(xs):
    return any(xs), all(xs), any([x > 2 for x in xs]), all([x >= 0 for x in xs]), any([]), all([])


#export rounding(float, int)
def rounding(x, n):
    return round(x), round(x, 2), round(x, 0), round(n, -1), round(n), round(x, n)


#export divisions(int, int, float)
def divisions(a, b, x):
    return divmod(a, b), divmod(x, 2.5), pow(a, 2), pow(a, b, 7), pow(x, 2)


#export kinds(int, float)
def kinds(n, x):
    return isinstance(n, int), isinstance(x, int), isinstance(x, (int, float)), isinstance(True, int), isinstance([n], list)


#export zip3(int list, int list, int list)
def zip3(a, b, c):
    return [x + y * z for x, y, z in zip(a, b, c)]


#check: weighted([1.0, 2.0, 3.0], [0.5, 0.25])
#check: indexed([3, 4, 5])
#check: backwards(4)
#check: sorting([3.5, -1.0, 2.0, 2.0])
#check: sorted_desc([3.5, -1.0, 2.0, 2.0])
#check: truthiness([0, 1, 2, 3])
#check: truthiness([1, 2])
#check: rounding(2.5, 3)
#check: rounding(3.5, -2)
#check: rounding(-2.675, 15)
#check: rounding(1234.5678, 1)
#check: rounding(0.125, 0)
#check: divisions(7, 3, 7.5)
#check: divisions(-7, 3, -7.5)
#check: divisions(7, 0, 1.0)
#check: divisions(5, 3, 0.0)
#check: kinds(3, 2.5)
#check: zip3([1, 2, 3], [4, 5], [6, 7, 8])
