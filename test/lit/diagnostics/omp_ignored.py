# Without -fopenmp, `#omp` annotations are ignored (the module runs serially) with a note.
# RUN: rm -rf %t && mkdir %t && %pyxc %s -o %t/ompnote.so 2>&1 | FileCheck %s
# RUN: cd %t && %python -c "import ompnote; print(ompnote.total(10))" | FileCheck --check-prefix=OUT %s
# DIAG: omp_ignored
# CHECK: {{.*}}omp_ignored.py:[[@LINE+7]]:10: note: `#omp` annotations are ignored without -fopenmp
# OUT: 45


#export total(int)
def total(n):
    s = 0
    #omp parallel for reduction(+:s)
    for i in range(n):
        s += i
    return s
