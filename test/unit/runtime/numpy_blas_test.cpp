// dot/`@` through BLAS (pyxc/numpy/blas.hpp): which layouts BLAS reads in place (only the
// result is allocated) and which are copied first, and that each path computes the product.
#include <gtest/gtest.h>

#include "pyxc/numpy.hpp"

namespace np = pyxc::np;

namespace {
/// An n x m float64 array of small half-integers (exact products in any summation order).
np::ndarray<double, 2> grid(np::index_t n, np::index_t m) {
  np::ndarray<double, 2> a{np::shape_t<2>{n, m}};
  for (np::index_t i = 0; i < n * m; ++i) a.data()[i] = static_cast<double>(i % 7) - 2.5;
  return a;
}

/// How many buffers `f` allocates.
template <class F>
long allocations(F&& f) {
  long before = np::allocation_count().load();
  f();
  return np::allocation_count().load() - before;
}

np::slice every(np::index_t step) { return np::slice{0, 0, step, false, false}; }
}  // namespace

TEST(NumpyBlas, LayoutsReadInPlace) {
  auto a = grid(40, 30);
  EXPECT_TRUE(np::blas::layout_of(a).ok);
  EXPECT_FALSE(np::blas::layout_of(a).trans);
  EXPECT_EQ(np::blas::layout_of(a).ld, 30);
  auto t = a.transposed();  // F-ordered 30 x 40: the stored transpose
  EXPECT_TRUE(np::blas::layout_of(t).ok && np::blas::layout_of(t).trans);
  EXPECT_EQ(np::blas::layout_of(t).ld, 30);
  auto rows = a.get(every(2));  // every other row: leading dimension 60
  EXPECT_TRUE(np::blas::layout_of(rows).ok);
  EXPECT_EQ(np::blas::layout_of(rows).ld, 60);
  auto sub = a.get(np::slice{1, 0, 1, true, false}, np::slice{2, 12, 1, true, true});
  EXPECT_TRUE(np::blas::layout_of(sub).ok);
  EXPECT_EQ(np::blas::layout_of(sub).ld, 30);
  EXPECT_FALSE(np::blas::layout_of(a.get(np::slice{}, every(2))).ok);   // no unit stride
  EXPECT_FALSE(np::blas::layout_of(a.get(every(-1))).ok);               // negative stride
}

TEST(NumpyBlas, ProductsAllocateOnlyTheResultForBlasLayouts) {
  auto a = grid(40, 30), b = grid(30, 20);
  auto v = grid(1, 30).reshape<1>({30});
  EXPECT_EQ(allocations([&] { np::dot<double>(a, b); }), 1);
  EXPECT_EQ(allocations([&] { np::dot<double>(b.transposed(), a.transposed()); }), 1);
  EXPECT_EQ(allocations([&] { np::dot<double>(a, v); }), 1);
  EXPECT_EQ(allocations([&] { np::dot<double>(v, a.transposed()); }), 1);
  EXPECT_EQ(allocations([&] { np::dot<double>(a.get(every(2)), b); }), 1);
  // A negative stride is copied, then multiplied.
  EXPECT_EQ(allocations([&] { np::dot<double>(a.get(every(-1)), b); }), 2);
  EXPECT_EQ(allocations([&] { np::dot<double>(a, v.get(every(-1))); }), 2);
}

TEST(NumpyBlas, EveryLayoutComputesTheProduct) {
  auto a = grid(40, 30), b = grid(30, 20);
  auto expected = np::detail::loop_matrix_matrix<double>(a, b);
  auto check = [&](const np::ndarray<double, 2>& got) {
    ASSERT_EQ(got.shape(), expected.shape());
    for (np::index_t i = 0; i < 40; ++i)
      for (np::index_t j = 0; j < 20; ++j) EXPECT_EQ(got.at(i, j), expected.at(i, j)) << i << "," << j;
  };
  check(np::dot<double>(a, b));
  check(np::dot<double>(a.copy().transposed().copy().transposed(), b));  // F-ordered a
  check(np::dot<double>(a, b.transposed().copy().transposed()));         // F-ordered b
  // a's columns reversed twice: strides (30, -1) then (30, 1) again over a copy.
  check(np::dot<double>(a.get(np::slice{}, every(-1)).copy().get(np::slice{}, every(-1)), b));
  auto f = np::dot<float>(a.astype<float>(), b.astype<float>());
  for (np::index_t i = 0; i < 40; ++i) EXPECT_EQ(f.at(i, 3), static_cast<float>(expected.at(i, 3)));
}
