# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# Misuses of `?` (optional trailing parameter) and of the bare-name (constant) export form.

# CHECK: {{.*}}export_optional_syntax.py:[[@LINE+1]]:24: error: malformed export spec: a parameter after an optional one must be optional too: add `?`{{$}}
#export f(int, float?, int)
def f(a, b=1.0, c=2):
    return a + b + c

# CHECK: {{.*}}export_optional_syntax.py:[[@LINE+1]]:9: error: malformed export spec: `g` is a function: export it with its parameter types, `g(...)`{{$}}
#export g
def g(x):
    return x
