# The in-process backend compiles the generated C++ from memory: no .cpp file is written (strace
# follows pyxc and the linker it spawns). --keep-cpp writes it where it was asked to.
# REQUIRES: clang-plugin, strace
# RUN: rm -rf %t && mkdir -p %t
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t/cache strace -f -e trace=open,openat,creat -o %t/trace %pyxc %s -o %t/cpp_in_memory.so --no-cache --no-pch
# RUN: FileCheck %s --input-file %t/trace --check-prefix=TRACE
# RUN: not grep -E '\.cpp"' %t/trace
# RUN: cd %t && %python -c "import cpp_in_memory; print(cpp_in_memory.twice(21))" | FileCheck %s --check-prefix=RESULT
# RUN: env -u PYXC_CXX PYXC_CACHE_DIR=%t/cache strace -f -e trace=open,openat,creat -o %t/trace-kept %pyxc %s -o %t/cpp_in_memory.so --no-cache --no-pch --keep-cpp
# RUN: FileCheck %s --input-file %t/trace-kept --check-prefix=KEPT
# The object and the module are files; the C++ is not.
# TRACE: cpp_in_memory{{.*}}.o.tmp", O_RDWR|O_CREAT
# TRACE: cpp_in_memory.so
# KEPT: {{.*}}/cpp_in_memory.cpp", O_WRONLY|O_CREAT
# RESULT: 42


#export twice(int)
def twice(n):
    return 2 * n
