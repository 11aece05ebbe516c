# `for i in range(stop)` and `range(start, stop)` become counted C++ loops over a hidden
# counter (stop evaluated once; the body may rebind i), so the C++ compiler sees i's bounds;
# a step, or a loop variable used after the loop, keeps pyxc::range.
# RUN: %pyxc %s -e -o - | FileCheck %s


#export total(int)
def total(n):
    s = 0
    # CHECK: for (pyxc::int_t [[I:index_[0-9]+]] = 0, [[S:stop_[0-9]+]] = n; [[I]] < [[S]]; ++[[I]]) {
    # CHECK-NEXT: pyxc::int_t i = [[I]];
    for i in range(n):
        s += i
    # CHECK: for (pyxc::int_t [[J:index_[0-9]+]] = pyxc::sub(n, 3L), [[T:stop_[0-9]+]] = s; [[J]] < [[T]]; ++[[J]]) {
    # CHECK-NEXT: pyxc::int_t j = [[J]];
    for j in range(n - 3, s):
        j += 100
        s += j
    # CHECK: for (pyxc::int_t k : pyxc::range(0L, n, 2L)) {
    for k in range(0, n, 2):
        s += k
    # CHECK: for (pyxc::int_t {{item_[0-9]+}} : pyxc::range(n)) {
    for last in range(n):
        s += last
    return s + last
