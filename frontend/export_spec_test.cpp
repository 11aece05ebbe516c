// Export specs: the type grammar, `or` expansion into overloads, merging of export lines, and
// each located error.
#include <gtest/gtest.h>

#include <cstdio>

#include "frontend/export_spec.hpp"
#include "frontend/parser.hpp"

namespace pyxc {
namespace {

std::vector<std::string> spelled(const std::vector<Type>& ts) {
  std::vector<std::string> out;
  for (Type t : ts) out.push_back(to_string(t));
  return out;
}

using Strings = std::vector<std::string>;

// ------------------------------------------------------------------ type grammar

TEST(ExportSpec, Scalars) {
  EXPECT_EQ(parse_export_type_for_test("int"), std::vector<Type>{types::int_()});
  EXPECT_EQ(parse_export_type_for_test("float"), std::vector<Type>{types::float_()});
  EXPECT_EQ(parse_export_type_for_test("complex"), std::vector<Type>{types::complex_()});
  EXPECT_EQ(parse_export_type_for_test("bool"), std::vector<Type>{types::boolean()});
  EXPECT_EQ(parse_export_type_for_test("str"), std::vector<Type>{types::str()});
  EXPECT_EQ(parse_export_type_for_test("None"), std::vector<Type>{types::none()});
  EXPECT_EQ(parse_export_type_for_test("int64"), std::vector<Type>{types::int_()});
  EXPECT_EQ(parse_export_type_for_test("float64"), std::vector<Type>{types::float_()});
  EXPECT_EQ(parse_export_type_for_test("complex128"), std::vector<Type>{types::complex_()});
}

TEST(ExportSpec, ListsAndTuples) {
  EXPECT_EQ(parse_export_type_for_test("float list"), std::vector<Type>{types::list(types::float_())});
  EXPECT_EQ(parse_export_type_for_test("float list list"),
            std::vector<Type>{types::list(types::list(types::float_()))});
  EXPECT_EQ(parse_export_type_for_test("(int, float)"),
            std::vector<Type>{types::tuple({types::int_(), types::float_()})});
  EXPECT_EQ(parse_export_type_for_test("(int)"), std::vector<Type>{types::int_()});
  EXPECT_EQ(parse_export_type_for_test("(int,)"), std::vector<Type>{types::tuple({types::int_()})});
  EXPECT_EQ(parse_export_type_for_test("((int, str) list, bool)"),
            std::vector<Type>{types::tuple(
                {types::list(types::tuple({types::int_(), types::str()})), types::boolean()})});
  EXPECT_EQ(parse_export_type_for_test("  ( int ,float )  list "),
            std::vector<Type>{types::list(types::tuple({types::int_(), types::float_()}))});
}

TEST(ExportSpec, OrAlternativesInWrittenOrder) {
  EXPECT_EQ(parse_export_type_for_test("int or float"),
            (std::vector<Type>{types::int_(), types::float_()}));
  // `or` binds loosest: `int or float list` is `int` or `float list`.
  EXPECT_EQ(parse_export_type_for_test("int or float list"),
            (std::vector<Type>{types::int_(), types::list(types::float_())}));
  EXPECT_EQ(parse_export_type_for_test("(int or float) list"),
            (std::vector<Type>{types::list(types::int_()), types::list(types::float_())}));
  EXPECT_EQ(spelled(parse_export_type_for_test("(int or float, str or bool)")),
            (Strings{"(int, str)", "(int, bool)", "(float, str)", "(float, bool)"}));
}

TEST(ExportSpec, DictAndSetTypes) {
  EXPECT_EQ(parse_export_type_for_test("int set"), (std::vector<Type>{types::set(types::int_())}));
  EXPECT_EQ(parse_export_type_for_test("str:float dict"),
            (std::vector<Type>{types::dict(types::str(), types::float_())}));
  EXPECT_EQ(parse_export_type_for_test("str:float list dict"),
            (std::vector<Type>{types::dict(types::str(), types::list(types::float_()))}));
  EXPECT_EQ(parse_export_type_for_test("int:float dict list"),
            (std::vector<Type>{types::list(types::dict(types::int_(), types::float_()))}));
}

TEST(ExportSpec, NdarrayTypes) {
  EXPECT_EQ(parse_export_type_for_test("float64[]"), (std::vector<Type>{types::ndarray(Dtype::Float64, 1)}));
  EXPECT_EQ(parse_export_type_for_test("float[][]"), (std::vector<Type>{types::ndarray(Dtype::Float64, 2)}));
  EXPECT_EQ(parse_export_type_for_test("int32[:,:]"), (std::vector<Type>{types::ndarray(Dtype::Int32, 2)}));
  EXPECT_EQ(parse_export_type_for_test("uint8[:, ::1]"), (std::vector<Type>{types::ndarray(Dtype::UInt8, 2, true)}));
  EXPECT_EQ(parse_export_type_for_test("complex64[::1]"), (std::vector<Type>{types::ndarray(Dtype::Complex64, 1, true)}));
  EXPECT_EQ(parse_export_type_for_test("bool[:,:] order(C)"), (std::vector<Type>{types::ndarray(Dtype::Bool, 2, true)}));
  EXPECT_EQ(parse_export_type_for_test("(float64[], int)"),
            (std::vector<Type>{types::tuple({types::ndarray(Dtype::Float64, 1), types::int_()})}));
  EXPECT_EQ(to_string(types::ndarray(Dtype::Float64, 2, true)), "float64[:, ::1]");
  EXPECT_EQ(to_string(types::ndarray(Dtype::Int8, 3)), "int8[:, :, :]");
  Type fortran = types::ndarray_spec(Dtype::Float64, 2, false, true, {});
  EXPECT_EQ(parse_export_type_for_test("float64[:,:] order(F)"), (std::vector<Type>{fortran}));
  EXPECT_EQ(parse_export_type_for_test("float64[::1, :]"), (std::vector<Type>{fortran}));
  EXPECT_EQ(to_string(fortran), "float64[:, :] order(F)");
  Type fixed = types::ndarray_spec(Dtype::Float64, 2, false, false, {-1, 3});
  EXPECT_EQ(parse_export_type_for_test("float64[:,3]"), (std::vector<Type>{fixed}));
  EXPECT_EQ(parse_export_type_for_test("float64[::, 3]"), (std::vector<Type>{fixed}));
  EXPECT_EQ(to_string(fixed), "float64[:, 3]");
  EXPECT_EQ(to_string(types::ndarray_spec(Dtype::Int32, 1, false, false, {12})), "int32[12]");
  // One axis: Fortran order is C order; no fixed extent is the plain type.
  EXPECT_EQ(parse_export_type_for_test("float64[:] order(F)"), (std::vector<Type>{types::ndarray(Dtype::Float64, 1, true)}));
  EXPECT_EQ(types::ndarray_spec(Dtype::Float64, 2, false, false, {-1, -1}), types::ndarray(Dtype::Float64, 2));
}

TEST(ExportSpec, MalformedTypesGiveNothing) {
  for (const char* bad : {"", "int list)", "(int", "(int float)", "flaot", "float32", "float64[:,::1,:]",
                          "float64[:,:2]", "float64[::1,::1]", "float64[] list", "float64[:", "int:float",
                          "int:float list", "int or", "list", ","})
    EXPECT_TRUE(parse_export_type_for_test(bad).empty()) << bad;
}

// ------------------------------------------------------------------ resolution

struct Resolved {
  std::optional<Module> module;  // owns the FunctionDefs the exports point to
  std::vector<ExportedFunction> exports;
  std::vector<Diagnostic> diags;
  std::string output;
};

Resolved resolve(const std::string& text) {
  SourceFile file("test.py", text);
  std::FILE* out = std::tmpfile();
  Diagnostics diags(file, out);
  Resolved r;
  r.module = parse_module(file, "test", diags);
  EXPECT_TRUE(r.module) << text;
  if (r.module) r.exports = resolve_exports(*r.module, diags);
  r.diags = diags.all();
  std::rewind(out);
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, out)) > 0) r.output.append(buffer, n);
  std::fclose(out);
  return r;
}

