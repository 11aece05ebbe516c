# RUN: %difftest %s
# RUN: %pyxc %s -E -o - | FileCheck %s
# List arguments that are only read by builtins (zip, enumerate, sorted, `in`, ...) are not
# written back into the caller's list after the call, and float lists are read in place; the
# results, and the caller's lists, are CPython's.


#export dot_pairs(float list, float list)
def dot_pairs(xs, ys):
    t = 0.0
    for a, b in zip(xs, ys):
        t += a * b
    return t


#export ratios(int list, int list)
def ratios(num, den):
    out = []
    for a, b in zip(num, den):
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(0.0)
    return out


#export weighted(float list, int)
def weighted(xs, start):
    t = 0.0
    for i, x in enumerate(xs, start):
        t += i * x
    return t


#export member_counts(int list, int list)
def member_counts(xs, probes):
    hits = 0
    for p in probes:
        if p in xs:
            hits += 1
        if p not in xs:
            hits -= 10
    return hits


#export float_member(float list, float)
def float_member(xs, v):
    return v in xs, v not in xs


#export summary(float list)
def summary(xs):
    s = sorted(xs)
    r = [x for x in reversed(xs)]
    return s, r, any(xs), all(xs), list(xs), len(set(xs))


#export int_summary(int list)
def int_summary(xs):
    s = sorted(xs, reverse=True)
    return s, any(xs), all(xs), list(xs), len(set(xs)), sum(xs, 10)


#export still_mutates(int list, int list)
def still_mutates(xs, ys):
    for a, b in zip(xs, ys):
        xs.append(a + b)
        break
    return len(xs)

# The glue: no write-back for lists that are only read; float lists tried in place first.
# CHECK-LABEL: py_dot_pairs(
# CHECK: pyxc::py::float_list_view(slots[0]), pyxc::py::float_list_view(slots[1])
# CHECK-NOT: write_back
# CHECK-LABEL: py_ratios(
# CHECK-NOT: write_back
# CHECK-LABEL: py_weighted(
# CHECK: float_list_view(slots[0])
# CHECK-LABEL: py_member_counts(
# CHECK-NOT: write_back
# CHECK-LABEL: py_float_member(
# CHECK: float_list_view(slots[0])
# CHECK-LABEL: py_summary(
# CHECK: float_list_view(slots[0])
# CHECK-LABEL: py_int_summary(
# CHECK-NOT: write_back
# CHECK-LABEL: py_still_mutates(
# CHECK: write_back(slots[0]
# CHECK-NOT: write_back(slots[1]

#check: dot_pairs([1.0, 2.0, 3.0], [4.0, 5.0])
#check: dot_pairs([], [1.0])
#check: dot_pairs([1.0, 2], [3, 4.5])
#check: (lambda a, b: (ratios(a, b), a, b))([1, 2, 3, -4], [2, 0, -3, 8])
#check: ratios([5, 6], [0, 0, 0])
#check: ratios([1, "x"], [1, 1])
#check: weighted([1.5, 2.5, -1.0], 3)
#check: weighted([1, 2.5], -1)
#check: member_counts([1, 2, 3], [3, 4, 1, 1])
#check: member_counts([], [0])
#check: float_member([1.0, float("nan"), 2.5], 2.5)
#check: float_member([1.0, float("nan")], float("nan"))
#check: float_member([1, 2.0], 1.0)
#check: summary([3.0, -1.0, 2.5, 0.0])
#check: summary([])
#check: summary([2.0, -0.0, 0.0])
#check: int_summary([3, 1, 2, 0, 3])
#check: int_summary([])
#check: (lambda a, b: (still_mutates(a, b), a, b))([1, 2], [10, 20])
