# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# tuple() of an iterable whose length is only known at run time (a list value, a generator,
# a sorted set): a tuple's length is part of its type. tuple(), tuple(a_tuple) and
# tuple([a, b]) are compiled (test/lit/run/tuple_builtin.py).


#export doubled(int list)
def doubled(xs):
    # CHECK: {{.*}}unsupported_tuple_call.py:[[@LINE+3]]:12: error: tuple() of an iterable whose length is known only at run time is not supported by pyxc; a tuple's length is part of its type in pyxc: keep a list (list(...)), or write the tuple out, e.g. `(a, b, c)`
    # CHECK-NEXT: {{^}}    return tuple(x * 2 for x in xs)
    # CHECK-NEXT: {{^ *\^~*$}}
    return tuple(x * 2 for x in xs)


#export of_list(int list, int set)
def of_list(xs, s):
    # CHECK: {{.*}}unsupported_tuple_call.py:[[@LINE+1]]:12: error: tuple() of an iterable whose length is known only at run time
    return tuple(xs), tuple(sorted(s))
    # CHECK: {{.*}}unsupported_tuple_call.py:[[@LINE-1]]:23: error: tuple() of an iterable whose length is known only at run time
