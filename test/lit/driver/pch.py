# The runtime headers (Python.h first) are precompiled once per compiler and flags, and later
# module builds use them: g++ finds the .gch next to the header it is told to -include
# (-Winvalid-pch would say if it could not use it). --no-pch compiles the headers as text.
# RUN: rm -rf %t.cache %t && mkdir -p %t
# A snapshot of the runtime headers: an edit of the real ones during the run would
# (rightly) miss.
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch.so --no-cache --pch-wait --cxx g++ -v 2>&1 | FileCheck %s --check-prefix=BUILD
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch.so --no-cache --cxx g++ -v 2>&1 | FileCheck %s --check-prefix=USE
# RUN: cd %t && %python -c "import pch; print(pch.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch.so --no-cache --no-pch -v 2>&1 | FileCheck %s --check-prefix=NOPCH
# RUN: cat %t.cache/pch/*/pyxc_pch.hpp | FileCheck %s --check-prefix=UMBRELLA --implicit-check-not=numpy
# BUILD: -x c++-header {{.*}}pyxc_pch.hpp -o {{.*}}pyxc_pch.hpp.gch
# BUILD: pyxc: pch build
# BUILD: -include {{.*}}/pyxc_pch.hpp -Winvalid-pch -c
# BUILD-NOT: warning
# USE-NOT: pch build
# USE: -include {{.*}}/pyxc_pch.hpp -Winvalid-pch -c
# USE-NOT: warning
# NOPCH-NOT: pyxc_pch
# NOPCH: -c -o
# Every runtime header but numpy's, whatever the module includes: one PCH serves all modules.
# UMBRELLA: #include <Python.h>
# UMBRELLA-NEXT: #include <pyxc/arith.hpp>
# UMBRELLA: #include <pyxc/python/module.hpp>
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
