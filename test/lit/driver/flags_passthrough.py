# -D, -U and -I go to the compiler, in the order given after pyxc's own; -L and -l go to the
# linker, the libraries after the module's object (and the precompiled runtime's, if any).
# RUN: rm -rf %t && mkdir -p %t/lib
# RUN: %pyxc %s -o %t/flags_passthrough.so --no-cache -v -DPYXC_TEST_A=1 -UPYXC_TEST_B -I%t -L%t/lib -lm 2>&1 | FileCheck %s
# RUN: cd %t && %python -c "import flags_passthrough; print(flags_passthrough.add1(41))" | FileCheck %s --check-prefix=RESULT
# The same with a spawned compiler.
# RUN: %pyxc %s -o %t/flags_passthrough.so --no-cache -v --cxx g++ -DPYXC_TEST_A=1 -UPYXC_TEST_B -I%t -L%t/lib -lm 2>&1 | FileCheck %s
# RUN: cd %t && %python -c "import flags_passthrough; print(flags_passthrough.add1(41))" | FileCheck %s --check-prefix=RESULT
# CHECK: -DNDEBUG {{.*}}-DPYXC_TEST_A=1 -UPYXC_TEST_B -I{{.*}}Output/flags_passthrough.py.tmp {{.*}}-c -o
# CHECK: -shared {{.*}}-L{{.*}}Output/flags_passthrough.py.tmp/lib -o {{[^ ]*}}.so {{[^ ]*}}.o {{([^ ]*pyxc_pch.o -Wl,--gc-sections -Wl,--version-script=[^ ]* )?}}-lm{{$}}
# RESULT: 42


#export add1(int)
def add1(n):
    return n + 1
