# RUN: %difftest %s
# time.time / perf_counter / monotonic: compiled code can time itself.
import time
from time import perf_counter


#export elapsed_is_sane(int)
def elapsed_is_sane(n):
    t0 = perf_counter()
    m0 = time.monotonic()
    total = 0
    for i in range(n):
        total += i
    t1 = perf_counter()
    return t1 >= t0, time.monotonic() >= m0, time.time() > 1.7e9, total


#check: elapsed_is_sane(1000)
#check: elapsed_is_sane(0)
