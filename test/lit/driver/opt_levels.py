# -O0 to -O3 choose the C++ optimization level (default -O2) for either backend; other
# levels are refused by pyxc, not by the compiler.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -o %t/opt_levels.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=O2
# RUN: %pyxc %s -o %t/opt_levels.so --no-cache -v -O0 2>&1 | FileCheck %s --check-prefix=O0
# RUN: %pyxc %s -o %t/opt_levels.so --no-cache -v -O1 2>&1 | FileCheck %s --check-prefix=O1
# RUN: %pyxc %s -o %t/opt_levels.so --no-cache -v -O3 2>&1 | FileCheck %s --check-prefix=O3
# RUN: cd %t && %python -c "import opt_levels; print(opt_levels.tri(100))" | FileCheck %s --check-prefix=RESULT
# RUN: %pyxc %s -o %t/opt_levels.so --no-cache -v -O0 --cxx g++ 2>&1 | FileCheck %s --check-prefix=O0
# RUN: cd %t && %python -c "import opt_levels; print(opt_levels.tri(100))" | FileCheck %s --check-prefix=RESULT
# RUN: not %pyxc %s -o %t/opt_levels.so -O4 2>&1 | FileCheck %s --check-prefix=BAD
# RUN: not %pyxc %s -o %t/opt_levels.so -Ofast 2>&1 | FileCheck %s --check-prefix=BAD
# O2: -std=c++20 -O2 {{.*}}-c -o
# O0: -std=c++20 -O0 {{.*}}-c -o
# O1: -std=c++20 -O1 {{.*}}-c -o
# O3: -std=c++20 -O3 {{.*}}-c -o
# BAD: pyxc: error: {{.*}}-O
# RESULT: 5050


#export tri(int)
def tri(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total
