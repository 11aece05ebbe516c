# RUN: %difftest %s
# Building lists with append: the element type comes from the appended values.

#export evens(int)
def evens(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            out.append(i)
    return out


#export running_mean(float list)
def running_mean(xs):
    means = []
    s = 0.0
    for i in range(len(xs)):
        s += xs[i]
        means.append(s / (i + 1))
    return means


#export fib_list(int)
def fib_list(n):
    fibs = [0, 1]
    while len(fibs) < n:
        fibs.append(fibs[-1] + fibs[-2])
    return fibs


#export halves(int list)
def halves(xs):
    out = []
    for x in xs:
        out.append(x / 2)
    return out

#check: evens(9)
#check: evens(0)
#check: running_mean([1.0, 2.0, 3.0, 4.0])
#check: running_mean([])
#check: fib_list(10)
#check: fib_list(1)
#check: halves([1, 2, -3])
#check: halves([])
