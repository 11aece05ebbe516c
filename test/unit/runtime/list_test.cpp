// pyxc::list: Python indexing, reference semantics, list<bool>, nesting, iteration.
#include "pyxc/list.hpp"

#include <complex>
#include <string>
#include <tuple>
#include <type_traits>

#include "test_util.hpp"

using pyxc::int_t;
using pyxc::list;

TEST(List, IndexingCountsFromTheEnd) {
  list<double> xs{1.5, 2.5, 3.5};
  EXPECT_EQ(xs.size(), 3);
  EXPECT_EQ(xs[0], 1.5);
  EXPECT_EQ(xs[-1], 3.5);
  EXPECT_EQ(xs[-3], 1.5);
  xs[-2] = 7.0;
  EXPECT_EQ(xs[1], 7.0);
  EXPECT_EQ(xs.unchecked(1), 7.0);
  EXPECT_PY_RAISES(xs[3], IndexError, "list index out of range");
  EXPECT_PY_RAISES(xs[-4], IndexError, "list index out of range");
  EXPECT_PY_RAISES(xs[INT64_MIN], IndexError, "list index out of range");
  list<double> empty;
  EXPECT_PY_RAISES(empty[0], IndexError, "list index out of range");
  EXPECT_PY_RAISES(empty[-1], IndexError, "list index out of range");
}

TEST(List, CopiesShareOneList) {
  list<int_t> a{1, 2};
  list<int_t> b = a;
  b.append(3);
  EXPECT_EQ(a.size(), 3);
  EXPECT_TRUE(a.is(b));
  b[0] = 10;
  EXPECT_EQ(a[0], 10);
  const list<int_t>& c = a;  // a const handle still names a mutable list
  c[1] = 20;
  c.append(4);
  EXPECT_EQ(b[1], 20);
  EXPECT_EQ(b.size(), 4);
  list<int_t> d = a.copy();
  EXPECT_FALSE(d.is(a));
  EXPECT_TRUE(d == a);
  d.append(5);
  EXPECT_EQ(a.size(), 4);
  EXPECT_TRUE(d != a);
}

TEST(List, Equality) {
  EXPECT_TRUE((list<int_t>{1, 2} == list<int_t>{1, 2}));
  EXPECT_FALSE((list<int_t>{1, 2} == list<int_t>{1, 2, 3}));
  EXPECT_FALSE((list<double>{0.0 / 0.0} == list<double>{0.0 / 0.0}));
  EXPECT_TRUE((list<int_t>{1, 2} < list<int_t>{1, 3}));
  EXPECT_TRUE((list<int_t>{1, 2} < list<int_t>{1, 2, 0}));
  EXPECT_FALSE((list<int_t>{} < list<int_t>{}));
}

TEST(List, BoolListGivesRealBoolReferences) {
  list<bool> flags{true, false};
  static_assert(std::is_same_v<decltype(flags[0]), bool&>);
  flags[1] = true;
  flags.append(false);
  bool* p = flags.data();
  EXPECT_TRUE(p[0] && p[1] && !p[2]);
  int n = 0;
  for (bool& f : flags) {
    f = !f;
    ++n;
  }
  EXPECT_EQ(n, 3);
  EXPECT_TRUE((flags == list<bool>{false, false, true}));
  EXPECT_EQ(list<bool>::from_vector({true, true}).size(), 2);
  EXPECT_EQ(flags.count(false), 2);
}

TEST(List, NestedListsShareRows) {
  list<list<double>> grid;
  list<double> row{1.0, 2.0};
  grid.append(row);
  grid.append(row);  // [row] * 2 aliasing, as in Python
  grid[0][0] = 9.0;
  EXPECT_EQ(grid[1][0], 9.0);
  EXPECT_EQ(grid[-1][-1], 2.0);
  auto rows = pyxc::repeat(list<list<double>>{list<double>{0.0}}, 3);
  rows[0].append(1.0);
  EXPECT_EQ(rows[2].size(), 2);  // the same inner list three times
}

TEST(List, OtherElementTypes) {
  list<std::string> names{"a", "bc"};
  names.append("d");
  EXPECT_EQ(names[-1], "d");
  list<std::tuple<int_t, double>> pairs{{1, 2.0}};
  pairs.append({3, 4.0});
  EXPECT_EQ(std::get<1>(pairs[1]), 4.0);
  list<pyxc::complex_t> zs{{1.0, 2.0}};
  EXPECT_EQ(zs[0].imag(), 2.0);
}

TEST(List, IterationSeesAppendsLikeCPython) {
  list<int_t> xs{1, 2, 3};
  int_t seen = 0;
  for (int_t x : xs) {
    if (x < 3) xs.append(x + 10);  // Python visits the appended items too
    ++seen;
  }
  EXPECT_EQ(seen, 5);
  EXPECT_EQ(xs.size(), 5);
  seen = 0;
  for (int_t x : xs) {
    (void)x;
    xs.pop();  // shrinking ends the loop early; no out-of-bounds read
    ++seen;
  }
  EXPECT_EQ(seen, 3);
  // Rebinding the iterated variable keeps the old list alive for the loop.
  list<int_t> ys{1, 2, 3};
  int_t total = 0;
  for (int_t y : ys) {
    ys = list<int_t>{};
    total += y;
  }
  EXPECT_EQ(total, 6);
}

TEST(List, Methods) {
  list<int_t> xs{1, 2, 3};
  xs.extend(xs);
  EXPECT_TRUE((xs == list<int_t>{1, 2, 3, 1, 2, 3}));
  EXPECT_EQ(xs.pop(), 3);
  EXPECT_EQ(xs.pop(0), 1);
  EXPECT_EQ(xs.pop(-1), 2);
  EXPECT_PY_RAISES(xs.pop(5), IndexError, "pop index out of range");
  xs.insert(-100, 7);
  xs.insert(100, 8);
  xs.insert(-1, 9);
  EXPECT_TRUE((xs == list<int_t>{7, 2, 3, 1, 9, 8}));
  EXPECT_EQ(xs.index(3), 2);
  EXPECT_TRUE(xs.contains(9));
  EXPECT_PY_RAISES(xs.index(42), ValueError, "list.index(x): x not in list");
  xs.reverse();
  EXPECT_TRUE((xs == list<int_t>{8, 9, 1, 3, 2, 7}));
  xs.clear();
  EXPECT_PY_RAISES(xs.pop(), IndexError, "pop from empty list");
  EXPECT_PY_RAISES(xs.pop(0), IndexError, "pop from empty list");
}

TEST(List, ConcatAndRepeat) {
  list<int_t> a{1, 2};
  list<int_t> b{3};
  auto c = pyxc::concat(a, b);
  EXPECT_TRUE((c == list<int_t>{1, 2, 3}));
  EXPECT_FALSE(c.is(a));
  EXPECT_TRUE((pyxc::repeat(a, 3) == list<int_t>{1, 2, 1, 2, 1, 2}));
  EXPECT_EQ(pyxc::repeat(a, 0).size(), 0);
  EXPECT_EQ(pyxc::repeat(a, -5).size(), 0);
  EXPECT_EQ(list<double>::filled(4, 0.5).size(), 4);
  auto v = list<double>::from_vector({1.0, 2.0});
  v.reserve(10);
  EXPECT_EQ(v.vec().capacity(), 10u);
}
