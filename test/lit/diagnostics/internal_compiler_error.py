# RUN: not %pyxc %s -o %t.so --cxx %S/Inputs/failing_cxx.py 2>&1 | FileCheck %s
# DIAG: internal_compiler_error
# DIAG: note_previous
# A C++ compiler failure on a program pyxc accepted is pyxc's bug: it is reported at the Python
# line whose code the compiler rejected, never as a raw C++ error log.


#export f(int)
def f(n):
    # CHECK: {{.*}}internal_compiler_error.py:[[@LINE+2]]:{{[0-9]+}}: error: internal error: the C++ compiler rejected code generated for this program
    # CHECK: note: first C++ error: {{.*}}simulated rejection of generated code
    return n + 1
