# RUN: not %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: export_arity

# CHECK: {{.*}}export_arity.py:[[@LINE+3]]:{{[0-9]+}}: error: export of `dist` gives 3 argument type(s) but the function takes 2
# CHECK-NEXT: {{^}}#pythran export dist(float, float, float)
# CHECK-NEXT: {{^ *\^~*$}}
#pythran export dist(float, float, float)
def dist(x, y):
    return abs(x - y)
