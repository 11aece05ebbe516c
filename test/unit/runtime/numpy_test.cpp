// The numpy runtime without Python: views, broadcasting, fusion (one allocation for a chain of
// elementwise operations), in-place assignment through overlapping views, numpy's pairwise
// summation order, one-pass var.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>

#include "pyxc/numpy.hpp"

namespace np = pyxc::np;
using np::ops::add;
using np::ops::mul;
using np::ops::sub;

namespace {
np::ndarray<double, 1> iota(np::index_t n) { return np::arange<double>(0.0, static_cast<double>(n), 1.0); }
}  // namespace

TEST(Numpy, FusedChainAllocatesOnlyTheResult) {
  auto a = iota(1000), b = iota(1000), c = iota(1000);
  long before = np::allocation_count().load();
  np::ndarray<double, 1> r = np::map<add<double>>(np::map<mul<double>>(a, b), np::map<mul<double>>(c, 2.0));
  EXPECT_EQ(np::allocation_count().load() - before, 1);
  EXPECT_EQ(r.at(10), 10.0 * 10.0 + 20.0);
  before = np::allocation_count().load();
  double s = np::sum<double>(np::map<sub<double>>(np::map<mul<double>>(a, b), c));  // reduces the expression
  EXPECT_EQ(np::allocation_count().load() - before, 0);
  double expect = 0;
  for (int i = 0; i < 1000; ++i) expect += double(i) * i - i;
  EXPECT_EQ(s, expect);
}

// A new array is one block: its elements 64-byte aligned, its owner counting the views that
// share it and releasing the block with the last of them.
TEST(Numpy, NewArrayBlock) {
  for (np::index_t n : {0, 1, 3, 9, 100, 1000, 1 << 20}) {
    np::ndarray<double, 1> a{np::shape_t<1>{n}};
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(a.data()) % 64, 0u) << n;
    for (np::index_t i = 0; i < n; ++i) EXPECT_EQ(a.data()[i], 0.0);
    for (np::index_t i = 0; i < n; ++i) a.data()[i] = static_cast<double>(i);
    auto v = a.get(np::slice{1, 0, 2, true, false});
    EXPECT_EQ(a.owner().use_count(), 2);
    a = np::ndarray<double, 1>{};  // the view keeps the block alive
    EXPECT_EQ(v.owner().use_count(), 1);
    for (np::index_t i = 0; i < v.shape()[0]; ++i) EXPECT_EQ(v.at(i), static_cast<double>(2 * i + 1));
  }
  std::weak_ptr<void> gone;
  {
    np::ndarray<std::complex<double>, 2> c{np::shape_t<2>{3, 3}};
    gone = c.owner();
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(c.data()) % 64, 0u);
  }
  EXPECT_TRUE(gone.expired());
}

// Products below BLAS's thresholds: one allocation (the result), sums from zero in order.
TEST(Numpy, SmallProductsAllocateOnlyTheResult) {
  np::ndarray<double, 2> r{np::shape_t<2>{3, 3}}, acc{np::shape_t<2>{3, 3}};
  for (int i = 0; i < 9; ++i) r.data()[i] = 0.25 * (i - 4);
  for (int i = 0; i < 3; ++i) acc.at(i, i) = 1.0;
  long before = np::allocation_count().load();
  for (int step = 0; step < 10; ++step) acc = np::eval(np::dot<double>(r, acc));
  EXPECT_EQ(np::allocation_count().load() - before, 10);
  np::ndarray<double, 2> expect{np::shape_t<2>{3, 3}};
  for (int i = 0; i < 3; ++i) expect.at(i, i) = 1.0;
  for (int step = 0; step < 10; ++step) {
    np::ndarray<double, 2> next{np::shape_t<2>{3, 3}};
    for (int i = 0; i < 3; ++i)
      for (int l = 0; l < 3; ++l) {
        double sum = 0.0;
        for (int j = 0; j < 3; ++j) sum += r.at(i, j) * expect.at(j, l);
        next.at(i, l) = sum;
      }
    expect = next;
  }
  for (int i = 0; i < 3; ++i)
    for (int l = 0; l < 3; ++l) EXPECT_EQ(acc.at(i, l), expect.at(i, l));
}

