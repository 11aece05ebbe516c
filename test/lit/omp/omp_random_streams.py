# Inside a parallel loop each thread draws from its own generator, seeded from random.seed()
# and the thread number: the same seed and thread count give the same answer every time.
# RUN: rm -rf %t && mkdir %t && %pyxc %s -fopenmp -o %t/ompstreams.so
# RUN: cd %t && env OMP_NUM_THREADS=2 %python -c "import ompstreams as m; a = m.count_inside(7, 200000); b = m.count_inside(7, 200000); c = m.count_inside(8, 200000); print(a == b, a != c, abs(4.0 * a / 200000 - 3.14159) < 0.02)" | FileCheck %s
# CHECK: True True True
import random


#export count_inside(int, int)
def count_inside(seed, tries):
    random.seed(seed)
    inside = 0
    #omp parallel for reduction(+:inside)
    for i in range(tries):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside
