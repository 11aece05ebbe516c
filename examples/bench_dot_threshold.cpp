// Where BLAS starts to beat pyxc's inline loops for dot/`@` (the thresholds in
// runtime/include/pyxc/numpy/blas.hpp): times both paths on C-ordered float64, float32 and
// complex128 operands of growing size, one thread or the default, and prints ns per call.
//
//   g++ -std=c++20 -O3 -Iruntime/include examples/bench_dot_threshold.cpp -lopenblas -o /tmp/bdt
//   OPENBLAS_NUM_THREADS=1 /tmp/bdt
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

#include "pyxc/numpy.hpp"

namespace np = pyxc::np;

namespace {

/// The best of 15 batches of about 2 ms each (the machine is shared: the minimum is the
/// least disturbed measurement).
double ns_per_call(const std::function<void()>& f) {
  using clock = std::chrono::steady_clock;
  long reps = 1;
  for (;;) {
    auto t0 = clock::now();
    for (long r = 0; r < reps; ++r) f();
    if (std::chrono::duration<double, std::nano>(clock::now() - t0).count() > 2e6) break;
    reps *= 2;
  }
  double best = 1e300;
  for (int trial = 0; trial < 15; ++trial) {
    auto t0 = clock::now();
    for (long r = 0; r < reps; ++r) f();
    best = std::min(best, std::chrono::duration<double, std::nano>(clock::now() - t0).count() / static_cast<double>(reps));
  }
  return best;
}

template <class T>
np::ndarray<T, 2> matrix(np::index_t n, np::index_t m) {
  np::ndarray<T, 2> a{np::shape_t<2>{n, m}};
  for (np::index_t i = 0; i < n * m; ++i) a.data()[i] = T(static_cast<double>(i % 7) * 0.25 + 0.5);
  return a;
}

volatile double sink;

template <class T>
void run(const char* dtype) {
  std::printf("%s\n%-14s %10s %10s\n", dtype, "shape", "loops ns", "blas ns");
  for (np::index_t n : {4, 8, 16, 32, 64, 128, 256, 1024}) {
    auto v = matrix<T>(1, n).template reshape<1>({n});
    double l = ns_per_call([&] { sink = std::abs(np::detail::loop_dot<T>(v, v)); });
    double b = ns_per_call([&] { sink = std::abs(np::detail::blas_dot<T>(v, v)); });
    std::printf("dot %-10ld %10.0f %10.0f\n", static_cast<long>(n), l, b);
  }
  for (np::index_t n : {4, 8, 16, 32, 48, 64, 96, 128}) {
    auto a = matrix<T>(n, n);
    auto v = matrix<T>(1, n).template reshape<1>({n});
    double l = ns_per_call([&] { sink = std::abs(np::detail::loop_matrix_vector<T>(a, v).data()[0]); });
    double b = ns_per_call([&] { sink = std::abs(np::detail::blas_matrix_vector<T>(a, v).data()[0]); });
    double lt = ns_per_call([&] { sink = std::abs(np::detail::loop_vector_matrix<T>(v, a).data()[0]); });
    double bt = ns_per_call([&] { sink = std::abs(np::detail::blas_vector_matrix<T>(v, a).data()[0]); });
    std::printf("gemv %3ldx%-5ld %10.0f %10.0f   (v@A: %.0f %.0f)\n", static_cast<long>(n), static_cast<long>(n), l, b,
                lt, bt);
  }
  for (np::index_t n : {2, 4, 6, 8, 12, 16, 24, 32, 64}) {
    auto a = matrix<T>(n, n);
    double l = ns_per_call([&] { sink = std::abs(np::detail::loop_matrix_matrix<T>(a, a).data()[0]); });
    double b = ns_per_call([&] { sink = std::abs(np::detail::blas_matrix_matrix<T>(a, a).data()[0]); });
    std::printf("gemm %3ld^3    %10.0f %10.0f\n", static_cast<long>(n), l, b);
  }
}

}  // namespace

int main() {
  run<double>("float64");
  run<float>("float32");
  run<std::complex<double>>("complex128");
}
