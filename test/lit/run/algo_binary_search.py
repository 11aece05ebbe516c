# RUN: %difftest %s
# Binary search and bisection on sorted lists (floor division of possibly large sums).

#export bisect_left(int list, int)
def bisect_left(xs, v):
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < v:
            lo = mid + 1
        else:
            hi = mid
    return lo


#export contains(float list, float)
def contains(xs, v):
    i = 0
    j = len(xs) - 1
    while i <= j:
        m = (i + j) // 2
        if xs[m] == v:
            return True
        elif xs[m] < v:
            i = m + 1
        else:
            j = m - 1
    return False

#check: bisect_left([1, 3, 5, 7], 5)
#check: bisect_left([1, 3, 5, 7], 4)
#check: bisect_left([1, 3, 5, 7], 100)
#check: bisect_left([], 1)
#check: bisect_left([2, 2, 2], 2)
#check: contains([0.5, 1.5, 2.5], 1.5)
#check: contains([0.5, 1.5, 2.5], 2.0)
#check: contains([], 2.0)
