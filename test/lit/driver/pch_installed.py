# pyxc's own build precompiles the runtime for the default flags (share/pyxc/pch beside bin/):
# a first build with an empty cache uses it and neither waits for nor starts another one.
# --pch-dir builds and looks for them in the directory given, and only there.
# REQUIRES: clang-plugin
# RUN: rm -rf %t.cache %t && mkdir -p %t
# RUN: ls %pyxc_obj_root/share/pyxc/pch/*/pyxc_pch.pch | count 2
# RUN: env -u PYXC_CXX -u PYXC_RUNTIME_DIR PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch_installed.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=INSTALLED
# RUN: cd %t && %python -c "import pch_installed; print(pch_installed.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: not ls %t.cache/pch
# RUN: env -u PYXC_CXX -u PYXC_RUNTIME_DIR PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/pch_installed.so --no-cache --pch-dir %t/pchdir --pch-wait -v 2>&1 | FileCheck %s --check-prefix=OWN
# RUN: ls %t/pchdir/*/pyxc_pch.pch | count 1
# RUN: cd %t && %python -c "import pch_installed; print(pch_installed.twice(21))" | FileCheck %s --check-prefix=RESULT
# INSTALLED-NOT: missing
# INSTALLED: pyxc: in-process: clang++ {{.*}}-include-pch {{.*}}/share/pyxc/pch/{{[0-9a-f]+}}/pyxc_pch.pch -c
# INSTALLED: -shared {{.*}}/share/pyxc/pch/{{[0-9a-f]+}}/pyxc_pch.o
# OWN: pyxc: pch build
# OWN: pyxc: in-process: clang++ {{.*}}-include-pch {{.*}}/pchdir/{{[0-9a-f]+}}/pyxc_pch.pch -c
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
