# A chain of elementwise numpy operations is one lazy expression: the generated C++ nests
# pyxc::np::map nodes and materialises only the assigned result (no temporary arrays), and
# reductions consume the expression directly.
# RUN: %pyxc %s -e -o - | FileCheck %s
import numpy as np


#export kernel(float64[], float64[], float64[])
def kernel(a, b, c):
    # CHECK: pyxc::np::ndarray<double, 1> r = pyxc::np::eval(pyxc::np::map<pyxc::np::ops::sub<double>>(pyxc::np::map<pyxc::np::ops::mul<double>>(pyxc::np::map<pyxc::np::ops::sqrt<double>>(pyxc::np::map<pyxc::np::ops::add<double>>(pyxc::np::map<pyxc::np::ops::mul<double>>(a, a), pyxc::np::map<pyxc::np::ops::mul<double>>(b, b))), c), static_cast<double>(1.0)));
    r = np.sqrt(a * a + b * b) * c - 1.0
    # CHECK: return pyxc::np::sum<double>(pyxc::np::map<pyxc::np::ops::mul<double>>(r, pyxc::np::map<pyxc::np::ops::add<double>>(a, static_cast<double>(2.0))));
    return np.sum(r * (a + 2.0))
