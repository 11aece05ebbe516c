# RUN: %difftest %s
# Insertion sort and bubble sort on copies of the argument; stability of equal keys.

#export insertion_sort(float list)
def insertion_sort(xs):
    out = [x for x in xs]
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out


#export bubble_sort(int list)
def bubble_sort(xs):
    out = [x for x in xs]
    n = len(out)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if out[j] > out[j + 1]:
                t = out[j]
                out[j] = out[j + 1]
                out[j + 1] = t
                swapped = True
        if not swapped:
            break
    return out


#export median(float list)
def median(xs):
    s = insertion_sort(xs)
    n = len(s)
    if n % 2 == 1:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2

#check: insertion_sort([3.0, -1.0, 2.5, 0.0, -0.0])
#check: insertion_sort([])
#check: bubble_sort([5, 2, 9, 1, 5, 6])
#check: bubble_sort([1])
#check: median([3.0, 1.0, 2.0])
#check: median([4.0, 1.0, 3.0, 2.0])
#check: median([])
