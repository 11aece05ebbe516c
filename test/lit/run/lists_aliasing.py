# RUN: %difftest %s
# Lists are shared references, as in Python: appending through an alias or in a callee
# changes the original.

#export alias_append(int)
def alias_append(n):
    a = [1, 2]
    b = a
    for i in range(n):
        b.append(i)
    return a


#export alias_setitem(float)
def alias_setitem(x):
    a = [0.0, 0.0]
    b = a
    b[0] = x
    return a[0] + b[1]


#export fill(int)
def fill(n):
    out = [-1]
    extend_with(out, n)
    return out


def extend_with(xs, n):
    for i in range(n):
        xs.append(i * i)
    return len(xs)

#check: alias_append(3)
#check: alias_append(0)
#check: alias_setitem(2.5)
#check: fill(4)
#check: fill(0)
