# RUN: %difftest %s
# range with one, two and three arguments, negative steps, empty ranges.

#export squares(int)
def squares(n):
    return [i * i for i in range(n)]


#export between(int, int)
def between(a, b):
    return [i for i in range(a, b)]


#export stepped(int, int, int)
def stepped(a, b, step):
    out = []
    for i in range(a, b, step):
        out.append(i)
    return out

#check: squares(5)
#check: squares(0)
#check: squares(-3)
#check: between(-2, 3)
#check: between(3, -2)
#check: stepped(0, 10, 3)
#check: stepped(10, 0, -3)
#check: stepped(10, 0, 3)
#check: stepped(-1, -10, -4)
#check: stepped(0, 5, 0)
