// Differential test: replays CPython's results for arithmetic and math functions (printed by
// gen_cpython_cases.py under /usr/bin/python3) against the runtime, bit for bit, exceptions
// included.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "pyxc/arith.hpp"
#include "pyxc/builtins.hpp"
#include "pyxc/math.hpp"

namespace {

using pyxc::complex_t;
using pyxc::int_t;

/// A result: a double, an int, or an exception (type name and message).
struct outcome {
  bool is_int = false;
  double f = 0.0, fi = 0.0;  // fi: imaginary part for complex results
  int_t i = 0;
  std::string exc, msg;
};

template <class F>
outcome run(F&& f) {
  outcome o;
  try {
    using R = decltype(f());
    R r = f();
    if constexpr (std::is_same_v<R, complex_t>) {
      o.f = r.real();
      o.fi = r.imag();
    } else if constexpr (std::is_floating_point_v<R>) {
      o.f = r;
    } else {
      o.is_int = true;
      o.i = static_cast<int_t>(r);
    }
  } catch (const pyxc::exception& e) {
    o.exc = pyxc::exc_name(e.kind);
    o.msg = e.message;
  }
  return o;
}

bool same_bits(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::memcmp(&a, &b, sizeof a) == 0;
}

std::string show(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a (%.17g)", x, x);
  return buf;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) return parts;
    start = tab + 1;
  }
}

double num(const std::string& s) { return std::strtod(s.c_str(), nullptr); }
int_t inum(const std::string& s) { return std::strtoll(s.c_str(), nullptr, 10); }

using ff_fn = std::function<outcome(double, double)>;
using ii_fn = std::function<outcome(int_t, int_t)>;
using cc_fn = std::function<outcome(complex_t, complex_t)>;

#define FF(name, expr) {name, [](double a, double b) { (void)a; (void)b; return run([&] { return expr; }); }}
#define II(name, expr) {name, [](int_t a, int_t b) { (void)a; (void)b; return run([&] { return expr; }); }}
#define CC(name, expr) {name, [](complex_t a, complex_t b) { (void)a; (void)b; return run([&] { return expr; }); }}

const std::map<std::string, ff_fn> ff_ops = {
    FF("truediv", pyxc::truediv(a, b)),
    FF("floordiv", pyxc::floordiv(a, b)),
    FF("mod", pyxc::mod(a, b)),
    FF("pow", pyxc::pow(a, b)),
    FF("math.pow", pyxc::math::pow(a, b)),
    FF("math.fmod", pyxc::math::fmod(a, b)),
    FF("math.atan2", pyxc::math::atan2(a, b)),
    FF("math.copysign", pyxc::math::copysign(a, b)),
    FF("math.remainder", pyxc::math::remainder(a, b)),
    FF("math.log", pyxc::math::log(a, b)),
    FF("math.hypot", pyxc::math::hypot(a, b)),
    FF("math.isclose", static_cast<double>(pyxc::math::isclose(a, b))),
    FF("math.sqrt", pyxc::math::sqrt(a)),
    FF("math.exp", pyxc::math::exp(a)),
    FF("math.exp2", pyxc::math::exp2(a)),
    FF("math.expm1", pyxc::math::expm1(a)),
    FF("math.log1", pyxc::math::log(a)),
    FF("math.log2", pyxc::math::log2(a)),
    FF("math.log10", pyxc::math::log10(a)),
    FF("math.log1p", pyxc::math::log1p(a)),
    FF("math.sin", pyxc::math::sin(a)),
    FF("math.cos", pyxc::math::cos(a)),
    FF("math.tan", pyxc::math::tan(a)),
    FF("math.asin", pyxc::math::asin(a)),
    FF("math.acos", pyxc::math::acos(a)),
    FF("math.atan", pyxc::math::atan(a)),
    FF("math.sinh", pyxc::math::sinh(a)),
    FF("math.cosh", pyxc::math::cosh(a)),
    FF("math.tanh", pyxc::math::tanh(a)),
    FF("math.asinh", pyxc::math::asinh(a)),
    FF("math.acosh", pyxc::math::acosh(a)),
    FF("math.atanh", pyxc::math::atanh(a)),
    FF("math.cbrt", pyxc::math::cbrt(a)),
    FF("math.erf", pyxc::math::erf(a)),
    FF("math.erfc", pyxc::math::erfc(a)),
    FF("math.gamma", pyxc::math::gamma(a)),
    FF("math.lgamma", pyxc::math::lgamma(a)),
    FF("math.degrees", pyxc::math::degrees(a)),
    FF("math.radians", pyxc::math::radians(a)),
    FF("math.floor", pyxc::math::floor(a)),
    FF("math.ceil", pyxc::math::ceil(a)),
    FF("math.trunc", pyxc::math::trunc(a)),
    FF("int", pyxc::to_int(a)),
    FF("sum", pyxc::sum(pyxc::list<double>{a, b, a * 0.3, b * 1e-17})),
};

