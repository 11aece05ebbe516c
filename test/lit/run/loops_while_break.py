# RUN: %difftest %s
# while True with break; break out of the inner loop only.

#export first_power_above(int, int)
def first_power_above(base, limit):
    p = 1
    while True:
        if p > limit:
            break
        p *= base
    return p


#export find_index(float list, float)
def find_index(xs, target):
    i = 0
    found = -1
    while i < len(xs):
        if xs[i] == target:
            found = i
            break
        i += 1
    return found


#export first_pair_sum(int list, int)
def first_pair_sum(xs, target):
    hits = 0
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                hits += 1
                break
    return hits

#check: first_power_above(2, 1000)
#check: first_power_above(3, 0)
#check: find_index([1.0, 2.5, 2.5, 4.0], 2.5)
#check: find_index([1.0], 3.0)
#check: find_index([], 3.0)
#check: first_pair_sum([1, 2, 3, 4, 5], 6)
#check: first_pair_sum([1, 1, 1], 2)
#check: first_pair_sum([], 2)
