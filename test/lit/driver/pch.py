# The runtime headers (Python.h first) are precompiled once per compiler and flags, and every
# later module build of either compiler uses them: g++ finds the .gch next to the header it
# is told to -include (-Winvalid-pch would say if it could not use it), clang++ is given the
# PCH file. --no-pch compiles the headers as text.
# RUN: rm -rf %t.cache %t && mkdir -p %t
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=GCC-BUILD
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=GCC-USE
# RUN: cd %t && %python -c "import pch; print(pch.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch.so --no-cache --cxx clang++-14 -v 2>&1 | FileCheck %s --check-prefix=CLANG-BUILD
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch.so --no-cache --cxx clang++-14 -v 2>&1 | FileCheck %s --check-prefix=CLANG-USE
# RUN: cd %t && %python -c "import pch; print(pch.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch.so --no-cache --no-pch -v 2>&1 | FileCheck %s --check-prefix=NOPCH
# RUN: cat %t.cache/pch/*/pyxc_pch.hpp | FileCheck %s --check-prefix=UMBRELLA
# GCC-BUILD: -x c++-header {{.*}}pyxc_pch.hpp -o {{.*}}pyxc_pch.hpp.gch
# GCC-BUILD: pyxc: pch build
# GCC-BUILD: -include {{.*}}/pyxc_pch.hpp -Winvalid-pch -c
# GCC-BUILD-NOT: warning
# GCC-USE-NOT: pch build
# GCC-USE: -include {{.*}}/pyxc_pch.hpp -Winvalid-pch -c
# GCC-USE-NOT: warning
# CLANG-BUILD: -x c++-header {{.*}}pyxc_pch.hpp -o {{.*}}pyxc_pch.pch
# CLANG-BUILD: -include-pch {{.*}}/pyxc_pch.pch -c
# CLANG-USE-NOT: pch build
# CLANG-USE: -include-pch {{.*}}/pyxc_pch.pch -c
# CLANG-USE-NOT: retrying
# NOPCH-NOT: pyxc_pch
# NOPCH: -c -o
# UMBRELLA: #include <Python.h>
# UMBRELLA-NEXT: #include <pyxc/python/module.hpp>
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
