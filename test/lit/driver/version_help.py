# --version names pyxc's version; --help lists every option users expect.
# RUN: %pyxc --version | FileCheck %s --check-prefix=VERSION
# RUN: %pyxc --help | FileCheck %s
# VERSION: pyxc {{[0-9]+\.[0-9]+\.[0-9]+}}
# CHECK-DAG: FILE.py
# CHECK-DAG: -o OUT
# CHECK-DAG: -e
# CHECK-DAG: -E
# CHECK-DAG: --cxx CXX {{.*}}in-process
# CHECK-DAG: --python PY
# CHECK-DAG: -O N
# CHECK-DAG: -D MACRO
# CHECK-DAG: -U MACRO
# CHECK-DAG: -I DIR
# CHECK-DAG: -L DIR
# CHECK-DAG: -l NAME
# CHECK-DAG: openmp
# CHECK-DAG: arch=native
# CHECK-DAG: -g
# CHECK-DAG: --no-cache
# CHECK-DAG: --no-pch
# CHECK-DAG: --time-phases
# CHECK-DAG: --version
