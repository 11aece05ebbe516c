# The backend is part of the cache key: a module built in-process is not reused for --cxx g++
# (nor the other way round), and each backend hits its own entry afterwards.
# REQUIRES: clang-plugin
# RUN: rm -rf %t.cache %t && mkdir -p %t
# A snapshot of the runtime headers: an edit of the real ones during the run would
# (rightly) miss.
# RUN: cp -r %pyxc_src_root/runtime/include %t/runtime
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_per_backend.so -v 2>&1 | FileCheck %s --check-prefix=MISS-INPROC
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_per_backend.so --cxx g++ -v 2>&1 | FileCheck %s --check-prefix=MISS-GXX
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_per_backend.so -v 2>&1 | FileCheck %s --check-prefix=HIT
# RUN: cd %t && %python -c "import cache_per_backend; print(cache_per_backend.double(21))" | FileCheck %s --check-prefix=RESULT
# RUN: env PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_per_backend.so --cxx g++ -v 2>&1 | FileCheck %s --check-prefix=HIT
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t.cache PYXC_RUNTIME_DIR=%t/runtime %pyxc %s -o %t/cache_per_backend.so -O3 -v 2>&1 | FileCheck %s --check-prefix=MISS-INPROC
# Two modules, one per backend, and the manifests name the compilers.
# RUN: ls %t.cache/modules/*/*.so | count 3
# RUN: cat %t.cache/modules/*/*.txt | FileCheck %s --check-prefix=MANIFEST
# MISS-INPROC: pyxc: cache miss
# MISS-INPROC: pyxc: in-process: clang++ {{.*}}-c -o
# MISS-GXX: pyxc: cache miss
# MISS-GXX: g++ {{.*}}-c -o
# HIT: pyxc: cache hit
# HIT-NOT: -c -o
# MANIFEST-DAG: compiler: {{.*}}libpyxc_clang.so
# MANIFEST-DAG: compiler: {{.*}}g++
# RESULT: 42


#export double(int)
def double(n):
    return 2 * n
