#export scale(float)
def scale(x):
    return 2 * x
