# RUN: %difftest %s
# try/except/else/finally, raise of builtin exceptions with messages, assert, re-raise.


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError("checked_div: b is zero")
    return a / b


#export safe_div(float, float)
def safe_div(a, b):
    try:
        r = checked_div(a, b)
    except ZeroDivisionError:
        r = 0.0
    return r


#export classify(int list, int)
def classify(xs, i):
    try:
        v = xs[i]
    except (IndexError, KeyError) as e:
        return -1
    else:
        v = v * 2
    finally:
        xs.append(0)
    return v


#export lookup(int list, int)
def lookup(xs, i):
    try:
        return xs[i] * 10
    except LookupError:
        return -100


#export must_be_positive(float)
def must_be_positive(x):
    assert x > 0, "x must be positive"
    return x


#export bare_assert(int)
def bare_assert(n):
    assert n % 2 == 0
    return n // 2


#export rethrow(int)
def rethrow(n):
    try:
        if n < 0:
            raise ValueError("negative: pyxc")
        return n
    except ValueError as err:
        raise


#export reraise_named(int)
def reraise_named(n):
    try:
        return 10 // n
    except ArithmeticError as problem:
        raise problem


#export nested(int)
def nested(n):
    total = 0
    for i in range(n):
        try:
            try:
                total += 100 // (i - 2)
            finally:
                total += 1
        except ZeroDivisionError:
            total += 1000
    return total


#export uncaught(int)
def uncaught(n):
    try:
        return [1, 2, 3][n]
    except ValueError:
        return 0


#export plain_raise(int)
def plain_raise(n):
    if n > 3:
        raise RuntimeError
    if n > 2:
        raise Exception("generic failure")
    return n


#check: safe_div(1.0, 4.0)
#check: safe_div(1.0, 0.0)
#check: classify([1, 2, 3], 1)
#check: classify([1, 2, 3], 7)
#check: lookup([1, 2], -1)
#check: lookup([1, 2], 5)
#check: must_be_positive(2.5)
#check: must_be_positive(-1.0)
#check: bare_assert(4)
#check: bare_assert(3)
#check: rethrow(5)
#check: rethrow(-5)
#check: reraise_named(5)
#check: reraise_named(0)
#check: nested(5)
#check: uncaught(1)
#check: uncaught(9)
#check: plain_raise(1)
#check: plain_raise(3)
#check: plain_raise(4)
