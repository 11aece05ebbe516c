# RUN: %difftest %s
# dict and set: literals, comprehensions, methods, operators, del, KeyError, export specs K:V dict / T set.
#export histogram(int list)
def histogram(xs):
    counts = {}
    for x in xs:
        if x in counts:
            counts[x] += 1
        else:
            counts[x] = 1
    return counts

#export uniq(int list)
def uniq(xs):
    seen = set()
    for x in xs:
        seen.add(x)
    return seen, len(seen), {x * x for x in xs}, {x: x * 0.5 for x in xs if x > 1}

#export merge(str:int dict, str:int dict)
def merge(a, b):
    c = a.copy()
    c.update(b)
    total = 0
    for k, v in c.items():
        total += v
    del c["x"]
    return c, total, c.get("zz", -1), sorted(c.keys())

#export sets(int set, int set)
def sets(a, b):
    return a | b, a & b, a - b, a ^ b, a <= b, 3 in a


#export counts_of_words(str list)
def counts_of_words(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    best = ""
    for w in d:
        if best == "" or d[w] > d[best]:
            best = w
    return best, d


#export pop_things(int:float dict)
def pop_things(d):
    a = d.pop(1)
    b = d.pop(99, -1.0)
    c = d.setdefault(7, 7.5)
    return a, b, c, d, len(d), 7 in d, 8 not in d


#check: histogram([1, 2, 2, 3, 3, 3, 1])
#check: histogram([])
#check: uniq([3, 1, 2, 3, 5])
#check: merge({'a': 1, 'x': 5}, {'b': 2, 'a': 3})
#check: merge({'a': 1}, {'b': 2})
#check: sets({1, 2, 3}, {2, 3, 4})
#check: sets(set(), {0})
#check: counts_of_words(["a", "b", "a", "c", "b", "a"])
#check: pop_things({1: 0.5, 2: 1.5})
#check: pop_things({2: 1.5})
#check-rejects: pop_things({1: "x"})
