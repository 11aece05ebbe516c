# -e writes the C++ without the module glue, -E with it (both default to <stem>.cpp; '-o -'
# is stdout); neither compiles. They exclude each other, and '-o -' needs one of them.
# RUN: rm -rf %t && mkdir -p %t && cd %t
# RUN: %pyxc %s -e -o - | FileCheck %s --check-prefix=PLAIN
# RUN: %pyxc %s -E -o - | FileCheck %s --check-prefix=GLUE
# RUN: %pyxc %s -e && cat emit_modes.cpp | FileCheck %s --check-prefix=PLAIN
# RUN: %pyxc %s -E -o glue.cpp && cat glue.cpp | FileCheck %s --check-prefix=GLUE
# RUN: not ls emit_modes*.so
# RUN: not %pyxc %s -e -E 2>&1 | FileCheck %s --check-prefix=BOTH
# RUN: not %pyxc %s -o - 2>&1 | FileCheck %s --check-prefix=STDOUT
# PLAIN: square(
# PLAIN-NOT: PyInit_
# PLAIN-NOT: PyModuleDef
# GLUE: square(
# GLUE: PyInit_{{emit_modes|glue}}
# BOTH: pyxc: error: {{.*}}excludes
# STDOUT: pyxc: error: '-o -' (stdout) needs -e or -E


#export square(float)
def square(x):
    return x * x
