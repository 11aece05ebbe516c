# The flags are part of the cache key: -O1 after -O2 (and -D after none) misses; each
# configuration hits once it has been built.
# RUN: rm -rf %t.cache %t && mkdir -p %t
# A snapshot of the runtime headers: an edit of the real ones during the run would
# (rightly) miss.
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/flags.so -O2 -v 2>&1 | FileCheck %s --check-prefix=MISS
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/flags.so -O1 -v 2>&1 | FileCheck %s --check-prefix=MISS
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/flags.so -O1 -DUNUSED=1 -v 2>&1 | FileCheck %s --check-prefix=MISS
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/flags.so -O2 -v 2>&1 | FileCheck %s --check-prefix=HIT
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/flags.so -O1 -v 2>&1 | FileCheck %s --check-prefix=HIT
# MISS: pyxc: cache miss
# MISS: -c -o
# HIT: pyxc: cache hit
# HIT-NOT: -c -o


#export inc(int)
def inc(n):
    return n + 1
