// pyxc::dict: insertion order, reference semantics, KeyError messages, numeric keys,
// iteration guards, equality; and pyxc::hash against CPython's numbers.
#include "pyxc/dict.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "pyxc/list.hpp"
#include "test_util.hpp"

using pyxc::dict;
using pyxc::int_t;
using pyxc::str;

namespace {

template <class K, class V>
std::vector<K> keys_of(const dict<K, V>& d) {
  std::vector<K> r;
  for (K k : d) r.push_back(k);
  return r;
}

template <class K, class V>
std::vector<std::tuple<K, V>> items_of(const dict<K, V>& d) {
  std::vector<std::tuple<K, V>> r;
  for (std::tuple<K, V> kv : d.items()) r.push_back(kv);
  return r;
}

using iv = std::vector<int_t>;

}  // namespace

// Values printed by /usr/bin/python3 (3.11): hash(x) for each x.
TEST(Hash, MatchesCPythonNumbers) {
  EXPECT_EQ(pyxc::hash(int_t{0}), 0);
  EXPECT_EQ(pyxc::hash(int_t{1}), 1);
  EXPECT_EQ(pyxc::hash(int_t{-1}), -2);
  EXPECT_EQ(pyxc::hash(int_t{-2}), -2);
  EXPECT_EQ(pyxc::hash(int_t{(int_t{1} << 61) - 1}), 0);
  EXPECT_EQ(pyxc::hash(int_t{int_t{1} << 61}), 1);
  EXPECT_EQ(pyxc::hash(std::numeric_limits<int_t>::max()), 3);  // 2**63-1
  EXPECT_EQ(pyxc::hash(std::numeric_limits<int_t>::min()), -4);  // -2**63
  EXPECT_EQ(pyxc::hash(true), 1);
  EXPECT_EQ(pyxc::hash(2.0), 2);
  EXPECT_EQ(pyxc::hash(-0.0), 0);
  EXPECT_EQ(pyxc::hash(-1.0), -2);
  EXPECT_EQ(pyxc::hash(0.5), 1152921504606846976);
  EXPECT_EQ(pyxc::hash(1.5), 1152921504606846977);
  EXPECT_EQ(pyxc::hash(-2.75), -1729382256910270466);
  EXPECT_EQ(pyxc::hash(1e300), 1224995262755759164);
  EXPECT_EQ(pyxc::hash(3.141592653589793), 326490430436040707);
  EXPECT_EQ(pyxc::hash(1e-300), 482449582752280463);
  EXPECT_EQ(pyxc::hash(std::numeric_limits<double>::infinity()), 314159);
  EXPECT_EQ(pyxc::hash(-std::numeric_limits<double>::infinity()), -314159);
  EXPECT_EQ(pyxc::hash(pyxc::complex_t(1.0, 2.0)), 2000007);
  EXPECT_EQ(pyxc::hash(pyxc::complex_t(0.0, 1.5)), 3458764513821540931);
  EXPECT_EQ(pyxc::hash(std::tuple<>{}), 5740354900026072187);
  EXPECT_EQ(pyxc::hash(std::tuple<int_t, int_t>{1, 2}), -3550055125485641917);
  EXPECT_EQ(pyxc::hash(std::tuple<int_t, double, bool>{-1, 0.5, true}), 2779953706105728030);
  EXPECT_EQ(pyxc::hash(std::tuple<std::tuple<int_t>, int_t>{{3}, 4}), 1844143891835314105);
  EXPECT_NE(pyxc::hash(str("abc")), pyxc::hash(str("abd")));
}

