# RUN: %difftest %s
# Optional values: variables, results and parameters that are None on some paths and a value
# on others (`T or None`), narrowing by `is None` / `is not None` / truthiness, and CPython's
# exceptions when a None is used as a value.

#export largest(float list)
def largest(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


#export find(int list, int)
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


#export find_implicit(str list, str)
def find_implicit(words, w):
    for i in range(len(words)):
        if words[i] == w:
            return i


#export position_or_minus_one(int list, int)
def position_or_minus_one(xs, target):
    i = find(xs, target)
    if i is None:
        return -1
    return i * 10


#export widen(int)
def widen(n):
    x = None
    if n > 0:
        x = n
    if n > 10:
        x = n * 2
    return x


#export first_truthy(float list)
def first_truthy(xs):
    found = None
    for x in xs:
        if x:
            found = x
            break
    if found:
        return found * 2.0
    return -1.0


def scale(xs, factor=None):
    if factor is None:
        factor = 2.0
    return [x * factor for x in xs]


#export scale_default(float list)
def scale_default(xs):
    return scale(xs)


#export scale_by(float list, float)
def scale_by(xs, f):
    return scale(xs, f)


#export scale_export(float list, float or None)
#export scale_export(float list)
def scale_export(xs, factor=None):
    if factor is None:
        return [x for x in xs]
    return [x * factor for x in xs]


#export describe(float list)
def describe(xs):
    m = largest(xs)
    return f"max={m}", str(m), repr(m)


#export print_max(float list)
def print_max(xs):
    m = largest(xs)
    print("largest:", m)
    return m is None


#export add_one(float list)
def add_one(xs):
    m = largest(xs)
    return m + 1.0


#export compare_max(float list, float)
def compare_max(xs, bound):
    m = largest(xs)
    return m < bound


#export negate_max(float list)
def negate_max(xs):
    return -largest(xs)


def maybe_list(n):
    if n < 0:
        return None
    return [i for i in range(n)]


#export grow(int)
def grow(n):
    xs = maybe_list(n)
    xs.append(99)
    return xs


#export length(int)
def length(n):
    xs = maybe_list(n)
    if xs is not None:
        return len(xs)
    return -1


#export index_into(int)
def index_into(n):
    return maybe_list(n)[0]


#export total(int)
def total(n):
    t = 0
    for v in maybe_list(n):
        t += v
    return t


#export equality(int list, int)
def equality(xs, target):
    i = find(xs, target)
    j = find(xs, target + 1)
    return i == None, i != None, i == 0, i != 0, i == j, None == i


#export conditional(int list, int)
def conditional(xs, target):
    i = find(xs, target)
    a = i if i is not None else -5
    b = i or 7
    c = i and 3
    return a, b, c, not i


#export early_exit(int list, int)
def early_exit(xs, target):
    i = find(xs, target)
    if i is None:
        raise ValueError("not found")
    return i + 100


#export while_narrowing(int)
def while_narrowing(n):
    x = None
    count = 0
    while x is None or x < n:
        if x is None:
            x = 1
        else:
            x = x * 2
        count += 1
    return x, count


#export reassigned_in_loop(int list)
def reassigned_in_loop(xs):
    last = None
    total = 0
    for x in xs:
        if last is not None:
            total += x - last
        last = x
    return total, last


#export handler_none(int list, int)
def handler_none(xs, k):
    r = None
    try:
        r = xs[k]
    except IndexError:
        pass
    if r is None:
        return "missing"
    return f"got {r:d}"


#export optional_items(int list)
def optional_items(xs):
    firsts = [find(xs, 1), find(xs, 2), None]
    pairs = {"a": find(xs, 3), "b": 5}
    evens = [x if x % 2 == 0 else None for x in xs]
    kept = []
    for v in evens:
        kept.append(v)
    count = 0
    for v in evens:
        if v is not None:
            count += v
    return firsts, pairs, evens, kept, count, firsts[2] is None, firsts[0] == 0


#export dict_get(str list, str)
def dict_get(words, w):
    counts = {}
    for x in words:
        counts[x] = counts.get(x, 0) + 1
    c = counts.get(w)
    if c is None:
        return -1, counts.get(w)
    return c, counts.get(w)


#export fmt_spec_of_none(int list, int)
def fmt_spec_of_none(xs, v):
    i = find(xs, v)
    return f"{i:3d}"


#check: largest([1.0, 5.5, -2.0])
#check: largest([])
#check: largest([-3.0])
#check: find([4, 5, 6], 6)
#check: find([4, 5, 6], 7)
#check: find([], 0)
#check: find_implicit(["a", "b"], "b")
#check: find_implicit(["a", "b"], "z")
#check: position_or_minus_one([3, 4], 4)
#check: position_or_minus_one([3, 4], 5)
#check: widen(0)
#check: widen(3)
#check: widen(12)
#check: first_truthy([0.0, 0.0, 2.5])
#check: first_truthy([0.0])
#check: first_truthy([])
#check: scale_default([1.0, 2.0])
#check: scale_by([1.0, 2.0], 0.5)
#check: scale_export([1.0, 2.0])
#check: scale_export([1.0, 2.0], 3.0)
#check: scale_export([1.0, 2.0], None)
#check: describe([1.5, 2.5])
#check: describe([])
#check: print_max([1.0, 3.0])
#check: print_max([])
#check: add_one([1.0, 2.0])
#check-exc-type: add_one([])
#check: compare_max([1.0], 2.0)
#check-exc-type: compare_max([], 2.0)
#check-exc-type: negate_max([])
#check: negate_max([2.0])
#check: grow(2)
#check: grow(0)
#check: grow(-1)
#check: length(3)
#check: length(-1)
#check: index_into(3)
#check-exc-type: index_into(-1)
#check: total(4)
#check-exc-type: total(-1)
#check: equality([0, 1], 0)
#check: equality([0, 1], 1)
#check: equality([5, 0], 0)
#check: equality([], 0)
#check: conditional([7, 8], 7)
#check: conditional([7, 8], 8)
#check: conditional([7, 8], 9)
#check: early_exit([1, 2], 2)
#check: early_exit([1, 2], 3)
#check: while_narrowing(10)
#check: while_narrowing(0)
#check: reassigned_in_loop([1, 4, 9])
#check: reassigned_in_loop([])
#check: handler_none([1, 2], 1)
#check: handler_none([1, 2], 5)
#check: optional_items([1, 2, 3, 4])
#check: optional_items([2])
#check: optional_items([])
#check: dict_get(["a", "b", "a"], "a")
#check: dict_get(["a", "b", "a"], "c")
#check: dict_get([], "")
#check: fmt_spec_of_none([1, 2], 2)
#check-exc-type: fmt_spec_of_none([1, 2], 3)