Strings overloads(const ExportedFunction& f) {
  Strings out;
  for (const ExportOverload& o : f.overloads) {
    std::string s = "(";
    for (std::size_t i = 0; i < o.params.size(); ++i) s += (i ? ", " : "") + to_string(o.params[i]);
    out.push_back(s + ")");
  }
  return out;
}

const char* const kFunctions =
    "def mean(xs):\n    return xs\n"
    "def scale(xs, k, offset=0.0):\n    return xs\n"
    "def nothing():\n    return 1\n";

TEST(ExportSpec, OverloadsExpandMergeAndDeduplicate) {
  Resolved r = resolve(
      "#export mean(float list or int list)\n"
      "# pythran export scale(float list, int or float), nothing()\n"
      "#pythran export mean(float list)\n"  // duplicate: dropped
      "#export mean(complex list)\n"
      "#export scale(int list, int, float)\n" +
      std::string(kFunctions));
  EXPECT_EQ(r.output, "");
  ASSERT_EQ(r.exports.size(), 3u);
  EXPECT_EQ(r.exports[0].name, "mean");
  ASSERT_NE(r.exports[0].def, nullptr);
  EXPECT_EQ(r.exports[0].def->name, "mean");
  EXPECT_EQ(overloads(r.exports[0]), (Strings{"(float list)", "(int list)", "(complex list)"}));
  EXPECT_EQ(r.exports[1].name, "scale");
  EXPECT_EQ(overloads(r.exports[1]),
            (Strings{"(float list, int)", "(float list, float)", "(int list, int, float)"}));
  EXPECT_EQ(r.exports[2].name, "nothing");
  EXPECT_EQ(overloads(r.exports[2]), (Strings{"()"}));

  // Each overload points at the spec text it came from.
  const SourceRange& first = r.exports[0].overloads[0].range;
  EXPECT_EQ(first.begin.line, 1u);
  EXPECT_EQ(first.begin.col, 9u);
  EXPECT_EQ(first.end.col, 37u);
  const SourceRange& nothing = r.exports[2].overloads[0].range;
  EXPECT_EQ(nothing.begin.line, 2u);
  EXPECT_EQ(nothing.begin.col, 51u);
}

