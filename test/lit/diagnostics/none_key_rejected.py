# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# A key or set item that may be None, stored in (or looked up with a default in) a dict or set
# whose type cannot hold None, is a located error: CPython would store None or return the
# default, and the container's type is fixed. Plain lookups raise KeyError(None) as CPython.


def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


#export f(int list, int)
def f(xs, v):
    d = {1: "x"}
    s = {1}
    k = find(xs, v)
    # CHECK: {{.*}}none_key_rejected.py:[[@LINE+1]]:7: error: a key or item that may be None with an int:str dict (which cannot hold None) is not supported by pyxc; test that it is not None first
    d[k] = "y"
    # CHECK: {{.*}}none_key_rejected.py:[[@LINE+1]]:11: error: a key or item that may be None with an int set (which cannot hold None) is not supported by pyxc; test that it is not None first
    s.add(k)
    # CHECK: {{.*}}none_key_rejected.py:[[@LINE+1]]:18: error: a key or item that may be None with an int:str dict {{.*}}
    return d.get(k, "z")
