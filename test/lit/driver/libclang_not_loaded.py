# Loading libclang-cpp costs ~0.1 s, so only a module build maps it: -e, -E, --help,
# --version and the listings never do. $PYXC_REPORT_LIBCLANG makes pyxc read its own
# /proc/self/maps at exit; the module build is the control that the report can say yes.
# REQUIRES: clang-plugin
# RUN: rm -rf %t %t.cache && mkdir -p %t
# RUN: env PYXC_REPORT_LIBCLANG=1 %pyxc %s -e -o - 2>&1 >/dev/null | FileCheck %s --check-prefix=NO
# RUN: env PYXC_REPORT_LIBCLANG=1 %pyxc %s -E -o %t/glue.cpp 2>&1 | FileCheck %s --check-prefix=NO
# RUN: env PYXC_REPORT_LIBCLANG=1 %pyxc --help 2>&1 >/dev/null | FileCheck %s --check-prefix=NO
# RUN: env PYXC_REPORT_LIBCLANG=1 %pyxc --version 2>&1 >/dev/null | FileCheck %s --check-prefix=NO
# RUN: env PYXC_REPORT_LIBCLANG=1 %pyxc --list-builtins 2>&1 >/dev/null | FileCheck %s --check-prefix=NO
# RUN: env -u PYXC_CXX PYXC_REPORT_LIBCLANG=1 PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/loaded.so 2>&1 | FileCheck %s --check-prefix=YES
# A build the cache answers does not load it either (the plugin's identity is memoized).
# RUN: env -u PYXC_CXX PYXC_REPORT_LIBCLANG=1 PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/loaded.so -v 2>&1 | FileCheck %s --check-prefix=HIT
# An external compiler does not load it either.
# RUN: env PYXC_REPORT_LIBCLANG=1 %pyxc %s -o %t/loaded.so --no-cache --cxx g++ 2>&1 | FileCheck %s --check-prefix=NO
# The pyxc binary itself does not link it.
# RUN: ldd %pyxc | FileCheck %s --check-prefix=LDD
# NO: pyxc: libclang-cpp mapped at exit: no
# YES: pyxc: libclang-cpp mapped at exit: yes
# HIT: pyxc: cache hit
# HIT: pyxc: libclang-cpp mapped at exit: no
# LDD-NOT: libclang
# LDD-NOT: libLLVM


#export one()
def one():
    return 1
