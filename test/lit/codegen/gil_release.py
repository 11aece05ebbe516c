# The module glue releases the GIL around compiled code that works only on its own data, and
# keeps it when the program touches state Python threads share (print, random's generator).
# RUN: %pyxc %s -E -o - | FileCheck %s
# RUN: cp %s %t.py && printf 'import random\n#export roll()\ndef roll():\n    return random.random()\n' >> %t.py
# RUN: %pyxc %t.py -E -o - | FileCheck --check-prefix=SHARED %s
# RUN: cp %s %t2.py && printf '#export say()\ndef say():\n    print(1)\n' >> %t2.py
# RUN: %pyxc %t2.py -E -o - | FileCheck --check-prefix=SHARED %s


#export work(int)
def work(n):
    total = 0.0
    for i in range(n):
        total += (i % 7) * 0.5
    return total

# CHECK: pyxc::py::call_without_gil([&] { return pyxc_module_{{.*}}::work(arg0); })
# SHARED-NOT: call_without_gil
