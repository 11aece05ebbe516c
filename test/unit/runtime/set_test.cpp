// pyxc::set: CPython's iteration order for ints, floats and tuples, reference semantics,
// KeyError messages, algebra, iteration guard. (container_cases_test replays thousands of
// random programs against CPython; these are the readable examples.)
#include "pyxc/set.hpp"

#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "test_util.hpp"

using pyxc::int_t;
using pyxc::set;
using pyxc::str;

namespace {

template <class T>
std::vector<T> order(const set<T>& s) {
  std::vector<T> r;
  for (T x : s) r.push_back(x);
  return r;
}

using iv = std::vector<int_t>;

}  // namespace

// Expected orders printed by /usr/bin/python3 (3.11): list(s) after the same operations, the
// elements added one by one, e.g. `a = 1; list({a, 3, ...})`. (A literal of constants only is
// different: CPython folds it into a frozenset constant, rebuilt from its own iteration order
// when the code object is made, so colliding elements can come out swapped.)
TEST(Set, IterationOrderMatchesCPython) {
  // list({5, 3, 9, 1, 7, 100, 64, 8})
  EXPECT_EQ(order(set<int_t>{5, 3, 9, 1, 7, 100, 64, 8}), (iv{64, 1, 3, 100, 5, 7, 8, 9}));
  // list({32, 0, 16, 8, -1, 2**61 - 1, 2**61, -2})
  EXPECT_EQ(order(set<int_t>{32, 0, 16, 8, -1, (int_t{1} << 61) - 1, int_t{1} << 61, -2}),
            (iv{32, 0, 2305843009213693951, 2305843009213693952, 8, 16, -2, -1}));
  // s = set(); for i in range(20): s.add(i * 7 % 23); then s.discard(5); s.add(40); s.add(5)
  set<int_t> s;
  for (int_t i = 0; i < 20; ++i) s.add(i * 7 % 23);
  EXPECT_EQ(order(s), (iv{0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22}));
  s.discard(5);
  s.add(40);
  s.add(5);
  EXPECT_EQ(order(s), (iv{0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 40}));
  // list({1.5, 0.25, -0.0, 2.0, 1e20})
  const std::vector<double> fo = order(set<double>{1.5, 0.25, -0.0, 2.0, 1e20});
  const std::vector<double> fwant{0.25, 1.5, 2.0, -0.0, 1e20};
  ASSERT_EQ(fo.size(), fwant.size());
  for (std::size_t i = 0; i < fo.size(); ++i) EXPECT_SAME_DOUBLE(fo[i], fwant[i]);
  // list({(1, 2), (0, 0), (2, 1), (-1, 5)})
  using t2 = std::tuple<int_t, int_t>;
  EXPECT_EQ(order(set<t2>{{1, 2}, {0, 0}, {2, 1}, {-1, 5}}), (std::vector<t2>{{-1, 5}, {1, 2}, {2, 1}, {0, 0}}));
  // s = {1, 2, 3, 4, 5}; [s.pop() for _ in range(3)]; s.add(0); list(s)
  set<int_t> p{1, 2, 3, 4, 5};
  EXPECT_EQ(p.pop(), 1);
  EXPECT_EQ(p.pop(), 2);
  EXPECT_EQ(p.pop(), 3);
  p.add(0);
  EXPECT_EQ(order(p), (iv{0, 4, 5}));
}

TEST(Set, BasicOperations) {
  set<str> s{"a", "b"};
  s.add("a");
  EXPECT_EQ(s.size(), 2);
  EXPECT_TRUE(s.contains("b"));
  s.discard("b");
  s.discard("zz");
  EXPECT_FALSE(s.contains("b"));
  EXPECT_PY_RAISES(s.remove("b"), KeyError, "'b'");
  s.remove("a");
  EXPECT_TRUE(s.empty());
  EXPECT_PY_RAISES(s.pop(), KeyError, "'pop from an empty set'");
  set<int_t> si;
  EXPECT_PY_RAISES(si.remove(-3), KeyError, "-3");
  set<std::tuple<int_t, str>> st;
  EXPECT_PY_RAISES(st.remove({1, "x"}), KeyError, "(1, 'x')");
  si.add(1);
  si.clear();
  EXPECT_EQ(si.size(), 0);
  si.add(2);
  EXPECT_EQ(order(si), (iv{2}));
}

