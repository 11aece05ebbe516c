# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: unsupported_construct_hint


#export squares(int)
# CHECK: {{.*}}unsupported_generator_export.py:[[@LINE+3]]:5: error: returning a generator to Python from exported `squares` is not supported by pyxc; return list(...) of it
# CHECK-NEXT: {{^}}def squares(n):
# CHECK-NEXT: {{^    \^~*$}}
def squares(n):
    for i in range(n):
        yield i * i
