# RUN: %difftest %s
# Polynomials as coefficient lists: Horner evaluation, derivative, product.

#export horner(float list, float)
def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


#export derivative(int list)
def derivative(coeffs):
    n = len(coeffs) - 1
    return [coeffs[i] * (n - i) for i in range(n)]


#export poly_mul(int list, int list)
def poly_mul(a, b):
    out = [0 for i in range(len(a) + len(b) - 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            out[i + j] += a[i] * b[j]
    return out

#check: horner([1.0, -3.0, 2.0], 0.5)
#check: horner([2.0, 0.0, -1.0, 0.1], -1.7)
#check: horner([], 3.0)
#check: derivative([3, 2, 1])
#check: derivative([5])
#check: poly_mul([1, 1], [1, -1])
#check: poly_mul([1, 2, 3], [4, 5])
