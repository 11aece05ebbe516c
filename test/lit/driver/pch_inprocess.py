# The in-process backend precompiles the runtime headers once (a clang .pch and the object of
# its code, built inside pyxc too) and every later build includes it with -include-pch and
# links the object; it is separate from the precompiled headers of spawned compilers.
# REQUIRES: clang-plugin
# RUN: rm -rf %t.cache %t && mkdir -p %t
# A snapshot of the runtime headers: an edit of the real ones during the run would
# (rightly) miss.
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_inprocess.so --no-cache --pch-wait -v 2>&1 | FileCheck %s --check-prefix=BUILD
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_inprocess.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=USE
# RUN: cd %t && %python -c "import pch_inprocess; print(pch_inprocess.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: ls %t.cache/pch/*/pyxc_pch.pch | count 1
# The module exports its PyInit_ only, none of the runtime object's functions.
# RUN: nm -D --defined-only %t/pch_inprocess.so | count 1
# Another optimization level is another precompiled header (its macros differ).
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_inprocess.so --no-cache --pch-wait -O1 -v 2>&1 | FileCheck %s --check-prefix=BUILD
# RUN: ls %t.cache/pch/*/pyxc_pch.pch | count 2
# --no-pch compiles the headers as text.
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_inprocess.so --no-cache --no-pch -v 2>&1 | FileCheck %s --check-prefix=NOPCH
# BUILD: pyxc: in-process: clang++ {{.*}}-fpch-instantiate-templates -fpch-codegen -x c++-header {{.*}}pyxc_pch.hpp -o {{.*}}pyxc_pch.pch
# The header's code is compiled once, into an object that modules link (-fpch-codegen).
# BUILD: pyxc: in-process: clang++ {{.*}}-ffunction-sections {{.*}}-c -o {{.*}}pyxc_pch.o{{.*}} {{.*}}pyxc_pch.pch
# BUILD: pyxc: pch build
# BUILD: pyxc: in-process: clang++ {{.*}}-include-pch {{.*}}/pyxc_pch.pch -c
# BUILD: pyxc: in-process: clang++ -shared {{.*}}pyxc_pch.o -Wl,--gc-sections
# BUILD-NOT: warning
# USE-NOT: pch build
# USE: pyxc: in-process: clang++ {{.*}}-include-pch {{.*}}/pyxc_pch.pch -c
# USE: pyxc: in-process: clang++ -shared {{.*}}pyxc_pch.o -Wl,--gc-sections -Wl,--version-script={{.*}}exports.map
# USE-NOT: retrying
# USE-NOT: warning
# NOPCH-NOT: pyxc_pch
# NOPCH: pyxc: in-process: clang++ {{.*}}-c -o
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
