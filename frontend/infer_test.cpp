// Unit tests of type inference: the types it settles on and the errors it reports.
#include "frontend/infer.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "frontend/export_spec.hpp"
#include "frontend/parser.hpp"

namespace pyxc {
namespace {

struct Inferred {
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<Module> module;
  std::vector<ExportedFunction> exports;
  std::optional<TypedProgram> program;
  std::string errors;

  const Instantiation* find(const std::string& cpp_name) const {
    for (const auto& inst : program->instantiations)
      if (inst->cpp_name == cpp_name) return inst.get();
    return nullptr;
  }
};

Inferred infer(const std::string& source) {
  Inferred r;
  r.file = std::make_unique<SourceFile>("t.py", source);
  std::FILE* sink = std::tmpfile();
  Diagnostics diags(*r.file, sink);
  auto module = parse_module(*r.file, "t", diags);
  if (module) {
    r.module = std::make_unique<Module>(std::move(*module));
    r.exports = resolve_exports(*r.module, diags);
    if (!diags.has_errors()) r.program = infer_program(*r.module, r.exports, diags);
  }
  for (const auto& d : diags.all()) r.errors += d.message + "\n";
  std::fclose(sink);
  return r;
}

TEST(Infer, NumericWideningOfLocals) {
  auto r = infer(
      "#export f(int)\n"
      "def f(n):\n"
      "    x = 0\n"
      "    for i in range(n):\n"
      "        x = x + 0.5\n"
      "    return x\n");
  ASSERT_TRUE(r.program) << r.errors;
  const Instantiation* f = r.find("f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->locals.at("x"), types::float_());
  EXPECT_EQ(f->locals.at("i"), types::int_());
  EXPECT_EQ(f->return_type, types::float_());
}

TEST(Infer, EmptyListTakesTypeFromAppend) {
  auto r = infer(
      "#export f(int)\n"
      "def f(n):\n"
      "    out = []\n"
      "    for i in range(n):\n"
      "        out.append(i * 1.5)\n"
      "    return out\n");
  ASSERT_TRUE(r.program) << r.errors;
  EXPECT_EQ(r.find("f")->return_type, types::list(types::float_()));
}

TEST(Infer, RecursionSettles) {
  auto r = infer(
      "#export fib(int)\n"
      "def fib(n):\n"
      "    if n < 2:\n"
      "        return n\n"
      "    return fib(n - 1) + fib(n - 2)\n");
  ASSERT_TRUE(r.program) << r.errors;
  EXPECT_EQ(r.find("fib")->return_type, types::int_());
}

TEST(Infer, ReadOnlyFloatListGetsABorrowedInstantiation) {
  auto r = infer(
      "def mean(xs):\n"
      "    return sum(xs) / len(xs)\n"
      "#export f(float list)\n"
      "def f(xs):\n"
      "    return mean(xs) + xs[-1]\n");
  ASSERT_TRUE(r.program) << r.errors;
  ASSERT_EQ(r.program->exports.size(), 1u);
  const TypedOverload& o = r.program->exports[0].overloads[0];
  ASSERT_NE(o.borrowed, nullptr);
  EXPECT_TRUE(o.borrowed->param_types[0]->borrowed);
  // The callee is instantiated for the borrowed list too.
  EXPECT_NE(r.find("mean__float_list_view"), nullptr);
}

TEST(Infer, MutatedListIsNotBorrowed) {
  auto r = infer(
      "#export f(float list)\n"
      "def f(xs):\n"
      "    xs.append(1.0)\n"
      "    return len(xs)\n");
  ASSERT_TRUE(r.program) << r.errors;
  EXPECT_EQ(r.program->exports[0].overloads[0].borrowed, nullptr);
}

TEST(Infer, ListPassedToAMutatingCalleeIsNotBorrowed) {
  auto r = infer(
      "def push(ys):\n"
      "    ys[0] = 2.0\n"
      "#export f(float list)\n"
      "def f(xs):\n"
      "    push(xs)\n"
      "    return xs[0]\n");
  ASSERT_TRUE(r.program) << r.errors;
  EXPECT_EQ(r.program->exports[0].overloads[0].borrowed, nullptr);
}

TEST(Infer, IntPowNegativeLiteralIsFloat) {
  auto r = infer("#export f(int)\ndef f(n):\n    return n ** -2\n");
  ASSERT_TRUE(r.program) << r.errors;
  EXPECT_EQ(r.find("f")->return_type, types::float_());
}

TEST(Infer, ReportsTypeErrors) {
  auto r = infer("#export f(float)\ndef f(x):\n    return 'a' + x\n");
  EXPECT_FALSE(r.program);
  EXPECT_NE(r.errors.find("unsupported operand types for +: `str` and `float`"), std::string::npos) << r.errors;
}

TEST(Infer, ReportsConflictingReturns) {
  auto r = infer("#export f(int)\ndef f(n):\n    if n:\n        return 1\n    return 'x'\n");
  EXPECT_FALSE(r.program);
  EXPECT_NE(r.errors.find("`f` returns a str here but an int at line 4"), std::string::npos) << r.errors;
}

TEST(Infer, FallingOffTheEndIsNone) {
  auto r = infer("#export f(int)\ndef f(n):\n    if n:\n        return 1.5\n");
  ASSERT_TRUE(r.program) << r.errors;
  EXPECT_EQ(r.find("f")->return_type, types::optional(types::float_()));
}

TEST(Infer, NoneAndAValueJoinToAnOptional) {
  EXPECT_EQ(join(types::none(), types::int_()), types::optional(types::int_()));
  EXPECT_EQ(join(types::optional(types::int_()), types::float_()), types::optional(types::float_()));
  EXPECT_EQ(join(types::optional(types::int_()), types::none()), types::optional(types::int_()));
  EXPECT_EQ(join(types::none(), types::exception()), nullptr);
  EXPECT_EQ(to_string(types::optional(types::list(types::int_()))), "int list or None");
}

TEST(Infer, ANarrowedOptionalIsItsValue) {
  // After `if x is None: return`, x is a float: the result is not optional.
  auto r = infer("#export f(int list)\ndef f(xs):\n    m = None\n    for x in xs:\n        m = x\n"
                 "    if m is None:\n        return 0\n    return m\n");
  ASSERT_TRUE(r.program) << r.errors;
  ASSERT_TRUE(r.find("f"));
  EXPECT_EQ(r.find("f")->return_type, types::int_());
}

}  // namespace
}  // namespace pyxc