TEST(KeyRepr, MatchesPythonRepr) {
  using pyxc::detail::key_repr;
  EXPECT_EQ(key_repr(int_t{-12}), "-12");
  EXPECT_EQ(key_repr(true), "True");
  EXPECT_EQ(key_repr(1.0), "1.0");
  EXPECT_EQ(key_repr(-0.0), "-0.0");
  EXPECT_EQ(key_repr(1e16), "1e+16");
  EXPECT_EQ(key_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(key_repr(1e-5), "1e-05");
  EXPECT_EQ(key_repr(0.0001), "0.0001");
  EXPECT_EQ(key_repr(123456789012345680.0), "1.2345678901234568e+17");
  EXPECT_EQ(key_repr(0.1), "0.1");
  EXPECT_EQ(key_repr(-1.5e-300), "-1.5e-300");
  EXPECT_EQ(key_repr(std::nan("")), "nan");
  EXPECT_EQ(key_repr(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(key_repr(str("x")), "'x'");
  EXPECT_EQ(key_repr(str("it's")), "\"it's\"");
  EXPECT_EQ(key_repr(str("a'b\"c")), "'a\\'b\"c'");
  EXPECT_EQ(key_repr(str("\xc2\xa0\xc2\xad\x7f\xc2\x80\xc3\xa9\xe2\x80\x8b\xe2\x80\xa8\xf0\x9f\x98\x80\t\n\r\\")),
            "'\\xa0\\xad\\x7f\\x80\xc3\xa9\\u200b\\u2028\xf0\x9f\x98\x80\\t\\n\\r\\\\'");
  EXPECT_EQ(key_repr(std::tuple<int_t, str>{1, "a"}), "(1, 'a')");
  EXPECT_EQ(key_repr(std::tuple<double>{2.5}), "(2.5,)");
  EXPECT_EQ(key_repr(std::tuple<>{}), "()");
  EXPECT_EQ(key_repr(pyxc::complex_t(1, 2)), "(1+2j)");
  EXPECT_EQ(key_repr(pyxc::complex_t(0, -1.5)), "-1.5j");
  EXPECT_EQ(key_repr(pyxc::complex_t(-0.0, 1)), "(-0+1j)");
}

TEST(Dict, InsertionOrder) {
  dict<int_t, str> d;
  for (int_t k : {5, 3, 9, 1, 7}) d.setitem(k, std::to_string(k));
  EXPECT_EQ(keys_of(d), (iv{5, 3, 9, 1, 7}));
  d.setitem(3, "three");  // an existing key keeps its place
  EXPECT_EQ(keys_of(d), (iv{5, 3, 9, 1, 7}));
  EXPECT_EQ(d.getitem(3), "three");
  d.delitem(5);
  d.setitem(5, "again");  // re-inserted: now last
  EXPECT_EQ(keys_of(d), (iv{3, 9, 1, 7, 5}));
  EXPECT_EQ(d.size(), 5);
  dict<int_t, int_t> lit{{2, 1}, {1, 1}, {2, 3}};  // {2: 1, 1: 1, 2: 3} == {2: 3, 1: 1}
  EXPECT_EQ(keys_of(lit), (iv{2, 1}));
  EXPECT_EQ(lit.getitem(2), 3);
}

TEST(Dict, OrderSurvivesGrowthAndCompaction) {
  dict<int_t, int_t> d;
  std::vector<int_t> want;
  // Many inserts and deletes: every resize squeezes out tombstones and must keep order.
  for (int_t i = 0; i < 5000; ++i) {
    const int_t k = (i * 7919) % 3001;
    if (d.contains(k)) {
      d.delitem(k);
      std::erase(want, k);
    } else {
      d.setitem(k, i);
      want.push_back(k);
    }
  }
  EXPECT_EQ(keys_of(d), want);
  EXPECT_EQ(d.size(), static_cast<int_t>(want.size()));
  for (int_t k : want) EXPECT_TRUE(d.contains(k));
  // Deleting everything but one key and inserting again reuses the table.
  for (std::size_t i = 1; i < want.size(); ++i) d.delitem(want[i]);
  for (int_t k = 10000; k < 10100; ++k) d.setitem(k, k);
  EXPECT_EQ(d.size(), 101);
  EXPECT_EQ(keys_of(d).front(), want.front());
  EXPECT_EQ(keys_of(d).back(), 10099);
}

TEST(Dict, CopiesShareOneDict) {
  dict<str, int_t> a;
  dict<str, int_t> b = a;
  b.setitem("x", 1);
  EXPECT_EQ(a.size(), 1);
  EXPECT_TRUE(a.is(b));
  const dict<str, int_t>& c = a;
  c.setitem("y", 2);
  EXPECT_EQ(b.getitem("y"), 2);
  dict<str, int_t> d = a.copy();
  EXPECT_FALSE(d.is(a));
  EXPECT_TRUE(d == a);
  d.setitem("z", 3);
  EXPECT_EQ(a.size(), 2);
  // A dict of lists holds the same list objects.
  dict<int_t, pyxc::list<int_t>> dl;
  pyxc::list<int_t> xs{1};
  dl.setitem(0, xs);
  dl.getitem(0).append(2);
  EXPECT_EQ(xs.size(), 2);
  EXPECT_TRUE(dl.copy().getitem(0).is(xs));
}

TEST(Dict, KeyErrorIsTheReprOfTheKey) {
  dict<str, int_t> d{{"a", 1}};
  EXPECT_PY_RAISES(d.getitem("x"), KeyError, "'x'");
  EXPECT_PY_RAISES(d.getitem("it's"), KeyError, "\"it's\"");
  EXPECT_PY_RAISES(d.delitem("b"), KeyError, "'b'");
  EXPECT_PY_RAISES(d.pop("b"), KeyError, "'b'");
  dict<int_t, int_t> di;
  EXPECT_PY_RAISES(di.getitem(1), KeyError, "1");
  EXPECT_PY_RAISES(di.getitem(-7), KeyError, "-7");
  dict<double, int_t> df;
  EXPECT_PY_RAISES(df.getitem(1.0), KeyError, "1.0");
  EXPECT_PY_RAISES(df.getitem(1e100), KeyError, "1e+100");
  dict<std::tuple<int_t, str>, int_t> dt;
  EXPECT_PY_RAISES(dt.getitem({1, "a"}), KeyError, "(1, 'a')");
  dict<bool, int_t> db;
  EXPECT_PY_RAISES(db.getitem(false), KeyError, "False");
  // str(KeyError('popitem(): dictionary is empty')) keeps the quotes.
  EXPECT_PY_RAISES(di.popitem(), KeyError, "'popitem(): dictionary is empty'");
}

TEST(Dict, FloatKeysFollowPythonEquality) {
  dict<double, str> d;
  d.setitem(0.0, "zero");
  d.setitem(-0.0, "minus zero");  // 0.0 == -0.0: same key, first key object kept
  EXPECT_EQ(d.size(), 1);
  EXPECT_EQ(d.getitem(0.0), "minus zero");
  EXPECT_SAME_DOUBLE(keys_of(d)[0], 0.0);
  d.setitem(2.0, "two");
  EXPECT_EQ(d.getitem(2.0), "two");
  EXPECT_FALSE(d.contains(2.0000000000000004));
  // NaN keys never match in pyxc (CPython would find the same NaN object by identity).
  const double nan = std::nan("");
  d.setitem(nan, "a");
  d.setitem(nan, "b");
  EXPECT_EQ(d.size(), 4);
  EXPECT_FALSE(d.contains(nan));
  EXPECT_PY_RAISES(d.getitem(nan), KeyError, "nan");
  EXPECT_EQ(std::get<1>(d.popitem()), "b");  // popitem still works with NaN keys
  EXPECT_EQ(std::get<1>(d.popitem()), "a");
  EXPECT_EQ(d.size(), 2);
  dict<std::tuple<int_t, double>, int_t> dt;
  dt.setitem({1, 0.0}, 1);
  EXPECT_TRUE(dt.contains({1, -0.0}));
}

TEST(Dict, GetPopSetdefaultPopitem) {
  dict<str, int_t> d{{"a", 1}, {"b", 2}, {"c", 3}};
  EXPECT_EQ(d.get("a"), std::optional<int_t>(1));
  EXPECT_EQ(d.get("z"), std::nullopt);
  EXPECT_EQ(d.get("z", 26), 26);
  EXPECT_EQ(d.get("b", 26), 2);
  EXPECT_EQ(d.pop("b"), 2);
  EXPECT_EQ(d.pop("b", -1), -1);
  EXPECT_EQ(d.setdefault("a", 100), 1);
  EXPECT_EQ(d.setdefault("d", 4), 4);
  EXPECT_EQ(keys_of(d), (std::vector<str>{"a", "c", "d"}));
  d.delitem("d");
  EXPECT_EQ(d.popitem(), (std::tuple<str, int_t>{"c", 3}));  // LIFO, skipping the deleted "d"
  d.setitem("e", 5);
  EXPECT_EQ(items_of(d), (std::vector<std::tuple<str, int_t>>{{"a", 1}, {"e", 5}}));
  EXPECT_EQ(d.popitem(), (std::tuple<str, int_t>{"e", 5}));
  EXPECT_EQ(d.popitem(), (std::tuple<str, int_t>{"a", 1}));
  EXPECT_TRUE(d.empty());
  d.setitem("f", 6);
  EXPECT_EQ(keys_of(d), (std::vector<str>{"f"}));
  d.clear();
  EXPECT_EQ(d.size(), 0);
  EXPECT_FALSE(d.contains("f"));
  d.setitem("g", 7);
  EXPECT_EQ(d.getitem("g"), 7);
}

TEST(Dict, UpdateAndViews) {
  dict<int_t, int_t> a{{1, 10}, {2, 20}};
  dict<int_t, int_t> b{{3, 30}, {1, 11}, {4, 40}};
  a.update(b);
  EXPECT_EQ(items_of(a), (std::vector<std::tuple<int_t, int_t>>{{1, 11}, {2, 20}, {3, 30}, {4, 40}}));
  a.update(a);
  EXPECT_EQ(a.size(), 4);
  std::vector<int_t> vals;
  for (int_t v : a.values()) vals.push_back(v);
  EXPECT_EQ(vals, (iv{11, 20, 30, 40}));
  for (int_t& v : a.values()) v += 1;  // values can be updated in place
  EXPECT_EQ(a.getitem(4), 41);
  auto ks = a.keys();
  EXPECT_TRUE(ks.contains(3));
  EXPECT_EQ(ks.size(), 4);
  a.setitem(5, 50);  // views are live
  EXPECT_EQ(ks.size(), 5);
}

TEST(Dict, ChangingSizeWhileIteratingRaises) {
  dict<int_t, int_t> d{{1, 1}, {2, 2}};
  EXPECT_PY_RAISES(
      [&] {
        for (int_t k : d) d.setitem(k + 10, 0);
      }(),
      RuntimeError, "dictionary changed size during iteration");
  d = dict<int_t, int_t>{{1, 1}, {2, 2}};
  EXPECT_PY_RAISES(
      [&] {
        for (int_t k : d.keys()) {
          d.delitem(k);
          d.setitem(k + 10, 0);
        }
      }(),
      RuntimeError, "dictionary keys changed during iteration");
  d = dict<int_t, int_t>{{1, 1}};
  int n = 0;
  for (int_t k : d) {  // size changed and changed back: no error, as in CPython
    d.setitem(k + 1, 0);
    d.delitem(k + 1);
    ++n;
  }
  EXPECT_EQ(n, 1);
  d = dict<int_t, int_t>{{1, 1}, {2, 2}};
  for (std::tuple<int_t, int_t> kv : d.items()) d.setitem(std::get<0>(kv), 5);  // no size change
  EXPECT_EQ(d.getitem(1), 5);
  EXPECT_PY_RAISES(
      [&] {
        for (std::tuple<int_t, int_t> kv : d.items()) d.pop(std::get<0>(kv));
      }(),
      RuntimeError, "dictionary changed size during iteration");
  d = dict<int_t, int_t>{{1, 1}};
  EXPECT_PY_RAISES(
      [&] {
        for (int_t v : d.values()) {
          (void)v;
          d.clear();
        }
      }(),
      RuntimeError, "dictionary changed size during iteration");
}

TEST(Dict, Equality) {
  dict<int_t, str> a{{1, "a"}, {2, "b"}};
  dict<int_t, str> b{{2, "b"}, {1, "a"}};
  EXPECT_TRUE(a == b);  // order does not matter
  b.setitem(2, "c");
  EXPECT_TRUE(a != b);
  b.setitem(2, "b");
  b.setitem(3, "c");
  EXPECT_FALSE(a == b);
  b.delitem(3);
  EXPECT_TRUE(a == b);
  EXPECT_TRUE((dict<int_t, int_t>{} == dict<int_t, int_t>{}));
  dict<int_t, double> n{{1, std::nan("")}};
  EXPECT_TRUE(n == n);  // a dict is equal to itself
  EXPECT_FALSE(n == n.copy());
  dict<int_t, dict<int_t, int_t>> nested{{1, {{2, 3}}}};
  EXPECT_TRUE(nested == (dict<int_t, dict<int_t, int_t>>{{1, {{2, 3}}}}));
}
