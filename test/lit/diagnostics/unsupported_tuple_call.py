# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export doubled(int list)
def doubled(xs):
    # CHECK: {{.*}}unsupported_tuple_call.py:[[@LINE+3]]:12: error: tuple() of an iterable is not supported by pyxc; a tuple's length is part of its type in pyxc: make a list with list(...), or write the tuple out, e.g. `(a, b, c)`
    # CHECK-NEXT: {{^}}    return tuple(x * 2 for x in xs)
    # CHECK-NEXT: {{^ *\^~*$}}
    return tuple(x * 2 for x in xs)
