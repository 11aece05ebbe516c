# -march=native (or --native) is opt-in: the default build runs on any x86-64. g++ also gets
# -fno-tree-slp-vectorize (its SLP vectorizer can fuse complex arithmetic); clang does not
# know that flag and is not given it.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -o %t/march_native.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=DEFAULT
# RUN: %pyxc %s -o %t/march_native.so --no-cache -v -march=native 2>&1 | FileCheck %s --check-prefix=NATIVE
# RUN: cd %t && %python -c "import march_native; print(march_native.dot([1.5, 2.0], [2.0, 4.0]))" | FileCheck %s --check-prefix=RESULT
# RUN: %pyxc %s -o %t/march_native.so --no-cache -v --native 2>&1 | FileCheck %s --check-prefix=NATIVE
# RUN: %pyxc %s -o %t/march_native.so --no-cache -v -march=native --cxx g++ 2>&1 | FileCheck %s --check-prefix=GXX
# RUN: cd %t && %python -c "import march_native; print(march_native.dot([1.5, 2.0], [2.0, 4.0]))" | FileCheck %s --check-prefix=RESULT
# RUN: not %pyxc %s -o %t/march_native.so -march=skylake 2>&1 | FileCheck %s --check-prefix=BAD
# DEFAULT-NOT: -march
# NATIVE: -march=native
# NATIVE-NOT: -fno-tree-slp-vectorize
# NATIVE: -c -o
# GXX: -march=native -fno-tree-slp-vectorize {{.*}}-c -o
# BAD: pyxc: error: {{.*}}arch=skylake
# RESULT: 11.0


#export dot(float list, float list)
def dot(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total
