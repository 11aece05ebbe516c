# -g builds with debug info and `#line` directives, so that gdb breaks on a Python line of the
# compiled module and shows its locals there.
# REQUIRES: gdb
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -g -O0 -e -o - | FileCheck %s --check-prefix=EMIT
# RUN: %pyxc %s -g -O0 -o %t/debug_gdb.so
# RUN: cd %t && gdb -nx -batch -ex 'set debuginfod enabled off' -ex 'set breakpoint pending on' \
# RUN:   -ex 'break debug_gdb.py:23' -ex run -ex 'info locals' \
# RUN:   --args %python -c "import debug_gdb; print(debug_gdb.f(3))" 2>&1 | FileCheck %s
# EMIT: // {{.*}}debug_gdb.py:23{{$}}
# EMIT-NEXT: #line 23 "{{.*}}debug_gdb.py"
# EMIT-NEXT: scaled =
# CHECK: Breakpoint 1, {{.*}}f (n=3) at {{.*}}debug_gdb.py:23
# CHECK-NEXT: 23 {{.*}}scaled = total * 2
# CHECK: total = 5


#export f(int)
def f(n):
    total = 0
    for i in range(n):
        total += i * i
    scaled = total * 2  # line 23: the breakpoint
    return scaled + 1
