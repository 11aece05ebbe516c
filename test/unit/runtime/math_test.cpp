// pyxc::math: CPython 3.11's math module errors and special values (values checked with
// /usr/bin/python3; cpython_cases_test.cpp replays many more operands).
#include "pyxc/math.hpp"

#include <cmath>
#include <limits>

#include "test_util.hpp"

namespace m = pyxc::math;
using pyxc::int_t;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr const char* kDomain = "math domain error";
constexpr const char* kRange = "math range error";
}  // namespace

TEST(Math, Constants) {
  EXPECT_SAME_DOUBLE(m::pi, 3.141592653589793);
  EXPECT_SAME_DOUBLE(m::tau, 2 * m::pi);
  EXPECT_SAME_DOUBLE(m::e, std::exp(1.0));
  EXPECT_TRUE(std::isinf(m::inf) && std::isnan(m::nan));
}

TEST(Math, DomainAndRangeErrors) {
  EXPECT_PY_RAISES(m::sqrt(-1.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::sqrt(-kInf), ValueError, kDomain);
  EXPECT_SAME_DOUBLE(m::sqrt(-0.0), -0.0);
  EXPECT_PY_RAISES(m::exp(1000.0), OverflowError, kRange);
  EXPECT_SAME_DOUBLE(m::exp(-kInf), 0.0);
  EXPECT_SAME_DOUBLE(m::exp(kInf), kInf);
  EXPECT_PY_RAISES(m::log(0.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::log(-0.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::log(-kInf), ValueError, kDomain);
  EXPECT_SAME_DOUBLE(m::log(kInf), kInf);
  EXPECT_TRUE(std::isnan(m::log(kNan)));
  EXPECT_SAME_DOUBLE(m::log(8.0, 2.0), 3.0);
  EXPECT_PY_RAISES(m::log(10.0, 1.0), ZeroDivisionError, "float division by zero");
  EXPECT_PY_RAISES(m::log2(-1.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::log10(0.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::log1p(-1.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::expm1(1000.0), OverflowError, kRange);
  EXPECT_PY_RAISES(m::asin(2.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::acosh(0.5), ValueError, kDomain);
  EXPECT_PY_RAISES(m::atanh(1.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::cosh(1000.0), OverflowError, kRange);
  EXPECT_PY_RAISES(m::sin(kInf), ValueError, kDomain);
  EXPECT_PY_RAISES(m::tan(-kInf), ValueError, kDomain);
  EXPECT_PY_RAISES(m::fmod(1.0, 0.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::fmod(kInf, 1.0), ValueError, kDomain);
  EXPECT_SAME_DOUBLE(m::fmod(-5.0, kInf), -5.0);
  EXPECT_SAME_DOUBLE(m::fmod(-7.0, 2.0), -1.0);  // C fmod: sign of x, unlike %
}

TEST(Math, Pow) {
  EXPECT_PY_RAISES(m::pow(0.0, -1.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::pow(-1.0, 0.5), ValueError, kDomain);
  EXPECT_PY_RAISES(m::pow(10.0, 400.0), OverflowError, kRange);
  EXPECT_SAME_DOUBLE(m::pow(kNan, 0.0), 1.0);
  EXPECT_SAME_DOUBLE(m::pow(1.0, kNan), 1.0);
  EXPECT_SAME_DOUBLE(m::pow(-kInf, 3.0), -kInf);
  EXPECT_SAME_DOUBLE(m::pow(-kInf, -3.0), -0.0);
  EXPECT_SAME_DOUBLE(m::pow(0.5, -kInf), kInf);
  EXPECT_SAME_DOUBLE(m::pow(-2.0, 3.0), -8.0);
  EXPECT_SAME_DOUBLE(m::pow(2.0, -1074.0), 5e-324);
}

TEST(Math, RoundingToInt) {
  EXPECT_EQ(m::floor(-2.5), -3);
  EXPECT_EQ(m::ceil(-2.5), -2);
  EXPECT_EQ(m::trunc(-2.5), -2);
  EXPECT_EQ(m::floor(int_t{7}), 7);
  EXPECT_PY_RAISES(m::floor(kNan), ValueError, "cannot convert float NaN to integer");
  EXPECT_PY_RAISES(m::ceil(kInf), OverflowError, "cannot convert float infinity to integer");
  EXPECT_PY_RAISES(m::floor(1e19), OverflowError, "integer overflow: pyxc ints are 64-bit");
}

TEST(Math, SpecialFunctions) {
  EXPECT_SAME_DOUBLE(m::gamma(5.0), 24.0);
  EXPECT_SAME_DOUBLE(m::gamma(23.0), 1124000727777607680000.0);
  EXPECT_SAME_DOUBLE(m::gamma(-0.5), -3.544907701811032);
  EXPECT_PY_RAISES(m::gamma(0.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::gamma(-1.0), ValueError, kDomain);
  EXPECT_PY_RAISES(m::gamma(-kInf), ValueError, kDomain);
  EXPECT_PY_RAISES(m::gamma(171.7), OverflowError, kRange);
  EXPECT_PY_RAISES(m::gamma(1e-320), OverflowError, kRange);
  EXPECT_SAME_DOUBLE(m::lgamma(-0.5), 1.265512123484645);
  EXPECT_SAME_DOUBLE(m::lgamma(2.0), 0.0);
  EXPECT_SAME_DOUBLE(m::lgamma(-kInf), kInf);
  EXPECT_PY_RAISES(m::lgamma(-2.0), ValueError, kDomain);
  EXPECT_SAME_DOUBLE(m::erf(1.5), 0.9661051464753108);
  EXPECT_SAME_DOUBLE(m::erfc(0.0), 1.0);
}

TEST(Math, TwoArgument) {
  EXPECT_SAME_DOUBLE(m::hypot(3.0, 4.0), 5.0);
  EXPECT_SAME_DOUBLE(m::hypot(kNan, -kInf), kInf);
  EXPECT_TRUE(std::isnan(m::hypot(kNan, 1.0)));
  EXPECT_SAME_DOUBLE(m::hypot(-0.0, 0.0), 0.0);
  EXPECT_SAME_DOUBLE(m::hypot(1e308, 1e308), 1.4142135623730952e308);
  EXPECT_SAME_DOUBLE(m::atan2(0.0, -0.0), m::pi);
  EXPECT_SAME_DOUBLE(m::atan2(-0.0, -0.0), -m::pi);
  EXPECT_SAME_DOUBLE(m::atan2(kInf, -kInf), 0.75 * m::pi);
  EXPECT_SAME_DOUBLE(m::copysign(1.0, -0.0), -1.0);
  EXPECT_SAME_DOUBLE(m::remainder(5.0, 2.0), 1.0);
  EXPECT_SAME_DOUBLE(m::remainder(7.0, 2.0), -1.0);
  EXPECT_PY_RAISES(m::remainder(1.0, 0.0), ValueError, kDomain);
  EXPECT_SAME_DOUBLE(m::degrees(1.0), 57.29577951308232);
  EXPECT_SAME_DOUBLE(m::radians(180.0), m::pi);
}

TEST(Math, IsClose) {
  EXPECT_TRUE(m::isclose(1.0, 1.0 + 1e-10));
  EXPECT_FALSE(m::isclose(1.0, 1.0 + 1e-8));
  EXPECT_TRUE(m::isclose(kInf, kInf));
  EXPECT_FALSE(m::isclose(kInf, -kInf));
  EXPECT_FALSE(m::isclose(kNan, kNan));
  EXPECT_TRUE(m::isclose(0.0, 1e-10, 1e-9, 1e-9));
  EXPECT_PY_RAISES(m::isclose(1.0, 1.0, -1.0), ValueError, "tolerances must be non-negative");
  EXPECT_TRUE(m::isnan(kNan) && m::isinf(-kInf) && m::isfinite(0.0));
}

TEST(Math, IntegerFunctions) {
  EXPECT_EQ(m::factorial(0), 1);
  EXPECT_EQ(m::factorial(20), 2432902008176640000);
  EXPECT_PY_RAISES(m::factorial(21), OverflowError, "integer overflow: pyxc ints are 64-bit");
  EXPECT_PY_RAISES(m::factorial(-1), ValueError, "factorial() not defined for negative values");
  EXPECT_EQ(m::gcd(-4, 6), 2);
  EXPECT_EQ(m::gcd(0, 0), 0);
  EXPECT_EQ(m::gcd(INT64_MIN, 6), 2);
  EXPECT_PY_RAISES(m::gcd(INT64_MIN, 0), OverflowError, "integer overflow: pyxc ints are 64-bit");
  EXPECT_EQ(m::lcm(-4, 6), 12);
  EXPECT_EQ(m::isqrt(INT64_MAX), 3037000499);
  EXPECT_EQ(m::isqrt(15), 3);
  EXPECT_EQ(m::isqrt(16), 4);
  EXPECT_PY_RAISES(m::isqrt(-1), ValueError, "isqrt() argument must be nonnegative");
}
