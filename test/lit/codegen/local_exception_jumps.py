# An exception a function raises and catches itself is a jump to its handler, not a C++
# throw: `raise` in a try body, and a division whose divisor is checked before the statement.
# A proven non-None optional is read without a check; a maybe-None one through pyxc::unwrap.
# RUN: %pyxc %s -e -o - | FileCheck %s


#export safe_ratios(float list, float list)
def safe_ratios(num, den):
    # CHECK-LABEL: safe_ratios__float_list_float_list(
    # CHECK: if (b == 0) {
    # CHECK-NEXT: [[CAUGHT:caught[0-9_]*]] = pyxc::exception(pyxc::exc_kind::ZeroDivisionError, "float division by zero");
    # CHECK-NEXT: goto [[HANDLER:handler[0-9_]*]];
    # CHECK: [[HANDLER]]:
    # CHECK-NEXT: if (pyxc::exc_matches([[CAUGHT]].kind, pyxc::exc_kind::ZeroDivisionError)) {
    out = []
    for a, b in zip(num, den):
        try:
            out.append(a / b)
        except ZeroDivisionError:
            out.append(0.0)
    return out


#export classify(int)
def classify(n):
    # CHECK-LABEL: classify(
    # CHECK-NOT: pyxc::raise(
    # CHECK: goto handler
    # CHECK: return
    try:
        if n < 0:
            raise ValueError("negative")
        result = "ok"
    except ValueError:
        result = "negative"
    return result


#export largest(float list)
def largest(xs):
    # CHECK-LABEL: largest{{[_a-z]*}}(
    # CHECK: std::optional<double> best = std::optional<double>();
    # CHECK: if (!best.has_value() || (x > (*best))) {
    # CHECK: return best;
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


#export plus_one(float list)
def plus_one(xs):
    # CHECK-LABEL: plus_one{{[_a-z]*}}(
    # CHECK: pyxc::unwrap(largest{{[_a-z]*}}(xs), pyxc::exc_kind::TypeError, "unsupported operand type(s) for +: 'NoneType' and 'float'")
    return largest(xs) + 1.0
