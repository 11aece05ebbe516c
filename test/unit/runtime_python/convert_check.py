"""Checks pyxc/python/convert.hpp and float_list_view.hpp through convert_check.cpp's module."""
import pyxc_convert_check as m

NI = NotImplemented


def check(got, want):
    assert type(got) is type(want) and got == want, (got, want)


class MyInt(int):
    pass


class MyFloat(float):
    pass


check(m.rt_int(5), 5)
check(m.rt_int(True), 1)
check(m.rt_int(MyInt(7)), 7)
check(m.rt_int(-2**63), -2**63)
assert m.rt_int(2**63) is NI
assert m.rt_int(1.0) is NI
assert m.rt_int("1") is NI
check(m.rt_float(1.5), 1.5)
check(m.rt_float(3), 3.0)
check(m.rt_float(MyFloat(2.5)), 2.5)
assert m.rt_float(10**400) is NI
assert m.rt_float(1j) is NI
check(m.rt_bool(True), True)
assert m.rt_bool(1) is NI
check(m.rt_complex(1 + 2j), 1 + 2j)
check(m.rt_complex(2), 2 + 0j)
check(m.rt_complex(0.5), 0.5 + 0j)
check(m.rt_str("héllo €"), "héllo €")
assert m.rt_str("\ud800") is NI
assert m.rt_str(b"x") is NI
assert m.rt_none(None) is None
assert m.rt_none(0) is NI
check(m.rt_float_list([1.0, 2, MyFloat(3.0)]), [1.0, 2.0, 3.0])
assert m.rt_float_list([1.0, "x"]) is NI
assert m.rt_float_list((1.0,)) is NI
check(m.rt_bool_list([True, False]), [True, False])
assert m.rt_bool_list([True, 0]) is NI
check(m.rt_matrix([[1.0, 2.0], [], [3]]), [[1.0, 2.0], [], [3.0]])
assert m.rt_matrix([[1.0], 2.0]) is NI
check(m.rt_tuple((1, "a", [1j, 2])), (1, "a", [1j, 2 + 0j]))
assert m.rt_tuple((1, "a")) is NI
assert m.rt_tuple([1, "a", []]) is NI

check(m.view_stats([1.0, 5.0, -2.0]), (4.0, -2.0, 5.0, 3, -2.0))
check(m.view_stats([1.0, 5, -2.0]), "fallback")
check(m.view_stats([1.0, MyFloat(5)]), "fallback")
try:
    m.view_stats([])
except ValueError as e:
    assert str(e) == "min() arg is an empty sequence", e
else:
    raise AssertionError("no ValueError")

for k, (exc, msg) in enumerate([(ZeroDivisionError, "integer division or modulo by zero"),
                                (ValueError, "math domain error"),
                                (IndexError, "list index out of range"),
                                (MemoryError, ""), (RuntimeError, "boom")]):
    try:
        m.raise_kind(k)
    except Exception as e:  # noqa: BLE001
        assert type(e) is exc and str(e) == msg, (k, e)
    else:
        raise AssertionError(k)
print("convert_check: all passed")
