# RUN: %difftest %s
# Matrix product and matrix-vector product on nested float lists, triple nested loops.

#export matmul(float list list, float list list)
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        c.append(row)
    return c


#export matvec(float list list, float list)
def matvec(a, v):
    return [sum([row[j] * v[j] for j in range(len(v))]) for row in a]


#export frobenius2(int list list)
def frobenius2(a):
    return sum([sum([x * x for x in row]) for row in a])

#check: matmul([[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]])
#check: matmul([[0.1, 0.2, 0.3]], [[1.0], [2.0], [3.0]])
#check: matmul([[1.0, 2.0]], [[1.0]])
#check: matvec([[1.0, 0.5], [-2.0, 0.25]], [4.0, 8.0])
#check: matvec([], [1.0])
#check: frobenius2([[1, 2], [3, -4]])
#check: frobenius2([])
