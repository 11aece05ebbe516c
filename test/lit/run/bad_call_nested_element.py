# RUN: %difftest %s
# A list whose elements do not all match the element type is rejected as a whole.

#export total(float list)
def total(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


#export row_total(int list list)
def row_total(m):
    s = 0
    for row in m:
        for x in row:
            s += x
    return s

#check: total([1.0, "a"])
#check: total(["a", 1.0])
#check: total([1.0, None])
#check: total([1.0, 2.0, [3.0]])
#check: row_total([[1, 2], [3, "4"]])
#check: row_total([[1, 2], 3])
#check: row_total([[1, 2], [3, 4]])
#check-rejects: row_total([[1, 2], [3, 4.5]])
