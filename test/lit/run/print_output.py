# print() in compiled code writes to Python's sys.stdout, exactly as CPython prints, in order
# with the interpreter's own output.
# RUN: rm -rf %t && mkdir %t && %pyxc %s -o %t/printer.so
# RUN: %python %s > %t/python.txt
# RUN: cd %t && %python -c "print('before'); import printer; printer.show(3); print('after')" > %t/compiled.txt
# RUN: diff %t/python.txt %t/compiled.txt


#export show(int)
def show(n):
    xs = [i * 0.5 for i in range(n)]
    print("n =", n, "xs:", xs)
    print(1, 2.5, True, None, "text", (1, "a"), {"k": [1, 2]}, {3}, 1e20, -0.0, 1j, sep=" | ")
    print("no newline", end="")
    print()
    for i in range(n):
        print(f"{i:>3}|{i * i:<4}|", end="\n")
    return n


if __name__ == "__main__":
    print("before")
    show(3)
    print("after")
