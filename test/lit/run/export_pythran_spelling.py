# RUN: %difftest %s
# Pythran's `#pythran export` comments are accepted unchanged, alongside pyxc's `#export`.

#pythran export dist2(float, float, float, float)
def dist2(x1, y1, x2, y2):
    return (x2 - x1) ** 2 + (y2 - y1) ** 2


#pythran export count_in(int list, int)
def count_in(xs, v):
    n = 0
    for x in xs:
        if x == v:
            n += 1
    return n


#export both(int)
def both(n):
    return count_in([n, n, 1], n) + dist2(0.0, 0.0, 3.0, 4.0)

#check: dist2(0.0, 0.0, 3.0, 4.0)
#check: dist2(1.5, -2.0, -1.5, 2.0)
#check: count_in([1, 2, 1, 1], 1)
#check: count_in([], 1)
#check: both(2)
#check: both(1)
