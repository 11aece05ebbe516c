# RUN: %difftest %s
# Functions as values: module functions, lambdas and nested defs passed, stored, returned and
# called; closures with Python's late binding (see frontend/closures.hpp).

def square(x):
    return x * x


def apply(f, xs):
    return [f(x) for x in xs]


def twice(f, x):
    return f(f(x))


#export apply_square(float list)
def apply_square(xs):
    return apply(square, xs)


#export apply_lambda(int list, int)
def apply_lambda(xs, k):
    return apply(lambda x: x * k + 1, xs)


#export stored(float)
def stored(x):
    g = square
    h = lambda y: y - 1.0
    return h(g(x)) + twice(h, x)


def make_adder(n):
    return lambda x: x + n


#export adder(int, int)
def adder(n, x):
    add = make_adder(n)
    return add(x) + make_adder(2 * n)(x)


#export late(int)
def late(n):
    def show():
        return n + k
    k = 1
    a = show()
    k = 10
    return a, show()


#export nested(float list)
def nested(xs):
    total = 0.0
    def scale(v):
        return v * factor
    factor = 2.0
    for x in xs:
        total += scale(x)
    return total


#export rec(int)
def rec(n):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact(k - 1)
    return fact(n)

#check: apply_square([1.0, 2.5, -3.0])
#check: apply_square([])
#check: apply_lambda([1, 2, 3], 4)
#check: stored(3.0)
#check: adder(3, 4)
#check: late(5)
#check: nested([1.0, 2.0])
#check: rec(10)


def compose(f, g):
    return lambda x: f(g(x))


#export composed(float)
def composed(x):
    inc = lambda v: v + 1.0
    h = compose(square, inc)
    return h(x), compose(inc, square)(x)


#export loop_closure(int)
def loop_closure(n):
    # The closure made in the loop reads `i` when called: after the loop, its last value.
    total = 0
    for i in range(n):
        f = lambda: i * 10
        total += f()
    return total, f()


#export defaults(int)
def defaults(x):
    step = lambda v, d=2: v + d
    return step(x), step(x, 5), step(x, d=7)


#export comprehension_lambda(int list, int)
def comprehension_lambda(xs, k):
    return [apply(lambda y: y + x, [k]) for x in xs]


#export keyword_call(int)
def keyword_call(x):
    def sub(a, b):
        return a - b
    return sub(b=x, a=100), sub(x, 1)


#export closure_over_list(int)
def closure_over_list(n):
    acc = []
    def push(v):
        acc.append(v)
        return len(acc)
    for i in range(n):
        push(i * i)
    return acc


#export closure_in_closure(int)
def closure_in_closure(a):
    def outer(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner(b + 1)
    return outer(a + 1)


#export through_builtin_values(float)
def through_builtin_values(x):
    import_free = abs
    return twice(import_free, x), apply(int, [x, 2.5])

#check: composed(2.0)
#check: loop_closure(4)
#check: defaults(1)
#check: comprehension_lambda([1, 2, 3], 10)
#check: keyword_call(3)
#check: closure_over_list(4)
#check: closure_in_closure(3)
#check: through_builtin_values(-3.5)
