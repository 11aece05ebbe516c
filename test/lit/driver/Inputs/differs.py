# The "compiled" side for difftest_detects.test: plain Python that differs from
# difftest_detects.test's functions in the ways the driver must notice.
def as_float(x):
    return x + 0.0          # the source returns x unchanged: int vs float


def neg_zero():
    return 0.0              # the source returns -0.0


def last_bit():
    return 0.1 + 0.2        # the source returns 0.3: one ulp apart


def close():
    return 1.0 + 1e-15      # within 1e-12 relative of 1.0


def message(x):
    raise ZeroDivisionError("division by zero")   # the source divides a float


def typed(xs):
    raise TypeError("typed() accepts: typed(float list)")


def anonymous(xs):
    raise TypeError("bad argument")


def nested():
    return [1, (2.0, 3)]


def nans():
    return [float("nan"), 1.0]


def accepts(x):
    return x
