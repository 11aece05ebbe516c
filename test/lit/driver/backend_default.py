# The default backend is Clang inside the pyxc process (the libpyxc_clang.so plugin): -v
# names it, shows the plugin being loaded, and the clang++ commands it runs the equivalent of
# (the C++ is compiled from memory); lld links in the process too when the plugin has it.
# REQUIRES: clang-plugin
# RUN: rm -rf %t && mkdir -p %t
# RUN: env -u PYXC_CXX %pyxc %s -o %t/backend_default.so --no-cache -v 2>&1 | FileCheck %s
# RUN: cd %t && %python -c "import backend_default; print(backend_default.mean([1.0, 2.0, 4.5]))" | FileCheck %s --check-prefix=RESULT
# $PYXC_CXX (like --cxx) chooses an external compiler instead.
# RUN: env PYXC_CXX=g++ %pyxc %s -o %t/backend_default.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=ENV
# CHECK-DAG: pyxc: loaded the in-process Clang plugin {{.*}}libpyxc_clang.so
# CHECK-DAG: pyxc: backend: in-process clang ({{.*}}clang version 14{{.*}}libclang-cpp
# CHECK: pyxc: in-process: clang++ -std=c++20 -O2 {{.*}}-c -o {{.*}}backend_default.o {{.*}}backend_default.cpp
# CHECK: pyxc: in-process: clang++ -shared {{.*}}-o {{.*}}backend_default.so {{.*}}backend_default.o
# CHECK-NEXT: pyxc: {{(in-process: )?[^ ]*}}ld{{.*}} -shared {{.*}}backend_default.o
# ENV-NOT: in-process
# ENV: pyxc: backend: external compiler {{.*}}g++
# ENV: g++ -std=c++20 -O2 {{.*}}-c -o
# RESULT: 2.5


#export mean(float list)
def mean(xs):
    return sum(xs) / len(xs)
