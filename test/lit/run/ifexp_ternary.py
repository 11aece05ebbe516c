# RUN: %difftest %s
# Conditional expressions `a if cond else b`.

#export relu(float)
def relu(x):
    return x if x > 0.0 else 0.0


#export collatz_step(int)
def collatz_step(n):
    return n // 2 if n % 2 == 0 else 3 * n + 1


#export abs_diff_list(int list, int list)
def abs_diff_list(xs, ys):
    return [xs[i] - ys[i] if xs[i] > ys[i] else ys[i] - xs[i] for i in range(len(xs))]

#check: relu(2.5)
#check: relu(-2.5)
#check: relu(-0.0)
#check: collatz_step(6)
#check: collatz_step(7)
#check: abs_diff_list([1, 5, 3], [4, 2, 3])
#check: abs_diff_list([], [])
