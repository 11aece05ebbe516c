# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: yield_type_conflict


def mixed(n):
    yield n
    # CHECK: {{.*}}yield_type_conflict.py:[[@LINE+3]]:5: error: generator `mixed` yields a str here but an int at line [[@LINE-1]]
    # CHECK-NEXT: {{^}}    yield "done"
    # CHECK-NEXT: {{^ *\^~*$}}
    yield "done"


#export f(int)
def f(n):
    return list(mixed(n))
