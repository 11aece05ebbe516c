# RUN: %difftest %s
# A linear congruential generator (int % with a 2**31 modulus) driving a Monte-Carlo
# estimate of pi, the tutorial's example 2 without the random module.
import math

#export lcg(int, int)
def lcg(seed, n):
    out = []
    x = seed
    for i in range(n):
        x = (1103515245 * x + 12345) % 2147483648
        out.append(x)
    return out


#export estimate_pi(int, int)
def estimate_pi(seed, tries):
    x = seed
    inside = 0
    for i in range(tries):
        x = (1103515245 * x + 12345) % 2147483648
        a = x / 2147483648
        x = (1103515245 * x + 12345) % 2147483648
        b = x / 2147483648
        if math.hypot(a, b) <= 1.0:
            inside += 1
    return 4.0 * inside / tries

#check: lcg(42, 5)
#check: lcg(-42, 3)
#check: estimate_pi(1, 10000)
#check: estimate_pi(2024, 1000)
#check: estimate_pi(1, 0)
