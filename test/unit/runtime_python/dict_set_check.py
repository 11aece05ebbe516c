"""Checks dict/set conversions and KeyError glue through dict_set_check.cpp's module."""
import random

import pyxc_dict_set_check as m

NI = NotImplemented


def check(got, want):
    assert type(got) is type(want) and got == want, (got, want)


class MyDict(dict):
    pass


# dicts: same items, same order, new objects
d = {"b": 2, "a": 1, "é": 3}
del d["b"]
d["b"] = 4
got = m.rt_dict_si(d)
check(got, d)
assert list(got) == ["a", "é", "b"] and got is not d
check(m.rt_dict_si(MyDict(x=1)), {"x": 1})
check(m.rt_dict_si({}), {})
assert m.rt_dict_si({"a": 1.5}) is NI
assert m.rt_dict_si({1: 1}) is NI
assert m.rt_dict_si([("a", 1)]) is NI
check(m.rt_dict_fl({1.5: [1, 2], 2: [], -0.0: [3]}), {1.5: [1, 2], 2.0: [], 0.0: [3]})
assert m.rt_dict_fl({2**53: [], 2**53 + 1: []}) is NI  # two keys would become one
check(m.rt_dict_nested({(1, 2): {"t": True}, (0, 0): {}}), {(1, 2): {"t": True}, (0, 0): {}})
assert m.rt_dict_nested({(1, 2): {"t": 1}}) is NI

# sets: same elements; pyxc iterates and pops in the Python set's order
check(m.rt_set_i({3, 1, 2**62}), {3, 1, 2**62})
check(m.rt_set_i(frozenset({5})), {5})
assert m.rt_set_i({1, "a"}) is NI
assert m.rt_set_i([1]) is NI
check(m.rt_set_f({1, 2.5}), {1.0, 2.5})
assert m.rt_set_f({2**53, 2**53 + 1}) is NI
check(m.rt_set_s({"x", "y", ""}), {"x", "y", ""})
check(m.rt_list_set([{(1, 2)}, set()]), [{(1, 2)}, set()])

rng = random.Random(7)
for trial in range(300):
    s = set()
    for _ in range(rng.randrange(0, 80)):
        r = rng.random()
        if r < 0.6:
            s.add(rng.choice([rng.randrange(-50, 200), rng.randrange(0, 64) * 64, rng.randrange(-2**63, 2**63)]))
        elif r < 0.8 and s:
            s.discard(rng.choice(list(s)))
        elif s:
            s.pop()
    assert m.order_i(s) == list(s), (trial, s)
    fs = {x / 4 for x in s if abs(x) < 2**40}
    assert m.order_f(fs) == list(fs), fs
    ts = {(x % 7, x % 5) for x in s}
    assert m.order_t(ts) == list(ts), ts
    assert m.order_t(frozenset(ts)) == list(frozenset(ts))
    want = []
    s2 = set(s)
    assert m.pop_all(s) == [s.pop() for _ in range(len(s))], s2
ss = {"a", "b", "c", "d"}
assert sorted(m.order_s(ss)) == sorted(ss)

# KeyError: e.args[0] is the key, str(e) its repr, as in CPython


def key_error(f, *args):
    try:
        f(*args)
    except KeyError as e:
        return e
    raise AssertionError("no KeyError")


for dd, k in [({"a": 1}, "x"), ({"a": 1}, "it's"), ({"a": 1}, "1"), ({1: 1}, 2), ({1: 1}, -7),
              ({1.5: 1}, 2.5), ({1.5: 1}, 1e100), ({1.5: 1}, float("inf")), ({(1, "a"): 1}, (2, "b"))]:
    e = key_error(m.lookup, dd, k)
    want = key_error(dd.__getitem__, k)
    check(e.args, want.args)
    check(str(e), str(want))
e = key_error(m.lookup, {1.5: 1}, float("nan"))
assert len(e.args) == 1 and e.args[0] != e.args[0] and str(e) == "nan"
check(m.lookup({"a": 1}, "a"), 1)
for k, f in enumerate([{}.popitem, set().pop]):
    e, want = key_error(m.raise_kind, k), key_error(f)
    check(e.args, want.args)
print("dict_set_check: all passed")
