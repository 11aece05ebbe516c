// pyxc::range: lengths, negative steps, the ends of the int64 range.
#include "pyxc/range.hpp"

#include <cstdint>
#include <vector>

#include "test_util.hpp"

using pyxc::int_t;
using pyxc::range;

namespace {
std::vector<int_t> items(const range& r) {
  std::vector<int_t> v;
  for (int_t i : r) v.push_back(i);
  return v;
}
}  // namespace

TEST(Range, Basic) {
  EXPECT_EQ(items(range(4)), (std::vector<int_t>{0, 1, 2, 3}));
  EXPECT_EQ(items(range(-3)), (std::vector<int_t>{}));
  EXPECT_EQ(items(range(2, 5)), (std::vector<int_t>{2, 3, 4}));
  EXPECT_EQ(items(range(5, 2)), (std::vector<int_t>{}));
  EXPECT_EQ(items(range(0, 10, 3)), (std::vector<int_t>{0, 3, 6, 9}));
  EXPECT_EQ(items(range(10, 0, -3)), (std::vector<int_t>{10, 7, 4, 1}));
  EXPECT_EQ(items(range(0, 10, -1)), (std::vector<int_t>{}));
  EXPECT_EQ(range(0, 10, 3).size(), 4);
  EXPECT_EQ(range(10, -10, -7).size(), 3);
  EXPECT_PY_RAISES(range(0, 1, 0), ValueError, "range() arg 3 must not be zero");
}

TEST(Range, EndsOfInt64) {
  EXPECT_EQ(items(range(INT64_MAX - 2, INT64_MAX)), (std::vector<int_t>{INT64_MAX - 2, INT64_MAX - 1}));
  EXPECT_EQ(items(range(INT64_MIN, INT64_MIN + 2)), (std::vector<int_t>{INT64_MIN, INT64_MIN + 1}));
  EXPECT_EQ(items(range(INT64_MAX, INT64_MIN, INT64_MIN)),
            (std::vector<int_t>{INT64_MAX, -1}));
  EXPECT_EQ(items(range(INT64_MIN, INT64_MAX, INT64_MAX)),
            (std::vector<int_t>{INT64_MIN, -1, INT64_MAX - 1}));
  // 4 items whose step * count wraps to 0 mod 2**64.
  EXPECT_EQ(range(INT64_MIN, INT64_MAX, int_t{1} << 62).size(), 4);
  EXPECT_EQ(items(range(INT64_MIN, INT64_MAX, int_t{1} << 62)).size(), 4u);
  EXPECT_EQ(range(INT64_MIN, INT64_MAX, 2).count(), std::uint64_t{1} << 63);
  EXPECT_EQ(range(INT64_MIN + 1, INT64_MAX, 2).size(), INT64_MAX);
  // len(range(-2**63, 2**63 - 1)) is 2**64 - 1: CPython's len() raises OverflowError.
  EXPECT_PY_RAISES(range(INT64_MIN, INT64_MAX).size(), OverflowError,
                   "Python int too large to convert to C ssize_t");
  EXPECT_EQ(range(INT64_MIN, INT64_MAX).count(), UINT64_MAX);
}

TEST(Range, IndexAndContains) {
  range r(10, 0, -3);  // 10 7 4 1
  EXPECT_EQ(r[0], 10);
  EXPECT_EQ(r[-1], 1);
  EXPECT_PY_RAISES(r[4], IndexError, "range object index out of range");
  EXPECT_PY_RAISES(r[-5], IndexError, "range object index out of range");
  EXPECT_TRUE(r.contains(7));
  EXPECT_FALSE(r.contains(8));
  EXPECT_FALSE(r.contains(-2));
  EXPECT_FALSE(r.contains(13));
  EXPECT_TRUE(range(0, 10, 2).contains(8));
  EXPECT_FALSE(range(0, 10, 2).contains(10));
}
