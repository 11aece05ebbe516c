# --python (else $PYXC_PYTHON) chooses the interpreter the module is built for: its headers,
# its numpy, and the file name suffix when there is no -o.
# RUN: rm -rf %t && mkdir -p %t && cd %t
# RUN: env -u PYXC_PYTHON %pyxc %s --python %python --no-cache -v 2>&1 | FileCheck %s
# RUN: %python -c "import python_option; print(python_option.neg(8))" | FileCheck %s --check-prefix=RESULT
# RUN: ls | FileCheck %s --check-prefix=FILES
# RUN: not %pyxc %s --python %t/no-such-python -o %t/x.so 2>&1 | FileCheck %s --check-prefix=BAD
# RUN: env PYXC_PYTHON=%t/no-such-python not %pyxc %s -o %t/x.so 2>&1 | FileCheck %s --check-prefix=BAD
# -e needs no interpreter.
# RUN: %pyxc %s --python %t/no-such-python -e -o - | FileCheck %s --check-prefix=EMIT
# CHECK: pyxc: python {{3\.[0-9]+\.[0-9]+}} ({{.*}}python{{.*}})
# CHECK: -I{{[^ ]*}}/include/python3.{{[0-9]+}}
# FILES: python_option.cpython-{{.*}}.so
# BAD: pyxc: error: Python interpreter '{{.*}}no-such-python' is not usable
# EMIT: neg
# RESULT: -8


#export neg(int)
def neg(n):
    return -n
