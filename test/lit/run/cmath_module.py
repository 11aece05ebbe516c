# RUN: %difftest %s
# cmath: the functions on complex numbers (ints and floats widen), the constants, CPython's
# branch cuts (the sign of a zero imaginary part picks the side), special values and errors.
# Finite results come from the C library, so they are compared within 1e-12.
import cmath
from cmath import phase, polar, rect


#export f_sqrt(complex)
def f_sqrt(z):
    return cmath.sqrt(z)


#export f_exp(complex)
def f_exp(z):
    return cmath.exp(z)


#export f_log(complex)
def f_log(z):
    return cmath.log(z)


#export f_log_base(complex, complex)
def f_log_base(z, b):
    return cmath.log(z, b)


#export f_log10(complex)
def f_log10(z):
    return cmath.log10(z)


#export f_trig(complex)
def f_trig(z):
    return (cmath.sin(z), cmath.cos(z), cmath.tan(z))


#export f_sin(complex)
def f_sin(z):
    return cmath.sin(z)


#export f_cos(complex)
def f_cos(z):
    return cmath.cos(z)


#export f_tan(complex)
def f_tan(z):
    return cmath.tan(z)


#export f_inverse_trig(complex)
def f_inverse_trig(z):
    return (cmath.asin(z), cmath.acos(z), cmath.atan(z))


#export f_atan(complex)
def f_atan(z):
    return cmath.atan(z)


#export f_hyperbolic(complex)
def f_hyperbolic(z):
    return (cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))


#export f_cosh(complex)
def f_cosh(z):
    return cmath.cosh(z)


#export f_inverse_hyperbolic(complex)
def f_inverse_hyperbolic(z):
    return (cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))


#export f_atanh(complex)
def f_atanh(z):
    return cmath.atanh(z)


#export f_polar(complex)
def f_polar(z):
    return (phase(z), polar(z))


#export f_rect(float, float)
def f_rect(r, phi):
    return rect(r, phi)


#export f_predicates(complex)
def f_predicates(z):
    return (cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))


#export f_isclose(complex, complex)
def f_isclose(a, b):
    return cmath.isclose(a, b)


#export widen(int, float)
def widen(n, x):
    return (cmath.sqrt(n), cmath.exp(x), cmath.phase(-1), cmath.isclose(n, x))


#export constants()
def constants():
    return (cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.nan != cmath.nan)

#check: constants()
#check-approx: f_sqrt(4)
#check-approx: f_sqrt(-4 + 0j)
#check-approx: f_sqrt(complex(-4, -0.0))
#check-approx: f_sqrt(3 - 4j)
#check: f_sqrt(complex(float("inf"), float("nan")))
#check: f_sqrt(complex(-float("inf"), 1))
#check: f_sqrt(complex(1, float("inf")))
#check: f_sqrt(0j)
#check: f_sqrt(complex(-0.0, -0.0))
#check-approx: f_exp(1 + 2j)
#check: f_exp(1000 + 0j)
#check: f_exp(complex(1, float("inf")))
#check: f_exp(complex(-float("inf"), 1))
#check: f_exp(complex(-float("inf"), float("inf")))
#check: f_exp(complex(float("inf"), 0.0))
#check-approx: f_log(-1 + 0j)
#check-approx: f_log(complex(-1, -0.0))
#check-approx: f_log(1e-300 + 1e-300j)
#check: f_log(0j)
#check: f_log(complex(-float("inf"), 0.0))
#check: f_log(complex(float("nan"), float("inf")))
#check-approx: f_log_base(8 + 0j, 2 + 0j)
#check: f_log_base(2 + 0j, 1 + 0j)
#check: f_log_base(0j, 2 + 0j)
#check: f_log_base(2 + 0j, 0j)
#check-approx: f_log10(100 + 0j)
#check-approx: f_log10(-10 + 1j)
#check: f_log10(0j)
#check-approx: f_trig(0.5 + 0.25j)
#check-approx: f_trig(-2 - 1j)
#check: f_sin(complex(float("inf"), 0.0))
#check: f_sin(complex(0.0, float("inf")))
#check: f_cos(complex(float("inf"), 1))
#check: f_cos(complex(float("nan"), 0.0))
#check: f_cos(complex(0.0, 800))
#check: f_tan(complex(float("inf"), 1))
#check: f_tan(complex(1, float("inf")))
#check-approx: f_inverse_trig(0.5 + 0.5j)
#check-approx: f_inverse_trig(2 + 0j)
#check-approx: f_inverse_trig(complex(2, -0.0))
#check-approx: f_inverse_trig(-3 + 1e-20j)
#check: f_inverse_trig(complex(float("inf"), 1))
#check: f_atan(1j)
#check: f_atan(-1j)
#check-approx: f_atan(complex(0.0, 2))
#check-approx: f_atan(complex(-0.0, 2))
#check-approx: f_hyperbolic(0.5 - 1.5j)
#check: f_cosh(complex(1000, 1))
#check: f_cosh(complex(1, float("inf")))
#check: f_cosh(complex(float("inf"), 0.0))
#check: f_hyperbolic(complex(float("nan"), 0.0))
#check-approx: f_inverse_hyperbolic(0.5 + 0.5j)
#check-approx: f_inverse_hyperbolic(complex(2, 0.0))
#check-approx: f_inverse_hyperbolic(complex(2, -0.0))
#check-approx: f_inverse_hyperbolic(complex(-0.5, 0.0))
#check: f_atanh(1 + 0j)
#check: f_atanh(-1 + 0j)
#check: f_atanh(complex(float("inf"), float("nan")))
#check: f_inverse_hyperbolic(complex(float("inf"), float("inf")))
#check-approx: f_polar(1 + 1j)
#check: f_polar(complex(-1, 0.0))
#check: f_polar(complex(-1, -0.0))
#check: f_polar(complex(1e308, 1e308))
#check: f_polar(complex(float("inf"), float("nan")))
#check-approx: f_rect(2.0, 0.5)
#check: f_rect(-2.0, 0.0)
#check: f_rect(2.0, -0.0)
#check: f_rect(1.0, float("inf"))
#check: f_rect(float("inf"), 1.0)
#check: f_rect(0.0, float("inf"))
#check: f_predicates(1 + 2j)
#check: f_predicates(complex(float("inf"), float("nan")))
#check: f_predicates(complex(1, float("nan")))
#check: f_isclose(1 + 1j, 1 + 1.0000000001j)
#check: f_isclose(1 + 1j, 1 + 1.001j)
#check: f_isclose(complex(float("inf"), 0), complex(float("inf"), 0))
#check: f_isclose(complex(float("inf"), 0), complex(float("inf"), 1))
#check-approx: widen(-9, 0.5)