const std::map<std::string, ii_fn> ii_ops = {
    II("add", pyxc::add(a, b)),
    II("sub", pyxc::sub(a, b)),
    II("mul", pyxc::mul(a, b)),
    II("truediv", pyxc::truediv(a, b)),
    II("floordiv", pyxc::floordiv(a, b)),
    II("mod", pyxc::mod(a, b)),
    II("pow", pyxc::pow(a, b)),
    II("lshift", pyxc::lshift(a, b)),
    II("rshift", pyxc::rshift(a, b)),
    II("gcd", pyxc::math::gcd(a, b)),
    II("lcm", pyxc::math::lcm(a, b)),
    II("neg", pyxc::neg(a)),
    II("abs", pyxc::abs(a)),
    II("factorial", pyxc::math::factorial(a)),
    II("isqrt", pyxc::math::isqrt(a)),
};

const std::map<std::string, cc_fn> cc_ops = {
    CC("truediv", pyxc::truediv(a, b)),
    CC("pow", pyxc::pow(a, b)),
    CC("mul", pyxc::mul(a, b)),
    CC("abs", complex_t(pyxc::abs(a), 0.0)),
};

std::string script_path() {
  std::string here = __FILE__;
  const std::size_t slash = here.rfind('/');
  return (slash == std::string::npos ? std::string(".") : here.substr(0, slash)) +
         "/gen_cpython_cases.py";
}

TEST(CPythonCases, MatchCPython) {
  const char* python = "/usr/bin/python3";
  if (!std::ifstream(python).good()) GTEST_SKIP() << "no " << python;
  const std::string cmd = std::string(python) + " " + script_path();
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string text;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) text.append(buf, n);
  ASSERT_EQ(pclose(pipe), 0) << cmd;

  std::istringstream lines(text);
  std::string line;
  int cases = 0, failures = 0;
  while (std::getline(lines, line)) {
    const auto p = split_tabs(line);
    ASSERT_GE(p.size(), 6u) << line;
    const std::string& kind = p[0];
    const std::string& op = p[1];
    outcome got, want;
    want.exc = p[p.size() - 2];
    want.msg = p[p.size() - 1];
    if (kind == "ff") {
      auto it = ff_ops.find(op);
      ASSERT_NE(it, ff_ops.end()) << op;
      got = it->second(num(p[2]), num(p[3]));
      if (p[4].rfind("i:", 0) == 0) {
        want.is_int = true;
        want.i = inum(p[4].substr(2));
      } else {
        want.f = num(p[4]);
      }
    } else if (kind == "ii") {
      auto it = ii_ops.find(op);
      ASSERT_NE(it, ii_ops.end()) << op;
      got = it->second(inum(p[2]), inum(p[3]));
      if (p[4].rfind("f:", 0) == 0) {
        want.f = num(p[4].substr(2));
      } else {
        want.is_int = true;
        want.i = inum(p[4]);
      }
    } else if (kind == "if") {
      const int_t i = inum(p[2]);
      const double f = num(p[3]);
      want.is_int = true;
      want.i = inum(p[4]);
      got.is_int = true;
      got.i = pyxc::lt(i, f) | pyxc::le(i, f) << 1 | pyxc::eq(i, f) << 2 | pyxc::ne(i, f) << 3 |
              pyxc::gt(i, f) << 4 | pyxc::ge(i, f) << 5;
      const int_t mirrored = pyxc::gt(f, i) | pyxc::ge(f, i) << 1 | pyxc::eq(f, i) << 2 |
                             pyxc::ne(f, i) << 3 | pyxc::lt(f, i) << 4 | pyxc::le(f, i) << 5;
      if (mirrored != got.i) got.i = -1;
    } else if (kind == "cc") {
      auto it = cc_ops.find(op);
      ASSERT_NE(it, cc_ops.end()) << op;
      got = it->second(complex_t(num(p[2]), num(p[3])), complex_t(num(p[4]), num(p[5])));
      want.f = num(p[6]);
      want.fi = num(p[7]);
    } else {
      FAIL() << "bad line: " << line;
    }
    ++cases;
    bool ok = got.exc == want.exc && got.msg == want.msg;
    if (ok && want.exc.empty()) {
      ok = got.is_int == want.is_int &&
           (want.is_int ? got.i == want.i : same_bits(got.f, want.f) && same_bits(got.fi, want.fi));
    }
    if (!ok && ++failures <= 40) {
      ADD_FAILURE() << "case: " << line << "\n  got: "
                    << (got.exc.empty() ? (got.is_int ? std::to_string(got.i)
                                                      : show(got.f) + " " + show(got.fi))
                                        : got.exc + ": " + got.msg);
    }
  }
  EXPECT_EQ(failures, 0) << "of " << cases << " cases";
  EXPECT_GT(cases, 10000);
}

}  // namespace
