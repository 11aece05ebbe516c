# RUN: %difftest %s
# np.linalg.det, inv and solve by LU with partial pivoting: numpy uses LAPACK (blocked, its own
# operation order), so values are compared to 1e-12; singular matrices raise numpy's
# LinAlgError, non-square ones too, and a b of the wrong length numpy's ValueError.
import numpy as np


#export det(float64[:,:])
#export det(int64[:,:])
def det(a):
    return np.linalg.det(a)


#export inv(float64[:,:])
def inv(a):
    return np.linalg.inv(a)


#export solve(float64[:,:], float64[])
#export solve(float64[:,:], float64[:,:])
#export solve(int64[:,:], int64[])
def solve(a, b):
    return np.linalg.solve(a, b)


#export roundtrip(float64[:,:], float64[])
def roundtrip(a, b):
    x = np.linalg.solve(a, b)
    return np.max(np.abs(a @ x - b)) < 1e-9, np.max(np.abs(np.linalg.inv(a) @ a - np.eye(a.shape[0]))) < 1e-9


#check-approx: det(np.array([[4.0, 3.0], [6.0, 3.0]]))
#check-approx: det(np.array([[2.0, -1.0, 0.5], [1.0, 3.0, 2.0], [0.0, 5.0, -4.0]]))
#check-approx: det(np.array([[0.0, 1.0], [1.0, 0.0]]))
#check-approx: det(np.array([[1, 2], [3, 4]], dtype=np.int64))
#check: det(np.array([[1.0, 2.0], [2.0, 4.0]]))
#check: det(np.zeros((0, 0)))
#check: det(np.ones((2, 3)))
#check-approx: det(np.array([[5.0, 7.0, 6.0, 5.0], [7.0, 10.0, 8.0, 7.0], [6.0, 8.0, 10.0, 9.0], [5.0, 7.0, 9.0, 10.0]]))
#check-approx: inv(np.array([[4.0, 7.0], [2.0, 6.0]]))
#check-approx: inv(np.array([[2.0, -1.0, 0.5], [1.0, 3.0, 2.0], [0.0, 5.0, -4.0]]))
#check-approx: inv(np.array([[5.0, 7.0, 6.0, 5.0], [7.0, 10.0, 8.0, 7.0], [6.0, 8.0, 10.0, 9.0], [5.0, 7.0, 9.0, 10.0]]))
#check: inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
#check: inv(np.ones((3, 2)))
#check: inv(np.zeros((0, 0)))
#check-approx: solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0]))
#check-approx: solve(np.array([[2.0, -1.0, 0.5], [1.0, 3.0, 2.0], [0.0, 5.0, -4.0]]), np.array([1.0, 2.0, 3.0]))
#check-approx: solve(np.array([[2.0, -1.0, 0.5], [1.0, 3.0, 2.0], [0.0, 5.0, -4.0]]), np.arange(1.0, 7.0).reshape(3, 2))
#check-approx: solve(np.array([[3, 1], [1, 2]], dtype=np.int64), np.array([9, 8], dtype=np.int64))
#check-approx: solve(np.array([[3.0, 1.0], [1.0, 2.0]])[::-1, ::-1], np.array([9.0, 8.0, 7.0])[::2])
#check: solve(np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([1.0, 2.0]))
#check: solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0, 1.0]))
#check: solve(np.array([[3.0, 1.0], [1.0, 2.0]]), np.ones((3, 2)))
#check: solve(np.ones((2, 3)), np.array([9.0, 8.0]))
#check: roundtrip(np.cos(np.arange(64.0)).reshape(8, 8) + 4.0 * np.eye(8), np.sin(np.arange(8.0)))
