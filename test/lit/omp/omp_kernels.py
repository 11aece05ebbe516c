# RUN: env OMP_NUM_THREADS=2 %difftest --pyxc-flag=-fopenmp %s
# OpenMP-annotated kernels give CPython's results: exactly for integer reductions, within a
# tolerance for float sums (the order of additions differs), and exceptions raised inside a
# parallel loop come out of it.


#export sum_squares(int)
def sum_squares(n):
    total = 0
    #omp parallel for reduction(+:total) schedule(static)
    for i in range(n):
        sq = i * i
        total += sq
    return total


#export mean_of(float list)
def mean_of(xs):
    total = 0.0
    n = len(xs)
    #omp parallel for reduction(+:total)
    for i in range(n):
        total += xs[i]
    return total / n


#export extremes(int)
def extremes(n):
    lo = n
    hi = 0
    #omp parallel for reduction(min:lo) reduction(max:hi)
    for i in range(1, n):
        v = (i * 7919) % n
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


#export histogram(int, int)
def histogram(n, bins):
    counts = [0] * bins
    #omp parallel for
    for i in range(n):
        b = (i * i) % bins
        #omp critical
        counts[b] += 1
    return counts


#export count_down(int)
def count_down(n):
    total = 0
    #omp parallel for reduction(+:total) num_threads(2)
    for i in range(n, 0, -2):
        total += i
    return total


#export failing(int)
def failing(n):
    total = 0
    #omp parallel for reduction(+:total)
    for i in range(n):
        total += 100 // (i - 5)
    return total


#export grid_sum(int, int)
def grid_sum(rows, cols):
    total = 0
    #omp parallel for collapse(2) reduction(+:total)
    for i in range(rows):
        for j in range(0, cols, 2):
            cell = i * cols + j
            total += cell % 11
    return total


#check: sum_squares(100000)
#check: grid_sum(37, 41)
#check: grid_sum(0, 5)
#check: sum_squares(0)
#check-approx: mean_of([0.5, 1.5, 2.5, 3.5, 4.0])
#check: extremes(1000)
#check: histogram(1000, 7)
#check: count_down(101)
#check: failing(4)
#check: failing(100)
