# One C++ function per instantiation: `square` is reached with an int and with a float, so
# it becomes two C++ functions (plain functions, not a template).
# RUN: %pyxc %s -e -o - | FileCheck %s
# RUN: %pyxc %s -e -o - | FileCheck %s --check-prefix=NOTEMPLATE


def square(x):
    return x * x


#export int_square(int)
def int_square(n):
    return square(n)


#export float_square(float)
def float_square(x):
    return square(x)

# CHECK-DAG: pyxc::int_t [[SQI:square[A-Za-z0-9_]*]](pyxc::int_t {{[a-z_]*}}x)
# CHECK-DAG: double [[SQF:square[A-Za-z0-9_]*]](double {{[a-z_]*}}x)
# CHECK-DAG: pyxc::int_t int_square(pyxc::int_t
# CHECK-DAG: return [[SQI]](
# CHECK-DAG: double float_square(double
# CHECK-DAG: return [[SQF]](
# NOTEMPLATE-NOT: template
