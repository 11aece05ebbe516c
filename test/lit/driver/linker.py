# pyxc links with lld when it is installed (faster than ld.bfd); -fuse-ld=bfd chooses the
# system default linker.
# REQUIRES: lld
# RUN: rm -rf %t && mkdir -p %t
# RUN: %pyxc %s -o %t/linker.so --no-cache -v 2>&1 | FileCheck %s --check-prefix=LLD
# RUN: cd %t && %python -c "import linker; print(linker.one())" | FileCheck %s --check-prefix=RESULT
# RUN: %pyxc %s -o %t/linker.so --no-cache -v -fuse-ld=bfd 2>&1 | FileCheck %s --check-prefix=BFD
# RUN: cd %t && %python -c "import linker; print(linker.one())" | FileCheck %s --check-prefix=RESULT
# RUN: not %pyxc %s -o %t/linker.so -fuse-ld=mold 2>&1 | FileCheck %s --check-prefix=BAD
# LLD: -shared -fuse-ld=lld -o
# BFD: -shared -fuse-ld=bfd -o
# BAD: pyxc: error: {{.*}}mold
# RESULT: 1


#export one()
def one():
    return 1
