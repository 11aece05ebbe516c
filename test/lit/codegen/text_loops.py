# `d[k] = d.get(k, c) + v` is one lookup; a loop over a fresh str.split() moves the words out.
# RUN: %pyxc %s -e -o - | FileCheck %s

#export count(str)
def count(text):
    counts = {}
    # CHECK: for (pyxc::str {{[a-z_0-9]+}} : pyxc::consume(pyxc::str_split(text)))
    for w in text.split():
        # CHECK: counts.update_item(w, 0L, [&](const pyxc::int_t& old) { return pyxc::add(old, 1L); });
        counts[w] = counts.get(w, 0) + 1
    # CHECK: for (pyxc::str {{[a-z_0-9]+}} : words)
    words = [w for w in counts]
    for w in words:
        # CHECK: counts.setitem(w
        counts[w] = counts.get(w + "x", 0) + 1
    return counts
