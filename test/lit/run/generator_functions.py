# RUN: %difftest %s
# Generator functions (`yield`): lazy, resumable, consumed by for, list(), sum(), next();
# `return` ends them; several live generators of one function; generator expressions kept in
# variables and passed around.


def squares(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


def countdown(n):
    while True:
        if n <= 0:
            return
        yield n
        n -= 1


def evens_then_done(xs):
    for x in xs:
        if x < 0:
            return
        if x % 2 == 0:
            yield x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def pairs(n):
    for i in range(n):
        for j in range(i):
            yield (i, j)


def words(text):
    for w in text.split():
        if w:
            yield w.lower()


def noisy(xs, log):
    # Records when each item is produced: proves the generator runs lazily.
    for x in xs:
        log.append(x)
        yield x * 10


def divide_all(xs, d):
    for x in xs:
        yield x // d


#export sum_squares(int)
def sum_squares(n):
    return sum(squares(n))


#export list_squares(int)
def list_squares(n):
    return list(squares(n))


#export for_countdown(int)
def for_countdown(n):
    out = []
    for k in countdown(n):
        out.append(k)
    return out


#export evens(int list)
def evens(xs):
    return list(evens_then_done(xs))


#export first_fibs(int)
def first_fibs(n):
    out = []
    for f in fib():
        if len(out) == n:
            break
        out.append(f)
    return out


#export next_calls(int)
def next_calls(n):
    g = squares(n)
    a = next(g)
    b = next(g)
    return [a, b, next(g, -1), next(g, -1)]


#export next_exhausted(int)
def next_exhausted(n):
    g = squares(n)
    total = 0
    for _ in range(n + 1):
        total += next(g)
    return total


#export catch_stop(int)
def catch_stop(n):
    g = countdown(n)
    got = []
    while True:
        try:
            got.append(next(g))
        except StopIteration:
            break
    return got


#export two_live(int)
def two_live(n):
    g = squares(n)
    h = squares(n)
    out = []
    out.append(next(g))
    out.append(next(g))
    out.append(next(h))
    out.append(next(g))
    out.append(next(h))
    return out


#export shared_object(int)
def shared_object(n):
    g = countdown(n)
    h = g
    next(h)
    return list(g)


#export resume_in_for(int)
def resume_in_for(n):
    g = squares(n)
    first = next(g)
    rest = []
    for x in g:
        rest.append(x)
    return (first, rest, list(g))


#export lazy_order(int list)
def lazy_order(xs):
    log = [-1]
    g = noisy(xs, log)
    before = len(log)
    first = next(g)
    after_one = len(log)
    rest = sum(g)
    return (before, first, after_one, rest, log)


#export tuple_items(int)
def tuple_items(n):
    return [i * 10 + j for i, j in pairs(n)]


#export lowered_words(str)
def lowered_words(text):
    return "|".join(words(text))


#export exception_inside(int list, int)
def exception_inside(xs, d):
    return list(divide_all(xs, d))


#export exception_then_finished(int list)
def exception_then_finished(xs):
    g = divide_all(xs, 0)
    try:
        next(g)
    except ZeroDivisionError:
        pass
    return next(g, 99)


#export any_over_generator(int)
def any_over_generator(n):
    return any(x > 10 for x in squares(n))


#export max_of_generator(int)
def max_of_generator(n):
    return max(countdown(n))


#export stored_genexp(float list, float)
def stored_genexp(xs, k):
    scaled = (x * k for x in xs if x > 0)
    first = next(scaled, 0.0)
    return (first, sum(scaled, 0.0))


#export genexp_enumerate(str list)
def genexp_enumerate(words):
    out = []
    for i, w in enumerate(w.upper() for w in words):
        out.append(str(i) + w)
    return out


#export genexp_argument(int)
def genexp_argument(n):
    return sum_gen(x * 3 for x in range(n))


def sum_gen(g):
    total = 0
    for x in g:
        total += x
    return total


#export genexp_late_binding(int)
def genexp_late_binding(n):
    xs = [1, 2, 3]
    g = (x + n for x in xs)
    xs.append(4)
    return list(g)

#check: sum_squares(10)
#check: sum_squares(0)
#check: list_squares(6)
#check: for_countdown(5)
#check: for_countdown(0)
#check: evens([2, 3, 4, -1, 6])
#check: evens([])
#check: first_fibs(15)
#check: next_calls(3)
#check: next_calls(1)
#check: next_exhausted(3)
#check: catch_stop(4)
#check: two_live(5)
#check: shared_object(4)
#check: resume_in_for(5)
#check: lazy_order([1, 2, 3])
#check: tuple_items(4)
#check: lowered_words("The Quick  brown FOX")
#check: exception_inside([4, 9], 2)
#check: exception_inside([4, 9], 0)
#check: exception_then_finished([4, 9])
#check: any_over_generator(3)
#check: any_over_generator(5)
#check: max_of_generator(7)
#check: max_of_generator(0)
#check: stored_genexp([-1.0, 2.0, 3.0], 1.5)
#check: stored_genexp([], 1.5)
#check: genexp_enumerate(["a", "bc"])
#check: genexp_argument(5)
#check: genexp_late_binding(10)
