# RUN: %difftest %s
# Text idioms compiled without needless work: `d[k] = d.get(k, c) OP v` looks k up once
# (dict::update_item), loops over a fresh str.split()/splitlines()/comprehension move the
# items out instead of copying them, str.strip(chars)/lower()/upper() take ASCII fast paths.
# The behaviour must stay Python's: order of insertion, a raising OP leaves the dict as it
# was, rebinding the loop variable, non-ASCII ends of strip.

#export word_counts(str)
def word_counts(text):
    counts = {}
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(".,;:!?()«»").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
    return counts


#export weighted(str list, float list)
def weighted(keys, weights):
    totals = {}
    scale = 0.5
    for i in range(len(keys)):
        w = weights[i]
        totals[keys[i]] = totals.get(keys[i], 0.0) + w
        key = keys[i]
        totals[key] = totals.get(key, scale) * 2.0
    return totals


#export int_keys(int list)
def int_keys(xs):
    d = {}
    for x in xs:
        d[x % 7] = d.get(x % 7, 0) + x  # not a plain name: the general path
        k = x % 3
        d[k] = d.get(k, 100) - 1
    return d


#export concat_values(str)
def concat_values(text):
    d = {}
    for w in text.split():
        first = w[0]
        d[first] = d.get(first, "") + w
    return d


#export floor_div_raises(int list, int)
def floor_div_raises(xs, z):
    d = {1: 10}
    try:
        for x in xs:
            d[x] = d.get(x, 7) // z
    except ZeroDivisionError:
        return d, -1
    return d, 0


#export rebinding(str)
def rebinding(text):
    out = []
    for w in text.split():
        w = w.upper() + "!"
        out.append(w)
    for line in text.split(" "):
        line += "?"
        out.append(line)
    for v in (x.lower() for x in text.split()):
        v = v * 2
        out.append(v)
    return out


#export comprehension_sources(str)
def comprehension_sources(text):
    lengths = [len(w) for w in text.split()]
    pairs = [(w, n) for w, n in [(x.lower(), len(x)) for x in text.split()] if n > 2]
    total = 0
    for n in [len(w) * 2 for w in text.rsplit(" ", 2)]:
        total += n
    return lengths, pairs, total


#export strips(str, str)
def strips(s, chars):
    return s.strip(chars), s.lstrip(chars), s.rstrip(chars), s.lower(), s.upper()


#check: word_counts("The cat. The dog!\nthe (cat) sat; «the» END end\n\n  ,,  ")
#check: word_counts("")
#check: weighted(["a", "b", "a", "c", "b"], [1.5, 2.0, -0.25, 4.0, 0.5])
#check: int_keys([3, 10, 17, 4, -5, 0, 22])
#check: concat_values("apple avocado banana blueberry cherry apricot")
#check: floor_div_raises([1, 2, 3], 2)
#check: floor_div_raises([1, 2, 3], 0)
#check: floor_div_raises([5, 1], 0)
#check: rebinding("alpha beta  gamma")
#check: comprehension_sources("One two three four five six")
#check: strips("..hello..", ".")
#check: strips("«héllo»!", "!«»")
#check: strips("éaé", "é")
#check: strips("!é!", "!")
#check: strips("xyzABCzyx", "xyz")
#check: strips("", "ab")
#check: strips("aaaa", "a")
#check: strips("ÀÉÎ mixed Case ß", "ß")
#check: strips("  tabs\t", " \t")
