# RUN: %difftest %s
# str: indexing, slicing, iteration, methods, f-strings, %-formatting, str.format, str()/int()/float().


#export words(str)
def words(text):
    parts = text.split()
    return len(parts), [w.upper() for w in parts], "-".join(parts), text.strip().replace(" ", "_")


#export chars(str)
def chars(text):
    out = []
    for c in text:
        if c.isalpha():
            out.append(c)
    return out, text[0], text[-1], text[1:4], text[::-1], len(text)


#export report(str, int, float)
def report(name, count, ratio):
    a = f"{name}: {count} items, {ratio:.2f} ratio, {ratio!r}"
    b = "%s has %d (%.1f%%)" % (name, count, ratio * 100)
    c = "{} / {:>6}".format(name, count)
    return a, b, c, str(count) + str(ratio), repr(name)


#export parse(str)
def parse(text):
    total = 0
    for piece in text.split(","):
        total += int(piece)
    return total, float(text.split(",")[0]) * 0.5


#export search(str, str)
def search(text, sub):
    return text.find(sub), text.count(sub), sub in text, text.startswith(sub), text.endswith(sub), text.index(sub)


#export pad(str, int)
def pad(s, n):
    return s.zfill(n), s.center(n, "*"), s.ljust(n) + "|", s * 2, s.partition("b")


#check: words("  hello big  world ")
#check: chars("héllo wörld 42")
#check: chars("ab")
#check: chars("")
#check: report("naïve", 3, 0.1234)
#check: report("x", -1, 1e20)
#check: parse("1,2, 30")
#check: parse("1,x")
#check: search("banana", "an")
#check: search("banana", "q")
#check: pad("abc", 7)
#check: pad("日本語", 5)
