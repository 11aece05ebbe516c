// len, sum, min, max, any, all and truthiness, checked against CPython 3.11.
#include "pyxc/builtins.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "test_util.hpp"

using pyxc::complex_t;
using pyxc::int_t;
using pyxc::list;
using pyxc::range;

namespace {
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
}

TEST(Builtins, Len) {
  EXPECT_EQ(pyxc::len(list<double>{1, 2}), 2);
  EXPECT_EQ(pyxc::len(range(3, 10, 2)), 4);
  EXPECT_EQ(pyxc::len(pyxc::str("h\xc3\xa9llo")), 5);  // len("héllo") counts code points
}

TEST(Builtins, SumIsSequentialLikeCPython) {
  list<double> tenths;
  for (int i = 0; i < 10; ++i) tenths.append(0.1);
  EXPECT_SAME_DOUBLE(pyxc::sum(tenths), 0.9999999999999999);  // Python 3.11: sum([0.1]*10)
  EXPECT_SAME_DOUBLE(pyxc::sum(list<double>{-0.0}), 0.0);     // 0 + -0.0
  EXPECT_SAME_DOUBLE(pyxc::sum(list<double>{-0.0}, -0.0), -0.0);
  EXPECT_SAME_DOUBLE(pyxc::sum(list<double>{1e100, 1.0, -1e100}), 0.0);
  EXPECT_SAME_DOUBLE(pyxc::sum(list<double>{}), 0.0);
  EXPECT_EQ(pyxc::sum(list<int_t>{1, 2, 3}), 6);
  EXPECT_EQ(pyxc::sum(range(101)), 5050);
  EXPECT_EQ(pyxc::sum(list<bool>{true, true, false}), 2);
  EXPECT_PY_RAISES(pyxc::sum(list<int_t>{INT64_MAX, 1}), OverflowError,
                   "integer overflow: pyxc ints are 64-bit");
  EXPECT_EQ(pyxc::sum(list<int_t>{INT64_MAX, 1, -1}, int_t{-1}), INT64_MAX - 1);
  EXPECT_SAME_DOUBLE(pyxc::sum(list<int_t>{1, 2}, 0.5), 3.5);
  EXPECT_EQ(pyxc::sum(list<complex_t>{{1, -0.0}}), complex_t(1, 0));
  EXPECT_FALSE(std::signbit(pyxc::sum(list<complex_t>{{1, -0.0}}).imag()));
  EXPECT_EQ(pyxc::sum(list<double>{1.5}, complex_t(0, 1)), complex_t(1.5, 1));
  auto joined = pyxc::sum(list<list<int_t>>{{1}, {2, 3}}, list<int_t>{});
  EXPECT_TRUE((joined == list<int_t>{1, 2, 3}));
}

TEST(Builtins, MinMax) {
  EXPECT_EQ(pyxc::min(list<int_t>{3, 1, 2}), 1);
  EXPECT_EQ(pyxc::max(list<int_t>{3, 1, 2}), 3);
  EXPECT_EQ(pyxc::max(range(5)), 4);
  EXPECT_EQ(pyxc::min(list<std::string>{"b", "a", "c"}), "a");
  EXPECT_PY_RAISES(pyxc::min(list<double>{}), ValueError, "min() arg is an empty sequence");
  EXPECT_PY_RAISES(pyxc::max(range(0)), ValueError, "max() arg is an empty sequence");
  // CPython compares sequentially: a leading NaN wins, a later NaN is skipped.
  EXPECT_TRUE(std::isnan(pyxc::max(list<double>{kNan, 1.0, 2.0})));
  EXPECT_EQ(pyxc::max(list<double>{1.0, kNan, 2.0}), 2.0);
  EXPECT_TRUE(std::isnan(pyxc::min(kNan, 1.0)));
  EXPECT_EQ(pyxc::min(1.0, kNan), 1.0);
  EXPECT_EQ(pyxc::max(int_t{1}, int_t{5}, int_t{3}), 5);
  EXPECT_EQ(pyxc::min(int_t{4}, int_t{5}, int_t{-3}, int_t{0}), -3);
  // The first of equal items wins: -0.0 and 0.0 compare equal.
  EXPECT_TRUE(std::signbit(pyxc::max(-0.0, 0.0)));
  EXPECT_FALSE(std::signbit(pyxc::min(0.0, -0.0)));
  EXPECT_TRUE(std::signbit(pyxc::max(list<double>{-0.0, 0.0})));
  EXPECT_TRUE((pyxc::max(list<int_t>{1, 2}, list<int_t>{1, 3}) == list<int_t>{1, 3}));
}

TEST(Builtins, Truthiness) {
  EXPECT_FALSE(pyxc::to_bool(int_t{0}));
  EXPECT_TRUE(pyxc::to_bool(int_t{-1}));
  EXPECT_FALSE(pyxc::to_bool(-0.0));
  EXPECT_TRUE(pyxc::to_bool(kNan));
  EXPECT_TRUE(pyxc::to_bool(complex_t(0, 1)));
  EXPECT_FALSE(pyxc::to_bool(complex_t(0, -0.0)));
  EXPECT_FALSE(pyxc::to_bool(pyxc::str()));
  EXPECT_TRUE(pyxc::to_bool(pyxc::str("0")));
  EXPECT_FALSE(pyxc::to_bool(list<int_t>{}));
  EXPECT_TRUE(pyxc::to_bool(list<int_t>{0}));
  EXPECT_FALSE(pyxc::to_bool(pyxc::None));
  EXPECT_FALSE(pyxc::to_bool(range(0)));
  EXPECT_TRUE(pyxc::any(list<double>{0.0, kNan}));
  EXPECT_FALSE(pyxc::all(list<int_t>{1, 0}));
  EXPECT_TRUE(pyxc::all(list<int_t>{}));
}
