# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint
# Only Python's builtin exception classes can be raised and caught (no classes of one's own).


#export f(int)
def f(n):
    try:
        return 10 // n
    # CHECK: {{.*}}unsupported_except_class.py:[[@LINE+1]]:12: error: name `ZeroDivisonError` is not defined; did you mean `ZeroDivisionError`?
    except ZeroDivisonError:
        return 0


#export g(int)
def g(n):
    # CHECK: {{.*}}unsupported_except_class.py:[[@LINE+1]]:11: error: raising an int is not supported by pyxc; raise a builtin exception class, e.g. `raise ValueError("message")`
    raise n