struct SpecError {
  const char* line;  // the export comment; `@` marks where the diagnostic must point
  DiagId id;
  const char* message_part;
};

TEST(ExportSpec, ErrorsAreLocatedInsideTheComment) {
  const SpecError cases[] = {
      {"#export mean(float list@", DiagId::export_syntax, "expected `,` or `)`, found the end of the line"},
      {"#export @mean", DiagId::export_syntax, "`mean` is a function: export it with its parameter types"},
      {"#export mean @float", DiagId::export_syntax, "expected `(` after `mean`"},
      {"#export @LIMIT", DiagId::export_unknown_name, "`LIMIT`, which is neither a function nor"},
      {"#export scale(int?, @int)", DiagId::export_syntax, "must be optional too: add `?`"},
      {"#export @scale(int, int?, int?, int?)", DiagId::export_arity, "gives 1 to 4 argument type(s) but the function takes 2 to 3"},
      {"#export mean(float list@]", DiagId::export_syntax, "found `]`"},
      {"#export mean(float list) @junk", DiagId::export_syntax, "expected `,` or the end of the export line"},
      {"#export mean(@)", DiagId::export_syntax, "expected a type"},  // `(` with nothing
      {"#export @(int)", DiagId::export_syntax, "expected a function name"},
      {"#export mean(@flot list)", DiagId::export_unknown_type_hint, "did you mean `float`?"},
      {"#export mean(@matrix)", DiagId::export_unknown_type, "unknown type `matrix`"},
      {"#export @meen(float list)", DiagId::export_no_function_hint, "did you mean `mean`?"},
      {"#export @zzzzzz(float list)", DiagId::export_no_function, "`zzzzzz`"},
      {"#export @mean(float list, int)", DiagId::export_arity, "gives 2 argument type(s) but the function takes 1"},
      {"#export @scale(float list)", DiagId::export_arity, "takes 2 to 3"},
      {"#export @nothing(int)", DiagId::export_arity, "takes 0"},
      {"#export mean(@float32 list)", DiagId::unsupported_construct_hint, "`float32`"},
      {"#export mean(float64[:,@:2])", DiagId::unsupported_construct_hint, "this dimension"},
      {"#export mean(float[:,@::1,:])", DiagId::unsupported_construct_hint, "middle dimension"},
      {"#export mean(str:float @)", DiagId::export_syntax, "expected `dict` after `K:V`"},
  };
  for (const SpecError& c : cases) {
    std::string line = c.line;
    std::size_t at = line.find('@');
    line.erase(at, 1);
    // `(` with nothing inside: "mean()" is a valid zero-argument spec, so use "mean(,)".
    if (line == "#export mean()") line = "#export mean(,)";
    Resolved r = resolve(line + "\n" + kFunctions);
    ASSERT_EQ(r.diags.size(), 1u) << line << "\n" << r.output;
    const Diagnostic& d = r.diags[0];
    EXPECT_EQ(diag_info(d.id).name, std::string(diag_info(c.id).name)) << line;
    EXPECT_EQ(d.range.begin.line, 1u) << line;
    EXPECT_EQ(d.range.begin.col, at + 1) << line << "\n" << r.output;
    EXPECT_NE(d.message.find(c.message_part), std::string::npos) << d.message;
  }
}

TEST(ExportSpec, DefaultsMayBeOmitted) {
  Resolved r = resolve(std::string("#export scale(float list, int)\n#export scale(float list, int, float)\n") +
                       kFunctions);
  EXPECT_EQ(r.output, "");
  ASSERT_EQ(r.exports.size(), 1u);
  EXPECT_EQ(overloads(r.exports[0]), (Strings{"(float list, int)", "(float list, int, float)"}));
}

TEST(ExportSpec, ValidLinesSurviveBadOnes) {
  Resolved r = resolve(std::string("#export mean(flaot list)\n#export mean(float list)\n#export nope(int)\n") +
                       kFunctions);
  ASSERT_EQ(r.diags.size(), 2u) << r.output;
  EXPECT_EQ(r.diags[0].range.begin.line, 1u);
  EXPECT_EQ(r.diags[1].range.begin.line, 3u);
  ASSERT_EQ(r.exports.size(), 1u);
  EXPECT_EQ(overloads(r.exports[0]), (Strings{"(float list)"}));
}

TEST(ExportSpec, NoExportLineWarns) {
  Resolved r = resolve(kFunctions);
  EXPECT_TRUE(r.exports.empty());
  ASSERT_EQ(r.diags.size(), 1u);
  EXPECT_EQ(r.diags[0].id, DiagId::no_exports);
  EXPECT_EQ(r.diags[0].severity, Severity::Warning);
}

}  // namespace
}  // namespace pyxc