TEST(Set, CopiesShareOneSet) {
  set<int_t> a{1};
  set<int_t> b = a;
  b.add(2);
  EXPECT_TRUE(a.contains(2));
  EXPECT_TRUE(a.is(b));
  const set<int_t>& c = a;
  c.add(3);
  EXPECT_EQ(b.size(), 3);
  set<int_t> d = a.copy();
  EXPECT_FALSE(d.is(a));
  EXPECT_TRUE(d == a);
  d.add(4);
  EXPECT_EQ(a.size(), 3);
}

TEST(Set, FloatElementsFollowPythonEquality) {
  set<double> s{0.0};
  s.add(-0.0);  // equal to 0.0: the first element stays
  EXPECT_EQ(s.size(), 1);
  EXPECT_SAME_DOUBLE(order(s)[0], 0.0);
  const double nan = std::nan("");
  s.add(nan);
  s.add(nan);  // every NaN is a new element in pyxc
  EXPECT_EQ(s.size(), 3);
  EXPECT_FALSE(s.contains(nan));
}

TEST(Set, Algebra) {
  set<int_t> a{1, 2, 3, 4};
  set<int_t> b{3, 4, 5};
  EXPECT_EQ(order(a | b), (iv{1, 2, 3, 4, 5}));
  EXPECT_EQ(order(pyxc::set_intersection(a, b)), (iv{3, 4}));
  EXPECT_EQ(order(a - b), (iv{1, 2}));
  EXPECT_EQ(order(pyxc::set_symmetric_difference(a, b)), (iv{1, 2, 5}));
  EXPECT_TRUE((a & b) <= a);
  EXPECT_TRUE((a & b) < a);
  EXPECT_FALSE(a < a);
  EXPECT_TRUE(a >= (a & b));
  EXPECT_TRUE(a.issuperset(set<int_t>{}));
  EXPECT_FALSE(a.isdisjoint(b));
  EXPECT_TRUE((a - b).isdisjoint(b));
  EXPECT_TRUE(a.isdisjoint(a - a));
  EXPECT_TRUE((set<int_t>{1, 2} == set<int_t>{2, 1}));
  EXPECT_TRUE((set<int_t>{1, 2} != set<int_t>{1, 3}));
  set<int_t> u = a.copy();
  u.update(b);
  EXPECT_EQ(u.size(), 5);
  u.intersection_update(b);
  EXPECT_TRUE(u == b);
  EXPECT_FALSE(u.is(b));
  u.difference_update(set<int_t>{5});
  EXPECT_EQ(order(u), (iv{3, 4}));
  u.symmetric_difference_update(a);
  EXPECT_EQ(order(u), (iv{1, 2}));
  u.symmetric_difference_update(u);
  EXPECT_TRUE(u.empty());
  // {x*x % 97 for x in range(40)} & set(range(0, 100, 3)) in CPython's order
  set<int_t> sq, tri;
  for (int_t x = 0; x < 40; ++x) sq.add(x * x % 97);
  for (int_t x = 0; x < 100; x += 3) tri.add(x);
  EXPECT_EQ(order(sq & tri), (iv{0, 33, 66, 3, 36, 96, 72, 9, 12, 81, 54, 24, 27}));
}

TEST(Set, ChangingSizeWhileIteratingRaises) {
  set<int_t> s{1, 2};
  EXPECT_PY_RAISES(
      [&] {
        for (int_t x : s) s.add(x + 10);
      }(),
      RuntimeError, "Set changed size during iteration");
  s = set<int_t>{1, 2};
  int n = 0;
  for (int_t x : s) {  // size back to what it was: no error, as in CPython
    s.discard(x);
    s.add(x);
    ++n;
  }
  EXPECT_EQ(n, 2);
}
