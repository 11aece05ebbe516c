# RUN: %difftest %s
# Exceptions a function raises and catches itself (compiled to jumps, not C++ throws): raise
# statements, divisions by zero and missing dict keys in a try body, with finally blocks,
# nested trys, else blocks, re-raises and handlers that do not match.


#export safe_ratios(float list, float list)
def safe_ratios(num, den):
    out = []
    for a, b in zip(num, den):
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(0.0)
    return out


#export int_ops(int, int)
def int_ops(a, b):
    out = []
    for op in range(3):
        try:
            if op == 0:
                out.append(str(a // b))
            elif op == 1:
                r = a % b
                out.append(str(r))
            else:
                out.append(str(a / b))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


#export float_ops(float, float)
def float_ops(a, b):
    out = []
    for op in range(3):
        try:
            if op == 0:
                x = a // b
            elif op == 1:
                x = a % b
            else:
                x = a / b
            out.append(str(x))
        except ArithmeticError as e:
            out.append("error: " + str(e))
    return out


#export lookup(str list, str)
def lookup(words, w):
    counts = {}
    for x in words:
        try:
            counts[x] += 1
        except KeyError:
            counts[x] = 1
    try:
        n = counts[w]
    except KeyError as e:
        return "missing " + str(e)
    return "found " + str(n)


#export classify(int)
def classify(n):
    try:
        if n < 0:
            raise ValueError("negative")
        if n == 0:
            raise ZeroDivisionError("zero")
        if n > 100:
            raise KeyError("big")
        result = "ok"
    except ValueError as e:
        result = "value: " + str(e)
    except ArithmeticError as e:
        result = "arith: " + str(e)
    return result


#export escapes(int)
def escapes(n):
    # Not caught here: the KeyError leaves the function.
    try:
        if n > 100:
            raise KeyError("big")
        return n
    except ValueError:
        return -1


#export nested(int)
def nested(n):
    log = []
    try:
        try:
            if n == 1:
                raise ValueError("inner")
            if n == 2:
                raise IndexError("outer")
            log.append("body")
        except ValueError as e:
            log.append("caught " + str(e))
            if n == 1:
                raise
        finally:
            log.append("finally")
    except Exception as e:
        log.append("outer " + str(e))
    return log


#export else_block(float, float)
def else_block(a, b):
    try:
        q = a / b
    except ZeroDivisionError:
        return "div0"
    else:
        return "q=" + str(q)


#export order_matters(float, float)
def order_matters(a, b):
    # The call comes first: it must run (and raise) before the division is checked.
    log = []
    try:
        x = note(log, a) / b
        log.append("ok")
    except ZeroDivisionError:
        log.append("div0")
    except ValueError:
        log.append("value")
    return log


def note(log, a):
    log.append("called")
    if a < 0.0:
        raise ValueError("neg")
    return a


#export handler_in_loop(int list)
def handler_in_loop(xs):
    total = 0
    for x in xs:
        try:
            if x % 3 == 0:
                raise ValueError("skip")
            total += 100 // x
        except ValueError:
            continue
        except ZeroDivisionError:
            break
    return total


#export raise_from_handler(int)
def raise_from_handler(n):
    try:
        try:
            if n > 0:
                raise KeyError("k")
        except KeyError:
            raise ValueError("converted")
    except ValueError as e:
        return "got " + str(e)
    return "none"


#export unmatched_then_finally(int)
def unmatched_then_finally(n):
    log = []
    try:
        try:
            if n > 0:
                raise IndexError("idx")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("finally")
    except IndexError as e:
        log.append("outer " + str(e))
    return log


#check: safe_ratios([1.0, 2.0, 3.0], [2.0, 0.0, -0.0])
#check: safe_ratios([], [])
#check: int_ops(7, 2)
#check: int_ops(7, 0)
#check: int_ops(-7, 0)
#check: float_ops(7.5, 2.0)
#check: float_ops(7.5, 0.0)
#check: lookup(["a", "b", "a"], "a")
#check: lookup(["a", "b", "a"], "z")
#check: lookup([], "")
#check: classify(5)
#check: classify(-1)
#check: classify(0)
#check: escapes(3)
#check: escapes(101)
#check: nested(0)
#check: nested(1)
#check: nested(2)
#check: else_block(1.0, 4.0)
#check: else_block(1.0, 0.0)
#check: order_matters(1.0, 2.0)
#check: order_matters(1.0, 0.0)
#check: order_matters(-1.0, 0.0)
#check: handler_in_loop([1, 2, 3, 4])
#check: handler_in_loop([1, 3, 0, 5])
#check: raise_from_handler(1)
#check: raise_from_handler(0)
#check: unmatched_then_finally(1)
#check: unmatched_then_finally(0)
#check: classify(101)


#export exception_text(int)
def exception_text(n):
    try:
        if n == 0:
            raise ValueError("bad value")
        if n == 1:
            raise RuntimeError()
        d = {"a": 1}
        return str(d["b" * n]), "", ""
    except Exception as e:
        return str(e), repr(e), f"{e}"


#check: exception_text(0)
#check: exception_text(1)
#check: exception_text(2)
