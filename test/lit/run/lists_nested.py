# RUN: %difftest %s
# Lists of lists: arguments, results, element access, row and column sums.

#export row_sums(float list list)
def row_sums(m):
    return [sum(row) for row in m]


#export transpose(int list list)
def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


#export identity(int)
def identity(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            if i == j:
                row.append(1.0)
            else:
                row.append(0.0)
        rows.append(row)
    return rows


#export trace(float list list)
def trace(m):
    t = 0.0
    for i in range(len(m)):
        t += m[i][i]
    return t

#check: row_sums([[1.0, 2.0], [3.5], [0.1, 0.2, 0.3]])
#check: row_sums([])
#check: transpose([[1, 2, 3], [4, 5, 6]])
#check: transpose([])
#check: identity(3)
#check: identity(0)
#check: trace([[1.0, 2.0], [3.0, 4.0]])
#check: trace([[1.0, 2.0], [3.0]])
