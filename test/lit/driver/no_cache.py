# --no-cache compiles every time and keeps nothing in the cache.
# RUN: rm -rf %t.cache %t && mkdir -p %t
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/no_cache.so --no-cache -v 2>&1 | FileCheck %s
# RUN: env PYXC_CACHE_DIR=%t.cache %pyxc %s -o %t/no_cache.so --no-cache -v 2>&1 | FileCheck %s
# RUN: not ls %t.cache/modules
# RUN: cd %t && %python -c "import no_cache; print(no_cache.neg(5))" | FileCheck %s --check-prefix=RESULT
# CHECK-NOT: cache hit
# CHECK-NOT: cache miss
# CHECK: -c -o
# RESULT: -5


#export neg(int)
def neg(n):
    return -n
