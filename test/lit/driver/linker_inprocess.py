# With the in-process backend, lld links inside pyxc too: no linker process is started (strace
# sees no execve of ld.lld). Another linker (-fuse-ld=bfd) is still spawned.
# REQUIRES: lld-in-process, strace
# RUN: rm -rf %t && mkdir -p %t
# RUN: env -u PYXC_CXX strace -f -e trace=execve -o %t/trace %pyxc %s -o %t/linker_inprocess.so --no-cache --no-pch -v 2>&1 | FileCheck %s --check-prefix=LLD
# RUN: not grep -E 'execve\("[^"]*/ld(\.[a-z]+)?"' %t/trace
# RUN: cd %t && %python -c "import linker_inprocess; print(linker_inprocess.one())" | FileCheck %s --check-prefix=RESULT
# RUN: env -u PYXC_CXX strace -f -e trace=execve -o %t/trace-bfd %pyxc %s -o %t/linker_inprocess.so --no-cache --no-pch -fuse-ld=bfd -v 2>&1 | FileCheck %s --check-prefix=BFD
# RUN: grep -E 'execve\("[^"]*/ld(\.[a-z]+)?"' %t/trace-bfd
# RUN: cd %t && %python -c "import linker_inprocess; print(linker_inprocess.one())" | FileCheck %s --check-prefix=RESULT
# LLD: pyxc: in-process: {{[^ ]*}}ld.lld {{.*}}-shared -o {{.*}}linker_inprocess.so
# BFD-NOT: in-process: {{[^ ]*}}ld.lld
# BFD: pyxc: {{[^ ]*}}ld{{(.bfd)?}} {{.*}}linker_inprocess.so
# RESULT: 1


#export one()
def one():
    return 1
