# RUN: %difftest %s
# tuple() where the length is known at compile time: tuple() is (), tuple(t) of a tuple is an
# equal tuple, tuple([a, b, c]) of a list display is (a, b, c) with each item keeping its type.
# (tuple() of a run-time-length iterable is a located error: see diagnostics.)


#export empty()
def empty():
    return tuple()


#export same(int, float)
def same(a, b):
    t = (a, b, "s")
    u = tuple(t)
    return u, u == t, len(tuple(u))


#export from_display(int, float)
def from_display(a, b):
    t = tuple([a, b, a * 2, None])
    return t, t[1], tuple([]), tuple([a])


#export as_key(int list)
def as_key(xs):
    d = {}
    for x in xs:
        k = tuple([x % 2, x % 3])
        d[k] = d.get(k, 0) + 1
    return d


def first_or_none(xs):
    if xs:
        return (xs[0], xs[-1])
    return None


#export optional_tuple(int list)
def optional_tuple(xs):
    return tuple(first_or_none(xs))

#check: empty()
#check: same(1, 2.5)
#check: from_display(3, -0.5)
#check: as_key([1, 2, 3, 4, 5, 6, 7])
#check: optional_tuple([1, 2, 3])
#check-exc-type: optional_tuple([])
