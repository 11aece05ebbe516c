# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export f(int)
def f(x):
    # CHECK: {{.*}}unsupported_match.py:[[@LINE+3]]:5: error: `match` statement is not supported by pyxc; use an `if`/`elif` chain
    # CHECK-NEXT: {{^}}    match x:
    # CHECK-NEXT: {{^ *\^~*$}}
    match x:
        case 1:
            return 10
        case _:
            return 0
