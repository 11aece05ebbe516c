# clang++ builds its own precompiled runtime (a .pch given with -include-pch), separate from
# g++'s, and reuses it.
# REQUIRES: clang
# RUN: rm -rf %t.cache %t && mkdir -p %t
# A snapshot of the runtime headers: an edit of the real ones during the run would
# (rightly) miss.
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_clang.so --no-cache --pch-wait --cxx clang++-14 -v 2>&1 | FileCheck %s --check-prefix=BUILD
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_clang.so --no-cache --cxx clang++-14 -v 2>&1 | FileCheck %s --check-prefix=USE
# RUN: cd %t && %python -c "import pch_clang; print(pch_clang.twice(21))" | FileCheck %s --check-prefix=RESULT
# BUILD: -x c++-header {{.*}}pyxc_pch.hpp -o {{.*}}pyxc_pch.pch
# BUILD: pyxc: pch build
# BUILD: -include-pch {{.*}}/pyxc_pch.pch -c
# USE-NOT: pch build
# USE: -include-pch {{.*}}/pyxc_pch.pch -c
# USE-NOT: retrying
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
