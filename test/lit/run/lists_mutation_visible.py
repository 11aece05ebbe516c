# RUN: %difftest %s
# A list argument the function changes is changed at the caller's side too (Python's reference
# semantics), and returning the argument gives back the caller's own list object.


#export push(int list, int)
def push(xs, v):
    xs.append(v)


#export scale_in_place(float list, float)
def scale_in_place(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k
    return xs


#export fill(int list, int)
def fill(xs, n):
    del xs[0]
    for i in range(n):
        xs.append(i)
    return len(xs)


#export reads_only(float list)
def reads_only(xs):
    return sum(xs)


#check: (lambda xs: (push(xs, 3), xs))([1, 2])
#check: (lambda xs: (scale_in_place(xs, 2.0), xs))([1.0, 2.5])
#check: (lambda xs: scale_in_place(xs, 2.0) is xs)([1.0])
#check: (lambda xs: (fill(xs, 3), xs))([9, 8])
#check: (lambda xs: (fill(xs, 2), xs))([])
#check: (lambda xs: (reads_only(xs), xs))([1.0, 2.0])
