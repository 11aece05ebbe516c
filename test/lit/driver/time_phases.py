# --time-phases prints every phase's duration and the total, on stderr.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -o %t/phases.so --no-cache --time-phases 2>&1 | FileCheck %s
# RUN: %pyxc %s -e -o %t/phases.cpp --time-phases 2>&1 | FileCheck %s --check-prefix=EMIT
# CHECK: pyxc: phase times (ms):
# CHECK-NEXT: read {{ *[0-9.]+$}}
# CHECK-NEXT: parse {{ *[0-9.]+$}}
# CHECK-NEXT: exports {{ *[0-9.]+$}}
# CHECK-NEXT: infer {{ *[0-9.]+$}}
# CHECK-NEXT: codegen {{ *[0-9.]+$}}
# CHECK-NEXT: python probe {{ *[0-9.]+$}}
# CHECK-NEXT: backend {{ *[0-9.]+$}}
# CHECK-NEXT: cache {{ *[0-9.]+$}}
# CHECK-NEXT: load compiler {{ *[0-9.]+$}}
# CHECK: compile {{ *[0-9.]+$}}
# CHECK-NEXT: link {{ *[0-9.]+$}}
# CHECK-NEXT: total {{ *[0-9.]+$}}
# EMIT: codegen {{ *[0-9.]+$}}
# EMIT-NEXT: total {{ *[0-9.]+$}}


#export half(float)
def half(x):
    return x / 2
