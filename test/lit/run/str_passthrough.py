# RUN: %difftest %s
# str values pass through, compare and have a length.

#export longer(str, str)
def longer(a, b):
    if len(a) >= len(b):
        return a
    return b


#export same(str, str)
def same(a, b):
    return a == b


#export count_matches(str list, str)
def count_matches(words, w):
    n = 0
    for x in words:
        if x == w:
            n += 1
    return n


#export pick(int)
def pick(i):
    names = ["zero", "one", "two"]
    return names[i]

#check: longer("abc", "de")
#check: longer("", "x")
#check: longer("héllo", "hello!")
#check: same("a", "a")
#check: same("a", "b")
#check: count_matches(["a", "b", "a"], "a")
#check: count_matches([], "a")
#check: pick(1)
#check: pick(-1)
#check: pick(3)