TEST(Numpy, BroadcastAndError) {
  auto m = iota(6).reshape<2>({2, 3});
  np::ndarray<double, 2> r = np::map<add<double>>(m, iota(3));
  EXPECT_EQ(r.at(1, 2), 5.0 + 2.0);
  try {
    np::map<add<double>>(iota(3), iota(4));
    FAIL();
  } catch (const pyxc::exception& e) {
    EXPECT_EQ(e.kind, pyxc::exc_kind::ValueError);
    EXPECT_STREQ(e.what(), "operands could not be broadcast together with shapes (3,) (4,) ");
  }
}

TEST(Numpy, ViewsShareMemoryAndOverlapIsHandled) {
  auto a = iota(10);
  auto v = a.get(np::slice{1, 0, 2, true, false});  // a[1::2]
  np::assign(v, 0.0);
  EXPECT_EQ(a.at(3), 0.0);
  EXPECT_EQ(a.at(4), 4.0);
  auto b = iota(6);
  // b[1:] = b[:-1] + 1 reads what it writes: numpy's result is as if the right side came first.
  np::assign(b.get(np::slice{1, 0, 1, true, false}), np::map<add<double>>(b.get(np::slice{0, -1, 1, false, true}), 1.0));
  for (int i = 1; i < 6; ++i) EXPECT_EQ(b.at(i), double(i));
  EXPECT_THROW(a.get(np::index_t{10}), pyxc::exception);
  EXPECT_EQ(a.get(np::index_t{-2}), 8.0);
}

TEST(Numpy, PairwiseSumMatchesNumpysOrder) {
  // numpy's order: 8192-item chunks summed pairwise (blocks of 128, 8 accumulators), in sequence.
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  np::ndarray<double, 1> x{np::shape_t<1>{100003}};
  for (np::index_t i = 0; i < x.size(); ++i) x.data()[i] = u(rng) * 1e3 + 1e9;
  double got = np::sum<double>(x);
  double ref = 0;
  for (np::index_t lo = 0; lo < x.size(); lo += 8192)
    ref += np::detail::pairwise_sum<double>([&](np::index_t i) { return x.data()[i]; }, lo,
                                            std::min<np::index_t>(8192, x.size() - lo));
  EXPECT_EQ(got, ref);
  // A sequential sum differs in the last bits: the test above would notice a plain loop.
  double plain = 0;
  for (np::index_t i = 0; i < x.size(); ++i) plain += x.data()[i];
  EXPECT_NE(plain, got);
}

/// numpy's np.var written out: m = np.sum(x) / n, then np.sum((x - m) ** 2) / (n - ddof).
static double numpy_two_pass_var(const np::ndarray<double, 1>& x, np::index_t ddof) {
  double m = np::sum<double>(x) / static_cast<double>(x.size());
  np::ndarray<double, 1> sq{x.shape()};
  for (np::index_t i = 0; i < x.size(); ++i) sq.data()[i] = (x.data()[i] - m) * (x.data()[i] - m);
  return np::sum<double>(sq) / static_cast<double>(x.size() - ddof);
}

static long ulps_apart(double a, double b) {
  long long ia, ib;
  std::memcpy(&ia, &a, 8);
  std::memcpy(&ib, &b, 8);
  return std::labs(static_cast<long>(ia - ib));
}

TEST(Numpy, OnePassVarianceFollowsNumpysTwoPasses) {
  // One read of memory, yet within an ulp or two of numpy's two passes (whose rounding is
  // several ulps from the exact variance at these sizes: an accurate one-pass is not enough).
  std::mt19937_64 rng(3);
  std::normal_distribution<double> g(1e4, 1.0);
  std::uniform_real_distribution<double> u(-3.0, 7.0);
  for (np::index_t n : {np::index_t{5000}, np::index_t{1} << 20, np::index_t{4000037}}) {
    for (int dist = 0; dist < 2; ++dist) {
      np::ndarray<double, 1> x{np::shape_t<1>{n}};
      for (np::index_t i = 0; i < n; ++i) x.data()[i] = dist ? u(rng) : g(rng);
      for (np::index_t ddof : {0, 1})
        EXPECT_LE(ulps_apart(np::var<double>(x, ddof), numpy_two_pass_var(x, ddof)), 2) << n << " " << dist;
    }
  }
}
