// Tests of pyxc/str.hpp: a differential test replaying CPython's results for every str
// operation (printed by gen_str_cases.py under /usr/bin/python3), exceptions included, and
// unit tests of the behaviour the differential cases cannot show (iteration, lifetimes).
#include "pyxc/str.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "pyxc/builtins.hpp"
#include "test_util.hpp"

namespace {

using namespace pyxc;  // NOLINT: the runtime's names read best unqualified here
using std::nullopt;

// --- the line format shared with gen_str_cases.py ----------------------------------------

std::string unesc(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out.push_back(s[i]);
      continue;
    }
    const char c = s[++i];
    out.push_back(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == 'e' ? '\x1e' : c);
  }
  return out;
}

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\x1e': out += "\\e"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string enc(const str& s) { return esc(s); }
std::string enc(int_t i) { return std::to_string(i); }
std::string enc(bool b) { return b ? "True" : "False"; }
std::string enc(const list<str>& xs) {
  std::string out = std::to_string(xs.size()) + ":";
  bool first = true;
  for (const str& x : xs) {
    if (!first) out.push_back('\x1e');
    first = false;
    out += esc(x);
  }
  return out;
}
std::string enc(const std::tuple<str, str, str>& t) {
  return enc(list<str>{std::get<0>(t), std::get<1>(t), std::get<2>(t)});
}
/// Floats are compared by bits: encode as C99 hex, decoded again on comparison.
std::string enc(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", x);
  return std::string("\x01") + "F" + buf;
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

/// The arguments of one case, decoded on demand by type.
struct args_t {
  std::vector<std::string> raw;
  str S(std::size_t k) const { return unesc(raw[k]); }
  int_t I(std::size_t k) const { return std::strtoll(raw[k].c_str(), nullptr, 10); }
  std::optional<int_t> O(std::size_t k) const {
    if (raw[k] == "None") return nullopt;
    return I(k);
  }
  double F(std::size_t k) const { return std::strtod(raw[k].c_str(), nullptr); }
  bool B(std::size_t k) const { return raw[k] == "True"; }
  list<str> L(std::size_t k) const {
    list<str> xs;
    const std::string& r = raw[k];
    const std::size_t colon = r.find(':');
    const long n = std::strtol(r.c_str(), nullptr, 10);
    std::size_t start = colon + 1;
    for (long j = 0; j < n; ++j) {
      const std::size_t sep = r.find('\x1e', start);
      xs.append(unesc(r.substr(start, sep - start)));
      start = sep + 1;
    }
    return xs;
  }
};

using op_fn = std::function<std::string(const args_t&)>;

#define OP(name, expr) {name, [](const args_t& a) { (void)a; return enc(expr); }}

const std::map<std::string, op_fn>& ops() {
  static const std::map<std::string, op_fn> table = {
      OP("len", str_len(a.S(0))),
      OP("getitem", str_getitem(a.S(0), a.I(1))),
      OP("slice", str_slice(a.S(0), a.O(1), a.O(2), a.O(3))),
      {"chars",
       [](const args_t& a) {
         list<str> xs;
         for (const str& c : str_chars(a.S(0))) xs.append(c);
         return enc(xs);
       }},
      OP("split0", str_split(a.S(0))),
      OP("rsplit0", str_rsplit(a.S(0))),
      OP("splitw", str_split(a.S(0), None, a.I(1))),
      OP("rsplitw", str_rsplit(a.S(0), None, a.I(1))),
      OP("split", str_split(a.S(0), a.S(1))),
      OP("rsplit", str_rsplit(a.S(0), a.S(1))),
      OP("splitn", str_split(a.S(0), a.S(1), a.I(2))),
      OP("rsplitn", str_rsplit(a.S(0), a.S(1), a.I(2))),
      OP("join", str_join(a.S(0), a.L(1))),
      OP("strip", str_strip(a.S(0))),
      OP("lstrip", str_lstrip(a.S(0))),
      OP("rstrip", str_rstrip(a.S(0))),
      OP("stripc", str_strip(a.S(0), a.S(1))),
      OP("lstripc", str_lstrip(a.S(0), a.S(1))),
      OP("rstripc", str_rstrip(a.S(0), a.S(1))),
      OP("replace", str_replace(a.S(0), a.S(1), a.S(2))),
      OP("replacen", str_replace(a.S(0), a.S(1), a.S(2), a.I(3))),
      OP("find", str_find(a.S(0), a.S(1))),
      OP("rfind", str_rfind(a.S(0), a.S(1))),
      OP("index", str_index(a.S(0), a.S(1))),
      OP("rindex", str_rindex(a.S(0), a.S(1))),
      OP("count", str_count(a.S(0), a.S(1))),
      OP("startswith", str_startswith(a.S(0), a.S(1))),
      OP("endswith", str_endswith(a.S(0), a.S(1))),
      OP("find2", str_find(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("rfind2", str_rfind(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("index2", str_index(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("rindex2", str_rindex(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("count2", str_count(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("startswith2", str_startswith(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("endswith2", str_endswith(a.S(0), a.S(1), a.O(2), a.O(3))),
      OP("contains", str_contains(a.S(0), a.S(1))),
      OP("upper", str_upper(a.S(0))),
      OP("lower", str_lower(a.S(0))),
      OP("title", str_title(a.S(0))),
      OP("capitalize", str_capitalize(a.S(0))),
      OP("swapcase", str_swapcase(a.S(0))),
      OP("casefold", str_casefold(a.S(0))),
      OP("isprintable", str_isprintable(a.S(0))),
      OP("isidentifier", str_isidentifier(a.S(0))),
      OP("partition", str_partition(a.S(0), a.S(1))),
      OP("rpartition", str_rpartition(a.S(0), a.S(1))),
      OP("removeprefix", str_removeprefix(a.S(0), a.S(1))),
      OP("removesuffix", str_removesuffix(a.S(0), a.S(1))),
      OP("splitlines", str_splitlines(a.S(0), a.B(1))),
      OP("expandtabs", str_expandtabs(a.S(0), a.I(1))),
      OP("startswith_t", str_startswith(a.S(0), std::make_tuple(a.S(1), a.S(2)))),
      OP("endswith_t", str_endswith(a.S(0), std::make_tuple(a.S(1), a.S(2)))),
      {"idprops",
       [](const args_t& a) {
         str out;
         for (const str& c : str_chars(a.S(0)))
           out += std::to_string(str_isidentifier(c) + 2 * str_isidentifier("a" + c));
         return enc(out);
       }},
      OP("isdigit", str_isdigit(a.S(0))),
      OP("isalpha", str_isalpha(a.S(0))),
      OP("isspace", str_isspace(a.S(0))),
      OP("isalnum", str_isalnum(a.S(0))),
      OP("isupper", str_isupper(a.S(0))),
      OP("islower", str_islower(a.S(0))),
      OP("isdecimal", str_isdecimal(a.S(0))),
      OP("isnumeric", str_isnumeric(a.S(0))),
      OP("istitle", str_istitle(a.S(0))),
      OP("isascii", str_isascii(a.S(0))),
      OP("zfill", str_zfill(a.S(0), a.I(1))),
      OP("center", str_center(a.S(0), a.I(1), a.S(2))),
      OP("ljust", str_ljust(a.S(0), a.I(1), a.S(2))),
      OP("rjust", str_rjust(a.S(0), a.I(1), a.S(2))),
      OP("repeat", str_repeat(a.S(0), a.I(1))),
      OP("repr", repr_str(a.S(0))),
      OP("ord", ord(a.S(0))),
      OP("chr", chr(a.I(0))),
      OP("to_int", str_to_int(a.S(0))),
      OP("to_float", str_to_float(a.S(0))),
      OP("to_int_base", str_to_int(a.S(0), a.I(1))),
      OP("str_int", to_str(a.I(0))),
      OP("str_bool", to_str(a.B(0))),
      OP("str_float", to_str(a.F(0))),
      OP("str_complex", to_str(complex_t(a.F(0), a.F(1)))),
      OP("fmt_float", format_value(a.F(0), a.S(1))),
      OP("fmt_int", format_value(a.I(0), a.S(1))),
      OP("fmt_bool", format_value(a.B(0), a.S(1))),
      OP("fmt_str", format_value(a.S(0), a.S(1))),
      OP("fmt_complex", format_value(complex_t(a.F(0), a.F(1)), a.S(2))),
      OP("format_ifs", str_format(a.S(0), a.I(1), a.F(2), a.S(3))),
      OP("percent_ifs", percent_format(a.S(0), a.I(1), a.F(2), a.S(3))),
      OP("percent_f", percent_format(a.S(0), a.F(1))),
      OP("percent_s", percent_format(a.S(0), a.S(1))),
      OP("percent_i", percent_format(a.S(0), a.I(1))),
      OP("percent_b", percent_format(a.S(0), a.B(1))),
      {"charprops",
       [](const args_t& a) {
         str out;
         for (const str& c : str_chars(a.S(0))) {
           const bool bits[] = {str_isalpha(c), str_isdecimal(c), str_isdigit(c), str_isnumeric(c),
                                str_isspace(c), str_islower(c),   str_isupper(c), str_istitle(c),
                                repr_str(c) == "'" + c + "'" || c == "'" || c == "\\",        str_isalnum(c)};
           int v = 0;
           for (int k = 0; k < 10; ++k) v |= bits[k] << k;
           char buf[8];
           std::snprintf(buf, sizeof buf, "%03x", v);
           out += buf;
         }
         return enc(out);
       }},
  };
  return table;
}

std::string script_path() {
  std::string here = __FILE__;
  const std::size_t slash = here.rfind('/');
  return (slash == std::string::npos ? std::string(".") : here.substr(0, slash)) + "/gen_str_cases.py";
}

bool same_result(const std::string& got, const std::string& want) {
  if (got == want) return true;
  if (got.rfind("vF", 0) == 0 && want.rfind("v:", 0) == 0)
    return same_double(std::strtod(got.c_str() + 2, nullptr), std::strtod(want.c_str() + 2, nullptr));
  return false;
}

TEST(StrCPythonCases, MatchCPython) {
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
  std::map<std::string, int> failures_by_op;
  int cases = 0, failures = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> p = split_tabs(line);
    ASSERT_GE(p.size(), 2u) << line;
    const std::string op = p[0];
    const std::string want = p.back();
    args_t a;
    a.raw.assign(p.begin() + 1, p.end() - 1);
    auto it = ops().find(op);
    ASSERT_NE(it, ops().end()) << "unknown op " << op;
    std::string got;
    try {
      got = "v:" + it->second(a);
      if (got.rfind(std::string("v:\x01") + "F", 0) == 0) got = "vF" + got.substr(4);
    } catch (const pyxc::exception& e) {
      got = std::string("e:") + exc_name(e.kind) + ":" + esc(e.message);
    } catch (const std::exception& e) {
      got = std::string("C++ exception: ") + e.what();
    }
    ++cases;
    if (!same_result(got, want)) {
      ++failures;
      if (++failures_by_op[op] <= 6) ADD_FAILURE() << "case: " << line << "\n   got: " << got;
    }
  }
  for (const auto& [op, n] : failures_by_op) ADD_FAILURE() << op << ": " << n << " failures";
  EXPECT_EQ(failures, 0) << "of " << cases << " cases";
  EXPECT_GT(cases, 50000);
}

// --- unit tests --------------------------------------------------------------------------

TEST(Str, BriefExamples) {
  EXPECT_EQ(format_value(1234.5678, ",.2f"), "1,234.57");
  EXPECT_EQ(format_value(0.5, ".0f"), "0");
  EXPECT_EQ(format_value(1e20, "g"), "1e+20");
  EXPECT_EQ(to_str(1e16), "1e+16");
  EXPECT_EQ(to_str(0.0001), "0.0001");
  EXPECT_EQ(to_str(1e-5), "1e-05");
  EXPECT_EQ(to_str(-0.0), "-0.0");
  EXPECT_EQ(to_str(1e15), "1000000000000000.0");
  EXPECT_EQ(to_str(complex_t(1, 2)), "(1+2j)");
  EXPECT_EQ(to_str(complex_t(0, 1)), "1j");
  EXPECT_EQ(to_str(complex_t(-0.0, -1)), "(-0-1j)");
  EXPECT_EQ(to_str(None), "None");
  EXPECT_EQ(to_str(true), "True");
  EXPECT_EQ(str_format("{} {:.2f}", int_t(1), 2.0), "1 2.00");
  EXPECT_EQ(percent_format("%d %.3f %s", int_t(1), 2.0, str("x")), "1 2.000 x");
  EXPECT_PY_RAISES(str_to_int("x"), ValueError, "invalid literal for int() with base 10: 'x'");
  EXPECT_PY_RAISES(str_to_float("x"), ValueError, "could not convert string to float: 'x'");
  EXPECT_PY_RAISES(ord("ab"), TypeError, "ord() expected a character, but string of length 2 found");
  EXPECT_PY_RAISES(str_getitem("é", 1), IndexError, "string index out of range");
  EXPECT_PY_RAISES(str_split("a", ""), ValueError, "empty separator");
  EXPECT_PY_RAISES(str_index("a", "b"), ValueError, "substring not found");
}

TEST(Str, LenCountsCodePoints) {
  EXPECT_EQ(len(str("日本語")), 3);
  EXPECT_EQ(str_len("😀x"), 2);
  EXPECT_EQ(str_len(""), 0);
}

TEST(Str, IterationOwnsItsText) {
  str s = "aé😀";
  std::vector<str> seen;
  for (const str& c : str_chars(s)) {
    s += "z";  // rebinding/mutating the variable does not affect the loop, as in Python
    seen.push_back(c);
  }
  EXPECT_EQ(seen, (std::vector<str>{"a", "é", "😀"}));
  seen.clear();
  for (str c : str_chars(str("xy"))) seen.push_back(c);  // a temporary lives through the loop
  EXPECT_EQ(seen, (std::vector<str>{"x", "y"}));
}

TEST(Str, LongStringsTakeFastPaths) {
  const str ascii(100000, 'a');
  const str mixed = ascii + "é" + ascii;
  EXPECT_EQ(str_getitem(mixed, 100000), "é");
  EXPECT_EQ(str_getitem(mixed, -100001), "é");
  EXPECT_EQ(str_slice(mixed, 99999, 100002, nullopt), "aéa");
  EXPECT_EQ(str_find(mixed, "é"), 100000);
  EXPECT_EQ(str_rfind(mixed, "a"), 200000);
  EXPECT_EQ(str_len(mixed), 200001);
  EXPECT_EQ(str_count(mixed, "aa"), 100000);
  EXPECT_EQ(str_repeat("ab", 50000).size(), 100000u);
  EXPECT_EQ(str_upper(mixed).substr(99999, 4), "AÉA");
}

TEST(Str, JoinAcceptsAnyIterable) {
  const std::vector<str> v{"a", "b", "c"};
  EXPECT_EQ(str_join(", ", v), "a, b, c");
  EXPECT_EQ(str_join("-", list<str>{}), "");
  EXPECT_EQ(str_join("", str_chars("héllo")), "héllo");
}

TEST(Str, FormatArgumentKinds) {
  EXPECT_EQ(str_format("{} {} {} {}", true, None, complex_t(1, -1), 7), "True None (1-1j) 7");
  EXPECT_EQ(str_format("{!r:>6}|{:5}|{:<5}|", str("é"), true, 1.5), "   'é'|    1|1.5  |");
  EXPECT_EQ(percent_format("%s|%r|%5s|%-4d|", None, str("a"), true, 7), "None|'a'| True|7   |");
}

}  // namespace
