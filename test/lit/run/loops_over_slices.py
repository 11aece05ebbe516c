# RUN: %difftest %s
# RUN: %pyxc %s -e -o - | FileCheck %s
# Loops over list slices: read in place when the loop cannot change a list (the slice is a
# snapshot in Python), copied otherwise. Both must behave as CPython.


#export total_tail(float list, int, int, int)
def total_tail(xs, lo, hi, step):
    # CHECK-LABEL: def total_tail
    # CHECK: pyxc::list_slice_view<double>(xs,
    t = 0.0
    for x in xs[lo:hi:step]:
        t = t * 0.5 + x
    return t


#export pairs(int list)
def pairs(xs):
    # CHECK-LABEL: def pairs
    # CHECK: pyxc::zip(pyxc::list_slice_view<pyxc::int_t>(xs, {{.*}}), pyxc::list_slice_view<pyxc::int_t>(xs,
    out = 0
    for a, b in zip(xs[1:], xs[:-1]):
        out = out * 3 + (a - b)
    for i, x in enumerate(xs[::-2], 10):
        out += i * x
    return out


#export rebinds(int list)
def rebinds(xs):
    # Rebinding the name inside the loop does not change what the loop reads.
    # CHECK-LABEL: def rebinds
    # CHECK: pyxc::list_slice_view<pyxc::int_t>(xs,
    seen = 0
    for x in xs[1:]:
        seen = seen * 10 + x
        xs = [7, 7, 7, 7, 7, 7]
    return seen + len(xs)


#export appends_while_looping(int list)
def appends_while_looping(xs):
    # The body changes the list: the loop must see the snapshot (a copy).
    # CHECK-LABEL: def appends_while_looping
    # CHECK: pyxc::slice(xs,
    for x in xs[:3]:
        xs.append(x * 2)
        xs[0] = -1
    return xs


def clobber(ys):
    ys[1] = 100
    return 0


#export callee_mutates(int list)
def callee_mutates(xs):
    # A user function may change the list: copy.
    # CHECK-LABEL: def callee_mutates
    # CHECK: pyxc::slice(xs,
    t = 0
    for x in xs[0:3]:
        t = t * 1000 + x + clobber(xs)
    return t


#export nested_mutation(int list)
def nested_mutation(xs):
    # CHECK-LABEL: def nested_mutation
    # CHECK: pyxc::slice(xs,
    t = 0
    for x in xs[::2]:
        for j in range(2):
            if j == 1:
                xs[len(xs) - 1] = x
        t += xs[-1]
    return t

#export tail_sum(float list)
def tail_sum(xs):
    # A float list argument that is only read is read in place from Python; slicing it once
    # made the C++ compiler fail.
    return sum(xs[1:]) + max(xs[::-1][:2] + [0.0])

#check: tail_sum([1.0, 2.5, -3.0])
#check: tail_sum([])
#check: total_tail([1.0, 2.0, 3.0, 4.0, 5.0], 1, 5, 1)
#check: total_tail([1.0, 2.0, 3.0, 4.0, 5.0], 4, 0, -1)
#check: total_tail([1.0, 2.0, 3.0, 4.0, 5.0], -2, -100, -2)
#check: total_tail([1.0, 2.0, 3.0, 4.0, 5.0], 100, 200, 3)
#check: total_tail([1.0, 2.0, 3.0, 4.0, 5.0], -100, 100, 4)
#check: total_tail([], 0, 10, 1)
#check: total_tail([1.0, 2.0], 0, 2, 0)
#check: pairs([1, 5, 2, 8, 3])
#check: pairs([4])
#check: pairs([])
#check: rebinds([1, 2, 3, 4])
#check: appends_while_looping([1, 2, 3, 4])
#check: appends_while_looping([5])
#check: callee_mutates([1, 2, 3, 4])
#check: nested_mutation([1, 2, 3, 4, 5])
