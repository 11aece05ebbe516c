// Python operator semantics on int_t, double and complex_t (values checked against CPython 3.11;
// cpython_cases_test.cpp covers many more operands).
#include "pyxc/arith.hpp"

#include <cstdint>
#include <limits>
#include <random>

#include "test_util.hpp"

using pyxc::complex_t;
using pyxc::int_t;

namespace {
constexpr int_t kMin = std::numeric_limits<int_t>::min();
constexpr int_t kMax = std::numeric_limits<int_t>::max();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr const char* kOverflow = "integer overflow: pyxc ints are 64-bit";
}  // namespace

TEST(Core, ExceptionNames) {
  EXPECT_STREQ(pyxc::exc_name(pyxc::exc_kind::ZeroDivisionError), "ZeroDivisionError");
  EXPECT_STREQ(pyxc::exc_name(pyxc::exc_kind::MemoryError), "MemoryError");
  try {
    pyxc::raise(pyxc::exc_kind::KeyError, std::string("k"));
  } catch (const std::exception& e) {
    EXPECT_STREQ(e.what(), "k");
  }
  EXPECT_TRUE(pyxc::None == pyxc::none_t{});
}

TEST(IntArith, CheckedAddSubMulNeg) {
  EXPECT_EQ(pyxc::add(int_t{2}, int_t{3}), 5);
  EXPECT_EQ(pyxc::sub(kMin + 1, 1), kMin);
  EXPECT_EQ(pyxc::mul(int_t{-3037000499}, int_t{3037000499}), -9223372030926249001);
  EXPECT_PY_RAISES(pyxc::add(kMax, int_t{1}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::sub(kMin, int_t{1}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::mul(int_t{1} << 32, int_t{1} << 31), OverflowError, kOverflow);
  EXPECT_EQ(pyxc::mul(int_t{1} << 32, -(int_t{1} << 31)), kMin);
  EXPECT_PY_RAISES(pyxc::neg(kMin), OverflowError, kOverflow);
  EXPECT_EQ(pyxc::neg(kMax), kMin + 1);
}

TEST(IntArith, FloorDivAndModOnNegatives) {
  EXPECT_EQ(pyxc::floordiv(int_t{-7}, int_t{2}), -4);
  EXPECT_EQ(pyxc::floordiv(int_t{7}, int_t{-2}), -4);
  EXPECT_EQ(pyxc::floordiv(int_t{-7}, int_t{-2}), 3);
  EXPECT_EQ(pyxc::floordiv(int_t{-8}, int_t{2}), -4);
  EXPECT_EQ(pyxc::mod(int_t{-7}, int_t{2}), 1);
  EXPECT_EQ(pyxc::mod(int_t{7}, int_t{-2}), -1);
  EXPECT_EQ(pyxc::mod(int_t{-7}, int_t{-2}), -1);
  EXPECT_EQ(pyxc::mod(int_t{-8}, int_t{2}), 0);
  EXPECT_EQ(pyxc::floordiv(kMin, int_t{1}), kMin);
  EXPECT_EQ(pyxc::mod(kMin, int_t{-1}), 0);
  EXPECT_EQ(pyxc::mod(kMin, kMax), kMax - 1);
  EXPECT_PY_RAISES(pyxc::floordiv(kMin, int_t{-1}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::floordiv(int_t{1}, int_t{0}), ZeroDivisionError, "integer division or modulo by zero");
  EXPECT_PY_RAISES(pyxc::mod(int_t{1}, int_t{0}), ZeroDivisionError, "integer modulo by zero");
}

TEST(IntArith, TrueDivIsCorrectlyRounded) {
  EXPECT_SAME_DOUBLE(pyxc::truediv(int_t{7}, int_t{2}), 3.5);
  EXPECT_SAME_DOUBLE(pyxc::truediv(int_t{0}, int_t{-5}), -0.0);
  // (2**53 + 1) / 1: the exact quotient rounds to even, 2**53.
  EXPECT_SAME_DOUBLE(pyxc::truediv((int_t{1} << 53) + 1, int_t{1}), 9007199254740992.0);
  // Python: (2**63-1) / 3 == 3.0744573456182584e+18, (2**62+1)/(2**62-1) == 1.0
  EXPECT_SAME_DOUBLE(pyxc::truediv(kMax, int_t{3}), 3.0744573456182584e+18);
  EXPECT_SAME_DOUBLE(pyxc::truediv((int_t{1} << 62) + 1, (int_t{1} << 62) - 1), 1.0);
  // Python: 12345678901234567 / 10 == 1234567890123456.8 (double rounding would give ...6.5)
  EXPECT_SAME_DOUBLE(pyxc::truediv(int_t{12345678901234567}, int_t{10}), 1234567890123456.8);
  EXPECT_SAME_DOUBLE(pyxc::truediv(kMin, int_t{-1}), 9.223372036854776e18);
  EXPECT_PY_RAISES(pyxc::truediv(int_t{1}, int_t{0}), ZeroDivisionError, "division by zero");
}

TEST(IntArith, Pow) {
  EXPECT_EQ(pyxc::pow(int_t{0}, int_t{0}), 1);
  EXPECT_EQ(pyxc::pow(int_t{2}, int_t{62}), int_t{1} << 62);
  EXPECT_EQ(pyxc::pow(int_t{-2}, int_t{63}), kMin);
  EXPECT_EQ(pyxc::pow(int_t{-1}, kMax), -1);
  EXPECT_EQ(pyxc::pow(int_t{3}, int_t{39}), 4052555153018976267);
  EXPECT_PY_RAISES(pyxc::pow(int_t{2}, int_t{63}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::pow(int_t{3}, int_t{40}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::pow(int_t{2}, int_t{-1}), ValueError,
                   "pyxc: int ** negative int gives a float in Python; write float(x) ** y");
}

TEST(IntArith, Shifts) {
  EXPECT_EQ(pyxc::lshift(int_t{1}, int_t{62}), int_t{1} << 62);
  EXPECT_EQ(pyxc::lshift(int_t{-1}, int_t{63}), kMin);
  EXPECT_EQ(pyxc::lshift(int_t{0}, int_t{1000}), 0);
  EXPECT_PY_RAISES(pyxc::lshift(int_t{1}, int_t{63}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::lshift(int_t{3}, int_t{62}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::lshift(int_t{1}, int_t{64}), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::lshift(int_t{1}, int_t{-1}), ValueError, "negative shift count");
  EXPECT_EQ(pyxc::rshift(int_t{-7}, int_t{1}), -4);
  EXPECT_EQ(pyxc::rshift(int_t{-7}, int_t{1000}), -1);
  EXPECT_EQ(pyxc::rshift(int_t{7}, int_t{64}), 0);
  EXPECT_PY_RAISES(pyxc::rshift(int_t{1}, int_t{-1}), ValueError, "negative shift count");
}

TEST(IntArith, Abs) {
  EXPECT_EQ(pyxc::abs(int_t{-5}), 5);
  EXPECT_PY_RAISES(pyxc::abs(kMin), OverflowError, kOverflow);
  EXPECT_SAME_DOUBLE(pyxc::abs(-0.0), 0.0);
  EXPECT_SAME_DOUBLE(pyxc::abs(complex_t(3, -4)), 5.0);
  EXPECT_SAME_DOUBLE(pyxc::abs(complex_t(kNan, -kInf)), kInf);
  EXPECT_TRUE(std::isnan(pyxc::abs(complex_t(kNan, 1))));
}

TEST(FloatArith, FloorDivAndMod) {
  EXPECT_SAME_DOUBLE(pyxc::floordiv(-7.0, 2.0), -4.0);
  EXPECT_SAME_DOUBLE(pyxc::floordiv(-0.0, 1.0), -0.0);
  EXPECT_SAME_DOUBLE(pyxc::floordiv(0.0, -1.0), -0.0);
  EXPECT_SAME_DOUBLE(pyxc::floordiv(5.0, kInf), 0.0);
  EXPECT_SAME_DOUBLE(pyxc::floordiv(-5.0, kInf), -1.0);
  EXPECT_TRUE(std::isnan(pyxc::floordiv(kInf, 1.0)));
  EXPECT_SAME_DOUBLE(pyxc::floordiv(1.0, 0.1), 9.0);  // Python: 1.0 // 0.1 == 9.0
  EXPECT_SAME_DOUBLE(pyxc::mod(-0.0, 5.0), 0.0);
  EXPECT_SAME_DOUBLE(pyxc::mod(0.0, -5.0), -0.0);
  EXPECT_SAME_DOUBLE(pyxc::mod(-7.0, 2.0), 1.0);
  EXPECT_SAME_DOUBLE(pyxc::mod(7.0, -2.0), -1.0);
  EXPECT_SAME_DOUBLE(pyxc::mod(5.0, kInf), 5.0);
  EXPECT_SAME_DOUBLE(pyxc::mod(-5.0, kInf), kInf);
  EXPECT_SAME_DOUBLE(pyxc::mod(1.0, 0.1), 0.09999999999999995);
  EXPECT_TRUE(std::isnan(pyxc::mod(kInf, 1.0)));
  EXPECT_PY_RAISES(pyxc::floordiv(1.0, 0.0), ZeroDivisionError, "float floor division by zero");
  EXPECT_PY_RAISES(pyxc::mod(1.0, -0.0), ZeroDivisionError, "float modulo");
  EXPECT_PY_RAISES(pyxc::truediv(1.0, 0.0), ZeroDivisionError, "float division by zero");
}

TEST(FloatArith, Pow) {
  EXPECT_SAME_DOUBLE(pyxc::pow(0.0, 0.0), 1.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(kNan, 0.0), 1.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(1.0, kNan), 1.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(-1.0, kInf), 1.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(-2.0, kInf), kInf);
  EXPECT_SAME_DOUBLE(pyxc::pow(-0.0, 3.0), -0.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(-0.0, 2.0), 0.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(-kInf, 3.0), -kInf);
  EXPECT_SAME_DOUBLE(pyxc::pow(-kInf, -3.0), -0.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(-8.0, 3.0), -512.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(-1.0, 1e300), 1.0);
  EXPECT_SAME_DOUBLE(pyxc::pow(1e-160, 2.0), 1e-320);
  EXPECT_PY_RAISES(pyxc::pow(0.0, -1.0), ZeroDivisionError, "0.0 cannot be raised to a negative power");
  EXPECT_PY_RAISES(pyxc::pow(-0.0, -1.5), ZeroDivisionError, "0.0 cannot be raised to a negative power");
  EXPECT_PY_RAISES(pyxc::pow(1e300, 2.0), OverflowError, "(34, 'Numerical result out of range')");
  EXPECT_PY_RAISES(pyxc::pow(10.0, 400.0), OverflowError, "(34, 'Numerical result out of range')");
  EXPECT_PY_RAISES(pyxc::pow(-8.0, 1.0 / 3.0), ValueError,
                   "pyxc: negative float raised to a non-integer power gives a complex in Python; "
                   "use complex(x) ** y");
}

TEST(FloatArith, SquareFastPathMatchesLibmPow) {
  std::mt19937_64 gen(42);
  std::uniform_real_distribution<double> mant(-1.0, 1.0);
  std::uniform_int_distribution<int> expo(-520, 520);
  for (int i = 0; i < 200000; ++i) {
    const double x = std::ldexp(mant(gen), expo(gen));
    volatile double two = 2.0;  // keep the compiler from folding pow(x, 2) into x * x
    const double want = std::pow(x, two);
    if (std::isinf(want)) continue;
    ASSERT_PRED2(same_double, pyxc::pow(x, 2.0), want) << x;
  }
}

TEST(ComplexArith, DivisionAndPow) {
  EXPECT_EQ(pyxc::truediv(complex_t(1, 2), complex_t(3, 4)), complex_t(0.44, 0.08));
  EXPECT_PY_RAISES(pyxc::truediv(complex_t(1, 0), complex_t(0, 0)), ZeroDivisionError,
                   "complex division by zero");
  EXPECT_EQ(pyxc::pow(complex_t(0, 0), complex_t(0, 0)), complex_t(1, 0));
  EXPECT_EQ(pyxc::pow(complex_t(0, 1), complex_t(2, 0)), complex_t(-1, 0));
  EXPECT_PY_RAISES(pyxc::pow(complex_t(0, 0), complex_t(-1, 0)), ZeroDivisionError,
                   "0.0 to a negative or complex power");
  EXPECT_PY_RAISES(pyxc::pow(complex_t(0, 0), complex_t(0, 1)), ZeroDivisionError,
                   "0.0 to a negative or complex power");
  EXPECT_PY_RAISES(pyxc::pow(complex_t(1e308, 0), complex_t(2, 0)), OverflowError,
                   "complex exponentiation");
  // Python: (-1+0j) ** (1e308+0j) -> ZeroDivisionError (libm sets EDOM for cos(inf)).
  EXPECT_PY_RAISES(pyxc::pow(complex_t(-1, 0), complex_t(1e308, 0)), ZeroDivisionError,
                   "0.0 to a negative or complex power");
  // Python: complex(inf, 0) ** 2 -> (nan+nanj), no error.
  const complex_t r = pyxc::pow(complex_t(kInf, 0), complex_t(2, 0));
  EXPECT_TRUE(std::isnan(r.real()) && std::isnan(r.imag()));
}

TEST(Conversions, ToInt) {
  EXPECT_EQ(pyxc::to_int(-2.7), -2);
  EXPECT_EQ(pyxc::to_int(-0x1p63), kMin);
  EXPECT_EQ(pyxc::to_int(9.2e18), 9200000000000000000);
  EXPECT_PY_RAISES(pyxc::to_int(0x1p63), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::to_int(-0x1p63 - 4096.0), OverflowError, kOverflow);
  EXPECT_PY_RAISES(pyxc::to_int(kNan), ValueError, "cannot convert float NaN to integer");
  EXPECT_PY_RAISES(pyxc::to_int(-kInf), OverflowError, "cannot convert float infinity to integer");
  EXPECT_SAME_DOUBLE(pyxc::to_float((int_t{1} << 53) + 1), 9007199254740992.0);
}

TEST(Conversions, ExactIntFloatComparison) {
  const int_t big = (int_t{1} << 53) + 1;
  EXPECT_FALSE(pyxc::eq(big, 9007199254740992.0));  // Python: 2**53+1 == 2.0**53 is False
  EXPECT_TRUE(pyxc::gt(big, 9007199254740992.0));
  EXPECT_TRUE(pyxc::lt(9007199254740992.0, big));
  EXPECT_TRUE(pyxc::lt(kMax, 0x1p63));
  EXPECT_TRUE(pyxc::eq(kMin, -0x1p63));
  EXPECT_TRUE(pyxc::gt(kMin, -kInf));
  EXPECT_TRUE(pyxc::lt(int_t{2}, 2.5));
  EXPECT_TRUE(pyxc::gt(int_t{-2}, -2.5));
  EXPECT_TRUE(pyxc::le(int_t{3}, 3.0));
  EXPECT_FALSE(pyxc::lt(int_t{1}, kNan));
  EXPECT_FALSE(pyxc::ge(int_t{1}, kNan));
  EXPECT_TRUE(pyxc::ne(int_t{1}, kNan));
  EXPECT_TRUE(pyxc::ne(kNan, int_t{1}));
}
