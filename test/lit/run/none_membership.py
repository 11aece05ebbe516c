# RUN: %difftest %s
# `None in xs` / `x in xs` with an optional x: None is in a container only if the container
# can hold None (False for a list, set, dict or tuple of plain values, decided at compile time
# for the literal None); an optional item is looked up when it holds a value. A str needs a str
# on the left: None raises CPython's TypeError.


#export none_in(int list, int set, str:int dict, float list)
def none_in(xs, s, d, fs):
    return (None in xs, None not in xs, None in s, None not in s, None in d, None not in d,
            None in fs, None in (1, 2.5), None in [], None in range(3))


def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


#export optional_in(int list, int, int set, int:str dict)
def optional_in(xs, v, s, d):
    i = find(xs, v)
    return i in xs, i not in xs, i in s, i not in s, i in d, i in range(2), i in (0, 7)


#export optional_in_float(float list, float)
def optional_in_float(xs, v):
    i = find(xs, v)
    return i in xs


#export none_items(int list)
def none_items(xs):
    ys = [None, 1.5]
    zs = []
    for x in xs:
        zs.append(find(xs, x + 1))
    return None in ys, 1.5 in ys, 2 in ys, None in zs, 0 in zs, find(xs, -1) in zs


def pick(names, k):
    if k < len(names):
        return names[k]
    return None


#export optional_in_str(str list, int, str)
def optional_in_str(names, k, text):
    return pick(names, k) in text


#export optional_in_str_message(str list, int, str)
def optional_in_str_message(names, k, text):
    try:
        return str(pick(names, k) in text)
    except TypeError as e:
        return str(e)


def nonempty(xs):
    if not xs:
        raise ValueError("empty")
    return xs


#export evaluates_both(int list, int)
def evaluates_both(xs, v):
    return None in nonempty(xs), find(xs, v) in nonempty(xs)

#export missing_keys(int list, int)
def missing_keys(xs, v):
    d = {1: "x"}
    s = {1}
    k = find(xs, v)
    try:
        r = d[k]
    except KeyError as e:
        r = "KeyError " + str(e)
    try:
        d.pop(k)
    except KeyError as e:
        r += " pop " + str(e)
    try:
        s.remove(k)
    except KeyError as e:
        r += " remove " + str(e)
    return r, len(d), len(s)


#export none_keys(int list, int)
def none_keys(xs, v):
    d = {None: 1, 2: 3, 1: 4}
    s = {None, 1}
    e = {}
    e[find(xs, v)] = "found"
    t = set()
    t.add(find(xs, v))
    return d[None], d[find(xs, v)], None in s, find(xs, v) in s, len(s), e, t

#export tuple_in(int)
def tuple_in(v):
    return None in (None, 1), None in (1, 2.5, "a"), v in (1, 3.0), find([2, 4], v) in (1, 3.0)

#check: none_in([1, 2], {3}, {"a": 1}, [0.5])
#check: none_in([], set(), {}, [])
#check: optional_in([4, 5, 6], 5, {1, 2}, {1: "a"})
#check: optional_in([4, 5, 6], 9, {1, 2}, {1: "a"})
#check: optional_in([0, 5, 6], 0, {0}, {0: "z"})
#check: optional_in_float([1.0, 2.0, 0.0], 2.0)
#check: optional_in_float([1.0, 2.0], 3.0)
#check: none_items([1, 2, 5])
#check: none_items([])
#check: optional_in_str(["ab", "x"], 0, "cabd")
#check: optional_in_str(["ab", "x"], 1, "cabd")
#check-exc-type: optional_in_str(["ab"], 3, "cabd")
#check: optional_in_str_message(["ab"], 3, "cabd")
#check: optional_in_str_message(["ab"], 0, "cabd")
#check: evaluates_both([1], 1)
#check: evaluates_both([1], 2)
#check: evaluates_both([], 1)
#check: missing_keys([0, 1], 1)
#check: missing_keys([0, 1], 5)
#check: missing_keys([0, 1], 0)
#check: none_keys([0, 2], 2)
#check: none_keys([0, 2], 3)
#check: none_keys([0, 2], 0)
#check: tuple_in(3)
#check: tuple_in(4)
#check: tuple_in(2)
