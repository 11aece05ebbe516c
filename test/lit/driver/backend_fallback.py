# Without a loadable in-process Clang plugin (not built, a library missing), pyxc spawns g++
# and says so under -v; the module is the same.
# RUN: rm -rf %t && mkdir -p %t
# RUN: env -u PYXC_CXX PYXC_CLANG_PLUGIN=%t/missing/libpyxc_clang.so %pyxc %s -o %t/backend_fallback.so --no-cache -v 2>&1 | FileCheck %s
# RUN: cd %t && %python -c "import backend_fallback; print(backend_fallback.cube(3))" | FileCheck %s --check-prefix=RESULT
# A file that is not a plugin at all is refused the same way.
# RUN: echo 'not a library' > %t/bogus.so
# RUN: env -u PYXC_CXX PYXC_CLANG_PLUGIN=%t/bogus.so %pyxc %s -o %t/backend_fallback.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=BOGUS
# Without -v the fallback is silent.
# RUN: env -u PYXC_CXX PYXC_CLANG_PLUGIN=%t/missing/libpyxc_clang.so %pyxc %s -o %t/backend_fallback.so --no-cache 2>&1 | count 0
# CHECK: pyxc: no in-process Clang ({{.*}}missing/libpyxc_clang.so{{.*}}); spawning g++
# CHECK: pyxc: backend: external compiler {{.*}}g++
# CHECK: g++ -std=c++20 {{.*}}-c -o
# BOGUS: pyxc: no in-process Clang ({{.*}}bogus.so{{.*}}); spawning g++
# RESULT: 27


#export cube(int)
def cube(n):
    return n * n * n
