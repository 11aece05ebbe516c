# The generated C++ spells concrete types: double for float, pyxc::int_t for int,
# pyxc::list<double> for a float list; no deduced-type chains.
# RUN: %pyxc %s -e -o - | FileCheck %s
# RUN: %pyxc %s -e -o - | FileCheck %s --check-prefix=NODEDUCE


# CHECK-DAG: double scale{{[A-Za-z0-9_]*}}({{(const )?}}double {{[a-z_]*}}x, {{(const )?}}pyxc::int_t {{[a-z_]*}}k)
#export scale(float, int)
def scale(x, k):
    return x * k


# CHECK-DAG: pyxc::list<double> halves{{[A-Za-z0-9_]*}}({{(const )?}}pyxc::list<double>{{ ?&?}} {{[a-z_]*}}xs)
#export halves(float list)
def halves(xs):
    return [x / 2 for x in xs]


# CHECK-DAG: pyxc::int_t count_big{{[A-Za-z0-9_]*}}({{(const )?}}pyxc::list<pyxc::int_t>
#export count_big(int list, int)
def count_big(xs, limit):
    # CHECK-DAG: pyxc::int_t n = 0{{L?}};
    n = 0
    for x in xs:
        if x > limit:
            n += 1
    return n


# CHECK-DAG: bool is_small{{[A-Za-z0-9_]*}}({{(const )?}}double
#export is_small(float)
def is_small(x):
    return abs(x) < 1e-9

# NODEDUCE-NOT: decltype
# NODEDUCE-NOT: __type
