# Two export lines for one function give two instantiations, one per signature, in order.
# RUN: %pyxc %s -e -o - | FileCheck %s


#export twice(int)
#export twice(float)
#export twice(float list)
def twice(x):
    return x + x

# CHECK-DAG: pyxc::int_t twice{{[A-Za-z0-9_]*}}(pyxc::int_t
# CHECK-DAG: double twice{{[A-Za-z0-9_]*}}(double
# CHECK-DAG: pyxc::list<double> twice{{[A-Za-z0-9_]*}}({{(const )?}}pyxc::list<
