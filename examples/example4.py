"""The tutorial's example 4: example 1's naive code, with the export line that makes it a
compiled module. The comment changes nothing for CPython.

    pyxc examples/example4.py -e -o std.cpp     # the generated C++
    pyxc examples/example4.py -o std.so         # an extension module: `import std`

(Pythran spells the line `#pythran export standard_dev(float list)`; pyxc reads both.)
"""
import math


def mean(lst):
    return sum(lst) / len(lst)


#export standard_dev(float list)
def standard_dev(lst):
    m = mean(lst)
    variance = sum([(value - m) ** 2 for value in lst])
    return math.sqrt(variance / len(lst))


if __name__ == "__main__":
    print(standard_dev([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]))  # 2.0
