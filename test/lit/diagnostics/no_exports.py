# A module with no export line still compiles, with a warning.
# RUN: %pyxc %s -e -o /dev/null 2>&1 | FileCheck %s
# DIAG: no_exports
# CHECK: {{.*}}no_exports.py:{{[0-9]+:[0-9]+}}: warning: no `#export` line in this file: the module will export nothing


def f(x):
    return x
