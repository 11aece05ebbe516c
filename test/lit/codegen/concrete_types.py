# The generated C++ spells concrete types: double for float, pyxc::int_t for int,
# pyxc::list<double> for a float list; no deduced-type chains.
# RUN: %pyxc %s -e -o - | FileCheck %s
# RUN: %pyxc %s -e -o - | FileCheck %s --check-prefix=NODEDUCE


# CHECK-DAG: double scale({{(const )?}}double {{[a-z_]*}}x, pyxc::int_t {{[a-z_]*}}k)
#export scale(float, int)
def scale(x, k):
    return x * k


# CHECK-DAG: pyxc::list<double> halves({{(const )?}}pyxc::list<{{(const )?}}double>{{ ?&?}} {{[a-z_]*}}xs)
#export halves(float list)
def halves(xs):
    return [x / 2 for x in xs]


# CHECK-DAG: pyxc::int_t count_big(
#export count_big(int list, int)
def count_big(xs, limit):
    # CHECK-DAG: pyxc::int_t n = 0;
    n = 0
    for x in xs:
        if x > limit:
            n += 1
    return n


# CHECK-DAG: bool is_small(double
#export is_small(float)
def is_small(x):
    return abs(x) < 1e-9

# NODEDUCE-NOT: decltype
# NODEDUCE-NOT: __type
