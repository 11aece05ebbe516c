# A build that finds no precompiled runtime does not wait for one: it compiles the headers as
# text while a detached process precompiles them; the next build uses them.
# REQUIRES: clang-plugin
# RUN: rm -rf %t.cache %t && mkdir -p %t
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# PYXC_PCH_BUILD=never (the test suite's setting) neither builds nor waits.
# RUN: env -u PYXC_CXX PYXC_PCH_BUILD=never PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_background.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=NEVER
# RUN: not ls %t.cache/pch
# RUN: env -u PYXC_CXX PYXC_PCH_BUILD=background PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_background.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=FIRST
# RUN: cd %t && %python -c "import pch_background; print(pch_background.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: %python %S/Inputs/wait_for_pch.py %t.cache 600
# RUN: env -u PYXC_CXX PYXC_PCH_BUILD=background PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/pch_background.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=NEXT
# RUN: cd %t && %python -c "import pch_background; print(pch_background.twice(21))" | FileCheck %s --check-prefix=RESULT
# NEVER-NOT: pyxc_pch
# NEVER-NOT: missing
# NEVER: pyxc: in-process: clang++ {{.*}}-c -o
# FIRST: pyxc: precompiled runtime missing: built in the background for the next build
# FIRST-NOT: pyxc_pch
# FIRST: pyxc: in-process: clang++ {{.*}}-c -o
# NEXT-NOT: missing
# NEXT: pyxc: in-process: clang++ {{.*}}-include-pch {{.*}}/pyxc_pch.pch -c
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
