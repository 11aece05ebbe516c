# RUN: %difftest %s
# Nested loops over ranges and lists: multiplication table, pairwise distances, triangles.

#export table_sum(int)
def table_sum(n):
    s = 0
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            s += i * j
    return s


#export closest_pair(float list)
def closest_pair(xs):
    best = -1.0
    for i in range(len(xs)):
        for j in range(len(xs)):
            if i != j:
                d = abs(xs[i] - xs[j])
                if best < 0.0 or d < best:
                    best = d
    return best


#export triangle_count(int)
def triangle_count(n):
    count = 0
    for a in range(1, n):
        for b in range(a, n):
            c = a * a + b * b
            k = 1
            while k * k < c:
                k += 1
            if k * k == c and k < n:
                count += 1
    return count

#check: table_sum(10)
#check: table_sum(0)
#check: closest_pair([5.0, 1.0, 3.5, 9.0])
#check: closest_pair([1.0])
#check: triangle_count(30)
