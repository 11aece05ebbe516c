# Built by pyxc's own build (CMakeLists.txt) with --pch-wait --pch-dir: its module is thrown
# away, and what stays is the precompiled runtime for modules that use numpy, with the default
# flags, in <prefix>/share/pyxc/pch.
import numpy as np


#export touch(float64[])
def touch(a):
    return np.sum(a)
