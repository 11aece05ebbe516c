# -fopenmp compiles and links with OpenMP even when no `#omp` comment asks for it (a library
# given with -l may need the OpenMP runtime).
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -o %t/openmp_flag.so --no-cache -v -fopenmp 2>&1 | FileCheck %s
# RUN: %pyxc %s -o %t/plain.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=PLAIN
# RUN: cd %t && %python -c "import openmp_flag; print(openmp_flag.sq(7))" | FileCheck %s --check-prefix=RESULT
# g++ links libgomp, clang (in-process by default) libomp.
# RUN: %pyxc %s -o %t/openmp_flag.so --no-cache -v -fopenmp --cxx g++ 2>&1 | FileCheck %s
# RUN: cd %t && %python -c "import openmp_flag; print(openmp_flag.sq(7))" | FileCheck %s --check-prefix=RESULT
# CHECK: -fopenmp {{.*}}-c -o
# CHECK: -shared {{.*}}-fopenmp
# PLAIN-NOT: -fopenmp
# RESULT: 49


#export sq(int)
def sq(n):
    return n * n
