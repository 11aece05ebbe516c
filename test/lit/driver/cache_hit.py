# A second build of an unchanged module is a cache hit: no compiler runs, and the copy that
# lands in the output is the module built the first time.
# RUN: rm -rf %t.cache %t && mkdir -p %t
# A snapshot of the runtime headers: an edit of the real ones during the run would
# (rightly) miss.
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_hit.so -v 2>&1 | FileCheck %s --check-prefix=FIRST
# RUN: rm %t/cache_hit.so
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_hit.so -v 2>&1 | FileCheck %s --check-prefix=SECOND
# RUN: cd %t && %python -c "import cache_hit; print(cache_hit.triple(14))" | FileCheck %s --check-prefix=RESULT
# FIRST: pyxc: cache miss: {{.*}}.cache/modules/{{.*}}.so
# FIRST: -c -o
# SECOND: pyxc: cache hit: {{.*}}.cache/modules/{{.*}}.so
# SECOND-NOT: -c -o
# RESULT: 42


#export triple(int)
def triple(n):
    return 3 * n
