# RUN: %difftest %s
# Python evaluates operands, call arguments and tuple/list items left to right; which
# exception is raised first shows the order (C++ leaves function argument order unspecified).


def pair(a, b):
    return a - b


#export in_tuple(float list)
def in_tuple(xs):
    return (min(xs), max(xs))


#export in_list(int list)
def in_list(xs):
    return [min(xs), max(xs), xs[0]]


#export in_call(float list)
def in_call(xs):
    return pair(min(xs), max(xs))


#export in_binop(int list)
def in_binop(xs):
    return xs[5] - max(xs)


#export in_compare(float list)
def in_compare(xs):
    return min(xs) < 1.0 / len(xs)


#export in_builtin_call(float list, int)
def in_builtin_call(xs, i):
    return max(xs[i], 1.0 / (i - 1))

#check: in_tuple([])
#check: in_tuple([2.0, 1.0])
#check: in_list([])
#check: in_call([])
#check: in_binop([])
#check: in_binop([1, 2])
#check: in_compare([])
#check: in_builtin_call([1.0], 1)
#check: in_builtin_call([1.0, 3.0], 1)
