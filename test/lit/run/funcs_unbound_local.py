# RUN: %difftest %s
# A local read on a path where it was not assigned raises UnboundLocalError with CPython's
# message (definite assignment decides where a check is needed; see
# test/lit/codegen/unbound_checks.py for the reads that need none).


#export maybe(bool)
def maybe(c):
    if c:
        x = 1
    return x


#export loop_var(int)
def loop_var(n):
    for i in range(n):
        pass
    return i


#export while_first(int)
def while_first(n):
    k = 0
    while k < n:
        if k > 0:
            total = total + k
        else:
            total = 0
        k += 1
    return total


#export try_path(int)
def try_path(d):
    try:
        r = 10 // d
    except ZeroDivisionError:
        pass
    return r


#export aug(bool)
def aug(c):
    if c:
        s = 1.5
    s += 1
    return s


#export closure_unbound(int)
def closure_unbound(n):
    for i in range(n):
        f = lambda: i * 2
    return f()


#export catch_it(bool)
def catch_it(c):
    try:
        return maybe(c)
    except UnboundLocalError:
        return -1


#export unpacked(int list)
def unpacked(xs):
    for x in xs:
        a, b = x, x + 1
    return a * b

#check: maybe(True)
#check: maybe(False)
#check: loop_var(3)
#check: loop_var(0)
#check: while_first(4)
#check: while_first(0)
#check: try_path(2)
#check: try_path(0)
#check: aug(True)
#check: aug(False)
#check: closure_unbound(3)
#check: closure_unbound(0)
#check: catch_it(True)
#check: catch_it(False)
#check: unpacked([1, 2])
#check: unpacked([])
