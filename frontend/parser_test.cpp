// parse_module: the subset's AST shapes, literal values, ranges, and the located diagnostics
// for everything outside the subset.
#include <gtest/gtest.h>
#include <tree_sitter/api.h>

#include <cstdio>

#include "frontend/parser.hpp"

extern "C" const TSLanguage* tree_sitter_python();

namespace pyxc {
namespace {

// ------------------------------------------------------------------ helpers

/// A compact S-expression of an AST, so a test states a whole shape in one string.
std::string dump(const Expr* e);

std::string dump_all(const std::vector<ExprPtr>& es) {
  std::string out;
  for (const auto& e : es) out += " " + dump(e.get());
  return out;
}

std::string dump(const Expr* e) {
  if (!e) return "_";
  switch (e->kind) {
    case ExprKind::Name: return e->name;
    case ExprKind::IntLit: return std::to_string(e->int_value);
    case ExprKind::FloatLit: return fmt::format("{}f", e->float_value);
    case ExprKind::ImagLit: return fmt::format("{}j", e->float_value);
    case ExprKind::BoolLit: return e->bool_value ? "True" : "False";
    case ExprKind::NoneLit: return "None";
    case ExprKind::StrLit: return fmt::format("'{}'", e->str_value);
    case ExprKind::BinOp: return fmt::format("({}{})", spelling(e->binop), dump_all(e->operands));
    case ExprKind::UnaryOp: return fmt::format("({}{})", spelling(e->unop), dump_all(e->operands));
    case ExprKind::BoolOp: return fmt::format("({}{})", spelling(e->boolop), dump_all(e->operands));
    case ExprKind::Compare: {
      std::string out = "(cmp " + dump(e->operands[0].get());
      for (std::size_t i = 0; i < e->cmp_ops.size(); ++i)
        out += fmt::format(" {} {}", spelling(e->cmp_ops[i]), dump(e->operands[i + 1].get()));
      return out + ")";
    }
    case ExprKind::IfExp: return "(ifexp" + dump_all(e->operands) + ")";
    case ExprKind::Call: return "(call " + dump(e->operands[0].get()) + dump_all(e->args) + ")";
    case ExprKind::Attribute: return fmt::format("(. {} {})", dump(e->operands[0].get()), e->name);
    case ExprKind::Subscript: return "([]" + dump_all(e->operands) + ")";
    case ExprKind::Slice: return "(slice" + dump_all(e->operands) + ")";
    case ExprKind::List: return "(list" + dump_all(e->operands) + ")";
    case ExprKind::Tuple: return "(tuple" + dump_all(e->operands) + ")";
    case ExprKind::ListComp: {
      std::string out = "(listcomp " + dump(e->operands[0].get());
      for (const auto& f : e->comprehension) {
        out += " (for " + dump(f.target.get()) + " " + dump(f.iter.get());
        for (const auto& c : f.conditions) out += " (if " + dump(c.get()) + ")";
        out += ")";
      }
      return out + ")";
    }
  }
  return "?";
}

std::string dump(const Block& b);

std::string dump(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::Expr: return "(expr " + dump(s.value.get()) + ")";
    case StmtKind::Assign: return "(=" + dump_all(s.targets) + " " + dump(s.value.get()) + ")";
    case StmtKind::AugAssign:
      return fmt::format("({}= {} {})", spelling(s.binop), dump(s.targets[0].get()), dump(s.value.get()));
    case StmtKind::Return: return s.value ? "(return " + dump(s.value.get()) + ")" : "(return)";
    case StmtKind::If:
      return "(if " + dump(s.test.get()) + " " + dump(s.body) + " " + dump(s.orelse) + ")";
    case StmtKind::While:
      return "(while " + dump(s.test.get()) + " " + dump(s.body) + " " + dump(s.orelse) + ")";
    case StmtKind::For:
      return "(for " + dump(s.targets[0].get()) + " " + dump(s.value.get()) + " " + dump(s.body) +
             " " + dump(s.orelse) + ")";
    case StmtKind::Break: return "(break)";
    case StmtKind::Continue: return "(continue)";
    case StmtKind::Pass: return "(pass)";
    case StmtKind::FunctionDef: {
      std::string out = "(def " + s.function->name + " (";
      for (std::size_t i = 0; i < s.function->params.size(); ++i) {
        const Parameter& p = s.function->params[i];
        out += (i ? " " : "") + p.name;
        if (p.default_value) out += "=" + dump(p.default_value.get());
      }
      return out + ") " + dump(s.function->body) + ")";
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom: {
      std::string out = s.kind == StmtKind::Import ? "(import" : "(from " + s.module + " import";
      for (const auto& n : s.imports) out += " " + (n.name == n.alias ? n.name : n.name + " as " + n.alias);
      return out + ")";
    }
  }
  return "?";
}

std::string dump(const Block& b) {
  std::string out = "[";
  for (std::size_t i = 0; i < b.size(); ++i) out += (i ? " " : "") + dump(*b[i]);
  return out + "]";
}

/// Parses `text` as test.py; `diag_text` receives everything printed to the diagnostics stream.
struct Parsed {
  std::optional<Module> module;
  std::vector<Diagnostic> diags;
  std::string output;
};

Parsed parse(const std::string& text) {
  SourceFile file("test.py", text);
  std::FILE* out = std::tmpfile();
  Diagnostics diags(file, out);
  Parsed p;
  p.module = parse_module(file, "test", diags);
  p.diags = diags.all();
  std::rewind(out);
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, out)) > 0) p.output.append(buffer, n);
  std::fclose(out);
  return p;
}

/// The body of the module's only function, dumped.
std::string body_of(const std::string& function_text) {
  Parsed p = parse(function_text);
  EXPECT_TRUE(p.module) << p.output;
  if (!p.module || p.module->body.empty() || p.module->body[0]->kind != StmtKind::FunctionDef)
    return "<no function>";
  return dump(p.module->body[0]->function->body);
}

/// The expression `text`, parsed as `return <text>` inside a function.
std::string expr_of(const std::string& text) {
  std::string b = body_of("def f(a, b, c, xs):\n    return " + text + "\n");
  // "[(return X)]" -> "X"
  if (b.rfind("[(return ", 0) != 0) return b;
  return b.substr(9, b.size() - 11);
}

// ------------------------------------------------------------------ the grammar itself

TEST(Parser, GrammarIsCompatibleWithTheLibrary) {
  uint32_t version = ts_language_version(tree_sitter_python());
  EXPECT_GE(version, static_cast<uint32_t>(TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION));
  EXPECT_LE(version, static_cast<uint32_t>(TREE_SITTER_LANGUAGE_VERSION));
}

TEST(Parser, EmptyModule) {
  Parsed p = parse("");
  ASSERT_TRUE(p.module);
  EXPECT_TRUE(p.module->body.empty());
  EXPECT_EQ(p.module->name, "test");
}

// ------------------------------------------------------------------ the whole subset

const char* const kEverything = R"py("""Module docstring: dropped."""
import math
import numpy as np
from math import sqrt, pi as PI

#pythran export mean(float list)
#export describe(int list, int)
N = 10
SCALE = 2.5
A = B = 0

def mean(xs):
    """Function docstring: dropped."""
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)

def describe(xs, k=3):
    a, b = 1, 2
    (c, d) = [3, 4]
    a += 0x1F
    b -= 0o17
    a *= 0b101
    b /= 1_000
    a //= 2
    b %= 3
    a **= 2
    a <<= 1
    a >>= 1
    a |= 1
    a ^= 1
    a &= 1
    if a < b <= c:
        pass
    elif a in xs or b not in xs and c is None:
        a = -a
    elif not a is not b:
        a = +a
    else:
        a = ~a
    while True:
        if a > 10:
            break
        a = a + 1
        continue
    else:
        pass
    for i, j in [(1, 2), (3, 4)]:
        print(i, j)
    else:
        print("done")
    s = 'single' "double" '''triple''' """triple2"""
    t = "tab\there\n\x41\u00e9\101"
    r = r"raw\n"
    y = xs[0] + xs[-1] + len(xs[1:3]) + len(xs[::2]) + 1e3 + 1_000.5 + 2j
    z = [x * 2 for x in xs if x > 0 if x < 10]
    w = [p + q for p in xs for q in range(k)]
    v = a if a > b else b
    u = math.sqrt(PI) @ np.ones(3) | 1 ^ 2 & 3 << 4 >> 5 % 6 // 7
    m = np.zeros((3, 3))[1, 2]
    e = ()
    one = (1,)
    f = False
    return
)py"
                                 R"py(
if __name__ == "__main__":
    print(mean([1.0, 2.0]))
    for i in range(3):
        describe([i], 2)
)py";

TEST(Parser, AcceptsTheWholeSubset) {
  Parsed p = parse(kEverything);
  ASSERT_TRUE(p.module) << p.output;
  EXPECT_EQ(p.output, "");
  const Module& m = *p.module;
  // docstring dropped, `if __name__ == "__main__":` skipped.
  ASSERT_EQ(m.body.size(), 8u);
  EXPECT_EQ(dump(*m.body[0]), "(import math)");
  EXPECT_EQ(dump(*m.body[1]), "(import numpy as np)");
  EXPECT_EQ(dump(*m.body[2]), "(from math import sqrt pi as PI)");
  EXPECT_EQ(dump(*m.body[3]), "(= N 10)");
  EXPECT_EQ(dump(*m.body[4]), "(= SCALE 2.5f)");
  EXPECT_EQ(dump(*m.body[5]), "(= A B 0)");
  EXPECT_EQ(dump(*m.body[6]),
            "(def mean (xs) [(= total 0f) (for x xs [(+= total x)] []) "
            "(return (/ total (call len xs)))])");

  const Stmt& describe = *m.body[7];
  ASSERT_EQ(describe.kind, StmtKind::FunctionDef);
  const FunctionDef& fn = *describe.function;
  EXPECT_EQ(fn.name, "describe");
  ASSERT_EQ(fn.params.size(), 2u);
  EXPECT_EQ(fn.params[1].name, "k");
  ASSERT_TRUE(fn.params[1].default_value);
  EXPECT_EQ(fn.params[1].default_value->int_value, 3);
  EXPECT_EQ(fn.name_range.begin.line, 19u);
  EXPECT_EQ(fn.name_range.begin.col, 5u);
  EXPECT_EQ(fn.name_range.end.col, 13u);

  std::vector<std::string> want = {
      "(= (tuple a b) (tuple 1 2))",
      "(= (tuple c d) (list 3 4))",
      "(+= a 31)",
      "(-= b 15)",
      "(*= a 5)",
      "(/= b 1000)",
      "(//= a 2)",
      "(%= b 3)",
      "(**= a 2)",
      "(<<= a 1)",
      "(>>= a 1)",
      "(|= a 1)",
      "(^= a 1)",
      "(&= a 1)",
      "(if (cmp a < b <= c) [(pass)] [(if (or (cmp a in xs) (and (cmp b not in xs) (cmp c is None))) "
      "[(= a (- a))] [(if (not (cmp a is not b)) [(= a (+ a))] [(= a (~ a))])])])",
      "(while True [(if (cmp a > 10) [(break)] []) (= a (+ a 1)) (continue)] [(pass)])",
      "(for (tuple i j) (list (tuple 1 2) (tuple 3 4)) [(expr (call print i j))] "
      "[(expr (call print 'done'))])",
      "(= s 'singledoubletripletriple2')",
      "(= t 'tab\there\nA\xC3\xA9" "A')",
      "(= r 'raw\\n')",
      "(= y (+ (+ (+ (+ (+ (+ ([] xs 0) ([] xs (- 1))) (call len ([] xs (slice 1 3 _)))) "
      "(call len ([] xs (slice _ _ 2)))) 1000f) 1000.5f) 2j))",
      "(= z (listcomp (* x 2) (for x xs (if (cmp x > 0)) (if (cmp x < 10)))))",
      "(= w (listcomp (+ p q) (for p xs) (for q (call range k))))",
      "(= v (ifexp a (cmp a > b) b))",
      "(= u (| (@ (call (. math sqrt) PI) (call (. np ones) 3)) (^ 1 (& 2 (>> (<< 3 4) (// (% 5 6) 7))))))",
      "(= m ([] (call (. np zeros) (tuple 3 3)) (tuple 1 2)))",
      "(= e (tuple))",
      "(= one (tuple 1))",
      "(= f False)",
      "(return)",
  };
  ASSERT_EQ(fn.body.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(dump(*fn.body[i]), want[i]) << "statement " << i;

  ASSERT_EQ(m.exports.size(), 2u);
  EXPECT_EQ(m.exports[0].text, "mean(float list)");
  EXPECT_EQ(m.exports[0].range.begin.line, 6u);
  EXPECT_EQ(m.exports[0].range.begin.col, 17u);
  EXPECT_EQ(m.exports[0].range.end.col, 33u);
  EXPECT_EQ(m.exports[1].text, "describe(int list, int)");
  EXPECT_EQ(m.exports[1].range.begin.col, 9u);
}

// ------------------------------------------------------------------ spot checks

TEST(Parser, IntegerLiterals) {
  EXPECT_EQ(expr_of("0xFF"), "255");
  EXPECT_EQ(expr_of("0XdeadBEEF"), "3735928559");
  EXPECT_EQ(expr_of("0o777"), "511");
  EXPECT_EQ(expr_of("0b1010_1010"), "170");
  EXPECT_EQ(expr_of("1_000_000"), "1000000");
  EXPECT_EQ(expr_of("0"), "0");
  EXPECT_EQ(expr_of("00"), "0");
  EXPECT_EQ(expr_of("9223372036854775807"), "9223372036854775807");
  EXPECT_EQ(expr_of("-9223372036854775808"), "-9223372036854775808");
  EXPECT_EQ(expr_of("-5"), "(- 5)");
  EXPECT_EQ(expr_of("0x7fff_ffff_ffff_ffff"), "9223372036854775807");
}

TEST(Parser, IntegerTooLarge) {
  for (const char* lit : {"9223372036854775808", "0x8000000000000000", "123456789012345678901234567890",
                          "-9223372036854775809"}) {
    Parsed p = parse(fmt::format("def f():\n    return {}\n", lit));
    EXPECT_FALSE(p.module);
    ASSERT_EQ(p.diags.size(), 1u) << lit;
    EXPECT_EQ(p.diags[0].id, DiagId::int_literal_too_large);
    EXPECT_EQ(p.diags[0].range.begin.line, 2u);
    EXPECT_EQ(p.diags[0].range.begin.col, lit[0] == '-' ? 13u : 12u);
  }
  Parsed p = parse("def f():\n    return 0777\n");
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].id, DiagId::syntax_error);
}

TEST(Parser, FloatAndImaginaryLiterals) {
  Parsed p = parse("def f():\n    return [1e3, 1_000.5, 2j, 1.5e-3j, .5, 3., 1E+2]\n");
  ASSERT_TRUE(p.module) << p.output;
  const Expr& list = *p.module->body[0]->function->body[0]->value;
  ASSERT_EQ(list.operands.size(), 7u);
  EXPECT_EQ(list.operands[0]->kind, ExprKind::FloatLit);
  EXPECT_DOUBLE_EQ(list.operands[0]->float_value, 1000.0);
  EXPECT_DOUBLE_EQ(list.operands[1]->float_value, 1000.5);
  EXPECT_EQ(list.operands[2]->kind, ExprKind::ImagLit);
  EXPECT_DOUBLE_EQ(list.operands[2]->float_value, 2.0);
  EXPECT_EQ(list.operands[3]->kind, ExprKind::ImagLit);
  EXPECT_DOUBLE_EQ(list.operands[3]->float_value, 1.5e-3);
  EXPECT_DOUBLE_EQ(list.operands[4]->float_value, 0.5);
  EXPECT_DOUBLE_EQ(list.operands[5]->float_value, 3.0);
  EXPECT_DOUBLE_EQ(list.operands[6]->float_value, 100.0);
}

TEST(Parser, StringLiterals) {
  EXPECT_EQ(expr_of(R"("a" 'b')"), "'ab'");
  EXPECT_EQ(expr_of(R"('it\'s')"), "'it's'");
  EXPECT_EQ(expr_of(R"("\\")"), "'\\'");
  EXPECT_EQ(expr_of(R"(r"\d+")"), "'\\d+'");
  EXPECT_EQ(expr_of(R"(u"x")"), "'x'");
  EXPECT_EQ(expr_of(R"("\U0001F600")"), "'\xF0\x9F\x98\x80'");
  EXPECT_EQ(expr_of(R"("\q")"), "'\\q'");
  EXPECT_EQ(expr_of("'''a\nb'''"), "'a\nb'");
  EXPECT_EQ(expr_of("\"a\\\nb\""), "'ab'");
}

TEST(Parser, Operators) {
  EXPECT_EQ(expr_of("a + b * c"), "(+ a (* b c))");
  EXPECT_EQ(expr_of("(a + b) * c"), "(* (+ a b) c)");
  EXPECT_EQ(expr_of("a ** -b"), "(** a (- b))");
  EXPECT_EQ(expr_of("-a ** b"), "(- (** a b))");
  EXPECT_EQ(expr_of("a - b - c"), "(- (- a b) c)");
  // Python binds & tighter than ^, and ^ tighter than | (tree-sitter-python swaps & and ^).
  EXPECT_EQ(expr_of("a ^ b & c"), "(^ a (& b c))");
  EXPECT_EQ(expr_of("a & b ^ c"), "(^ (& a b) c)");
  EXPECT_EQ(expr_of("a | b ^ c & a"), "(| a (^ b (& c a)))");
  EXPECT_EQ(expr_of("a & b | c ^ a & b"), "(| (& a b) (^ c (& a b)))");
  EXPECT_EQ(expr_of("(a ^ b) & c"), "(& (^ a b) c)");
  EXPECT_EQ(expr_of("a ** b ** c"), "(** a (** b c))");
  EXPECT_EQ(expr_of("a * b ** c * a"), "(* (* a (** b c)) a)");
  EXPECT_EQ(expr_of("a + b * c - a // b"), "(- (+ a (* b c)) (// a b))");
  EXPECT_EQ(expr_of("a and b and c"), "(and a b c)");
  EXPECT_EQ(expr_of("a or b or c and a"), "(or a b (and c a))");
  EXPECT_EQ(expr_of("(a and b) and c"), "(and (and a b) c)");
  EXPECT_EQ(expr_of("a < b < c != a"), "(cmp a < b < c != a)");
  EXPECT_EQ(expr_of("a == b >= c > a"), "(cmp a == b >= c > a)");
  EXPECT_EQ(expr_of("a is not None"), "(cmp a is not None)");
  EXPECT_EQ(expr_of("not a"), "(not a)");
  EXPECT_EQ(expr_of("a if b else c if a else b"), "(ifexp a b (ifexp c a b))");
  EXPECT_EQ(expr_of("a, b"), "(tuple a b)");
  EXPECT_EQ(expr_of("xs[a][b]"), "([] ([] xs a) b)");
  EXPECT_EQ(expr_of("xs[:]"), "([] xs (slice _ _ _))");
  EXPECT_EQ(expr_of("xs[a:]"), "([] xs (slice a _ _))");
  EXPECT_EQ(expr_of("xs[:b]"), "([] xs (slice _ b _))");
  EXPECT_EQ(expr_of("xs[a:b:c]"), "([] xs (slice a b c))");
  EXPECT_EQ(expr_of("xs[::-1]"), "([] xs (slice _ _ (- 1)))");
  EXPECT_EQ(expr_of("xs[a, 1:2]"), "([] xs (tuple a (slice 1 2 _)))");
  EXPECT_EQ(expr_of("xs.append"), "(. xs append)");
  EXPECT_EQ(expr_of("f(a)(b)"), "(call (call f a) b)");
  EXPECT_EQ(expr_of("[]"), "(list)");
  EXPECT_EQ(expr_of("[a, b,]"), "(list a b)");
  EXPECT_EQ(expr_of("[(a, b) for a, b in xs]"), "(listcomp (tuple a b) (for (tuple a b) xs))");
  EXPECT_EQ(expr_of("[a for a in b, c]"), "(listcomp a (for a (tuple b c)))");
  EXPECT_EQ(expr_of("[[y for y in x] for x in xs if x]"),
            "(listcomp (listcomp y (for y x)) (for x xs (if x)))");
}

TEST(Parser, Ranges) {
  Parsed p = parse("def f(a, b):\n    x = a  +  b\n    return x\n");
  ASSERT_TRUE(p.module) << p.output;
  const Stmt& def = *p.module->body[0];
  EXPECT_EQ(def.range.begin.line, 1u);
  EXPECT_EQ(def.range.begin.col, 1u);
  EXPECT_EQ(def.range.end.line, 3u);
  EXPECT_EQ(def.function->params[1].range.begin.col, 10u);
  const Stmt& assign = *def.function->body[0];
  EXPECT_EQ(assign.range.begin.line, 2u);
  EXPECT_EQ(assign.range.begin.col, 5u);
  EXPECT_EQ(assign.range.end.col, 16u);
  const Expr& sum = *assign.value;
  EXPECT_EQ(sum.range.begin.col, 9u);
  EXPECT_EQ(sum.range.end.col, 16u);
  EXPECT_EQ(sum.operands[1]->range.begin.col, 15u);
  EXPECT_EQ(assign.targets[0]->range.begin.col, 5u);
  EXPECT_EQ(assign.targets[0]->range.end.col, 6u);
}

TEST(Parser, DocstringOnlyBodyBecomesPass) {
  EXPECT_EQ(body_of("def f():\n    \"\"\"Nothing to do.\"\"\"\n"), "[(pass)]");
  // Only the first statement is a docstring.
  EXPECT_EQ(body_of("def f():\n    'doc'\n    'not a docstring'\n"), "[(expr 'not a docstring')]");
}

TEST(Parser, ElifChain) {
  std::string b = body_of(
      "def f(a):\n"
      "    if a == 1:\n        return 1\n"
      "    elif a == 2:\n        return 2\n"
      "    elif a == 3:\n        return 3\n"
      "    else:\n        return 4\n");
  EXPECT_EQ(b, "[(if (cmp a == 1) [(return 1)] [(if (cmp a == 2) [(return 2)] "
               "[(if (cmp a == 3) [(return 3)] [(return 4)])])])]");
}

TEST(Parser, CommentsAndSemicolonsDoNotDisturbTheTree) {
  std::string b = body_of(
      "def f(a,  # the input\n      b):\n"
      "    # leading comment\n"
      "    x = (a +  # split\n         b)\n"
      "    y = 1; z = 2\n"
      "    return x \\\n        + y\n");
  EXPECT_EQ(b, "[(= x (+ a b)) (= y 1) (= z 2) (return (+ x y))]");
}

TEST(Parser, ExportComments) {
  Parsed p = parse(
      "#export f(int)\n"
      "#  pythran   export f(float)\n"
      "# pythran export   g(int list)   \n"
      "#exporter is not an export\n"
      "#omp parallel for\n"
      "# just a comment\n"
      "def f(x):\n    return x\n\n"
      "def g(x):\n    #export g(float list)\n    return x\n");
  ASSERT_TRUE(p.module) << p.output;
  ASSERT_EQ(p.module->exports.size(), 4u);
  EXPECT_EQ(p.module->exports[0].text, "f(int)");
  EXPECT_EQ(p.module->exports[0].range.begin.col, 9u);
  EXPECT_EQ(p.module->exports[1].text, "f(float)");
  EXPECT_EQ(p.module->exports[1].range.begin.col, 21u);
  EXPECT_EQ(p.module->exports[2].text, "g(int list)");
  EXPECT_EQ(p.module->exports[2].range.begin.line, 3u);
  EXPECT_EQ(p.module->exports[2].range.begin.col, 20u);
  EXPECT_EQ(p.module->exports[2].range.end.col, 31u);
  EXPECT_EQ(p.module->exports[3].text, "g(float list)");
}

TEST(Parser, MainGuardIsSkippedInEitherOrder) {
  Parsed p = parse(
      "def f():\n    return 1\n"
      "if '__main__' == __name__:\n    class X: pass\n"
      "if __name__ == '__main__':\n    with open('x') as fh:\n        f()\n");
  ASSERT_TRUE(p.module) << p.output;
  EXPECT_EQ(p.module->body.size(), 1u);
}

// ------------------------------------------------------------------ diagnostics

struct Rejection {
  const char* source;  // one function or module; `@` marks where the diagnostic must point
  DiagId id;
  const char* message_part;
};

void expect_rejected(const Rejection& r) {
  std::string source = r.source;
  std::size_t at = source.find('@');
  ASSERT_NE(at, std::string::npos) << r.source;
  source.erase(at, 1);
  std::uint32_t line = 1, col = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (source[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  Parsed p = parse(source);
  EXPECT_FALSE(p.module) << source;
  ASSERT_EQ(p.diags.size(), 1u) << source << "\n" << p.output;
  const Diagnostic& d = p.diags[0];
  EXPECT_EQ(diag_info(d.id).name, std::string(diag_info(r.id).name)) << source;
  EXPECT_EQ(d.range.begin.line, line) << source << "\n" << p.output;
  EXPECT_EQ(d.range.begin.col, col) << source << "\n" << p.output;
  EXPECT_NE(d.message.find(r.message_part), std::string::npos) << d.message;
  EXPECT_NE(p.output.find(fmt::format("test.py:{}:{}: error: ", line, col)), std::string::npos)
      << p.output;
}

TEST(Parser, RejectsConstructsOutsideTheSubset) {
  const Rejection cases[] = {
      {"@class Point:\n    pass\n", DiagId::unsupported_construct_hint, "use tuples or module-level functions"},
      {"def f():\n    @with open('x') as g:\n        pass\n", DiagId::unsupported_construct, "`with` statement"},
      {"@async def f():\n    pass\n", DiagId::unsupported_construct_hint, "`async def`"},
      {"def f(x):\n    return @await x\n", DiagId::unsupported_construct_hint, "`await` expression"},
      {"def f(x):\n    @yield from x\n", DiagId::unsupported_construct_hint, "`yield from`"},
      {"def f():\n    @global g\n", DiagId::unsupported_construct_hint, "`global` declaration"},
      {"def f():\n    @nonlocal g\n", DiagId::unsupported_construct_hint, "`nonlocal` declaration"},
      {"@@staticmethod\ndef f():\n    pass\n", DiagId::unsupported_construct_hint, "decorator"},
      {"def f(xs):\n    return [@*xs]\n", DiagId::unsupported_construct_hint, "star expression"},
      {"def f(xs):\n    a, @*b = xs\n", DiagId::unsupported_construct, "star target"},
      {"def f(xs):\n    return g(@*xs)\n", DiagId::unsupported_construct_hint, "`*` argument unpacking"},
      {"def f(xs):\n    return g(@**xs)\n", DiagId::unsupported_construct_hint, "`**` argument unpacking"},
      {"def f(x):\n    if (@y := x):\n        pass\n", DiagId::unsupported_construct_hint, "assignment expression"},
      {"def f(x):\n    @match x:\n        case 1:\n            pass\n", DiagId::unsupported_construct_hint, "`match` statement"},
      {"def f(x):\n    return f\"{x:@{x}}\"\n", DiagId::unsupported_construct, "nested `{...}`"},
      {"def f(x):\n    return @b\"x\"\n", DiagId::unsupported_construct, "bytes literal"},
      {"def f(x):\n    return \"a\" @f\"{x}\"\n", DiagId::unsupported_construct_hint, "f-string joined"},
      {"def f(@*args):\n    pass\n", DiagId::unsupported_construct_hint, "`*args` parameter"},
      {"def f(@**kw):\n    pass\n", DiagId::unsupported_construct_hint, "`**kwargs` parameter"},
      {"def f(a, @*, b):\n    pass\n", DiagId::unsupported_construct, "keyword-only parameter marker"},
      {"def f(a=1, @*, b):\n    pass\n", DiagId::unsupported_construct, "keyword-only parameter marker"},
      {"def f(a, @/):\n    pass\n", DiagId::unsupported_construct, "positional-only"},
      {"def f(@a: int):\n    pass\n", DiagId::unsupported_construct_hint, "parameter type annotation"},
      {"def f(@a: int = 1):\n    pass\n", DiagId::unsupported_construct_hint, "parameter type annotation"},
      {"def f() -> @int:\n    pass\n", DiagId::unsupported_construct_hint, "return type annotation"},
      {"def f():\n    x: @int = 1\n", DiagId::unsupported_construct_hint, "type annotation"},
      {"def f():\n    def g(@**kw):\n        pass\n", DiagId::unsupported_construct_hint, "`**kwargs` parameter"},
      {"def f():\n    return @...\n", DiagId::unsupported_construct, "Ellipsis"},
      {"def f():\n    @import math\n", DiagId::unsupported_construct_hint, "`import` inside a function"},
      {"from @. import x\n", DiagId::unsupported_construct_hint, "relative import"},
      {"from math import @*\n", DiagId::unsupported_construct_hint, "import *"},
      {"def f(a):\n    @print a\n", DiagId::unsupported_construct_hint, "Python 2 `print` statement"},
      {"def f(a):\n    return a @<> 1\n", DiagId::unsupported_construct_hint, "`<>`"},
      {"def f(a):\n    return @\"\\N{BULLET}\"\n", DiagId::unsupported_construct_hint, "\\N{...}"},
      {"@type X = int\n", DiagId::unsupported_construct, "`type` alias"},
      {"def f(x):\n    @exec \"x\"\n", DiagId::unsupported_construct, "Python 2 `exec` statement"},
      {"def f(x):\n    @print >>x, 1\n", DiagId::unsupported_construct_hint, "Python 2 `print` statement"},
      {"def f(x):\n    a = @*x,\n", DiagId::unsupported_construct_hint, "star expression"},
      {"def f(x):\n    for @*a, b in x:\n        pass\n", DiagId::unsupported_construct, "star target (`*x`) is"},
      {"def f(x):\n    @...\n", DiagId::unsupported_construct, "Ellipsis"},
      {"def f(@(a, b)):\n    pass\n", DiagId::unsupported_construct, "tuple parameter"},
      {"def f(x):\n    return {@**x}\n", DiagId::unsupported_construct, "`**` unpacking in a dict literal"},
      {"def f(x):\n    @async with x:\n        pass\n", DiagId::unsupported_construct, "`with` statement"},
      {"def f(x):\n    return [x @async for x in y]\n", DiagId::unsupported_construct, "`async for` in a comprehension"},
      {"def f(x):\n    @async for a in x:\n        pass\n", DiagId::unsupported_construct, "`async for` loop"},
      {"def f@[T](x):\n    pass\n", DiagId::unsupported_construct, "type parameter list"},
      {"X: @int = 3\n", DiagId::unsupported_construct_hint, "type annotation"},
      {"def f(x):\n    return @rb'x'\n", DiagId::unsupported_construct, "bytes literal"},
      // module-level code
      {"@print(1)\n", DiagId::unsupported_construct_hint, "module-level code (a call)"},
      {"@for i in range(3):\n    pass\n", DiagId::unsupported_construct_hint, "if __name__ == \"__main__\":"},
      {"@while x:\n    pass\n", DiagId::unsupported_construct_hint, "module-level code (a `while` loop)"},
      {"@if x:\n    pass\n", DiagId::unsupported_construct_hint, "module-level code (an `if` statement)"},
      {"x = 1\n@x += 1\n", DiagId::unsupported_construct_hint, "module-level code (an augmented assignment)"},
      {"if __name__ == '__main__':\n    pass\n@else:\n    pass\n", DiagId::unsupported_construct_hint, "`else` branch"},
      // parameters and literals
      {"def f(a=1, @b):\n    pass\n", DiagId::syntax_error, "parameter without a default"},
      {"def f(a, @a):\n    pass\n", DiagId::syntax_error, "duplicate parameter `a`"},
      {"def f():\n    return @99999999999999999999\n", DiagId::int_literal_too_large, "99999999999999999999"},
  };
  for (const Rejection& r : cases) expect_rejected(r);
}

TEST(Parser, SyntaxErrorsAreLocatedAndDescribed) {
  const Rejection cases[] = {
      {"def f(x)@\n    return x\n", DiagId::syntax_error, "expected `:`"},
      {"def f(x):\n    for i in x@\n        pass\n", DiagId::syntax_error, "expected `:`"},
      {"def f(x):\n    return x@)\n", DiagId::syntax_error, "unmatched `)`"},
      {"def f(x):\n    return @(x +\n\ndef g():\n    pass\n", DiagId::syntax_error, "`(` was never closed"},
      {"x = @[1, 2\n", DiagId::syntax_error, "`[` was never closed"},
      {"def f(x):\n    return x\n  @return 2\n", DiagId::syntax_error, "unindent does not match"},
      {"def f(x):\n    pass\n        @return 2\n", DiagId::syntax_error, "unexpected indent"},
      {"  @x = 1\n", DiagId::syntax_error, "unexpected indent"},
      {"@if x:\npass\n", DiagId::syntax_error, "expected an indented block after `if x:`"},
      {"def f(x):\n    @else:\n        pass\n", DiagId::syntax_error, "`else` is a keyword"},
      {"def f(@:\n    pass\n", DiagId::syntax_error, "missing `)`"},
      {"def f(x):\n    return x @$ 1\n", DiagId::syntax_error, "unexpected `$`"},
      {"def f(x):\n    return 1\n@\x01\n", DiagId::syntax_error, "unexpected `\\x01`"},
  };
  for (const Rejection& r : cases) expect_rejected(r);
}

TEST(Parser, LayoutThatPythonAccepts) {
  Parsed p = parse("\xEF\xBB\xBFimport math; import cmath\nX = 1; Y = 2\n"
                   "def f(x):\r\n\tif x: return 1\r\n\treturn 2  # done\n");
  ASSERT_TRUE(p.module) << p.output;
  EXPECT_EQ(p.module->body.size(), 5u);
}

TEST(Parser, ReportsEveryUnsupportedConstructNotJustTheFirst) {
  Parsed p = parse(
      "class A:\n    pass\n"
      "def f(xs):\n"
      "    ys = [*xs]\n"
      "    g = lambda *x: x\n"
      "    with open('f') as fh:\n        pass\n"
      "    return f(*xs)\n"
      "print(f([1]))\n");
  EXPECT_FALSE(p.module);
  ASSERT_EQ(p.diags.size(), 6u) << p.output;
  std::vector<std::uint32_t> lines;
  for (const auto& d : p.diags) lines.push_back(d.range.begin.line);
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{1, 4, 5, 6, 8, 9}));
}

TEST(Parser, SyntaxErrorsStopAtTheFirst) {
  Parsed p = parse("def f(x):\n    return (x +\n\ndef g(:\n    pass\n");
  EXPECT_FALSE(p.module);
  ASSERT_EQ(p.diags.size(), 1u) << p.output;
  EXPECT_EQ(p.diags[0].id, DiagId::syntax_error);
  EXPECT_NE(p.output.find("error: invalid syntax"), std::string::npos) << p.output;

  Parsed missing_colon = parse("def f(x)\n    return x\n");
  ASSERT_EQ(missing_colon.diags.size(), 1u) << missing_colon.output;
  EXPECT_EQ(missing_colon.diags[0].id, DiagId::syntax_error);
  EXPECT_EQ(missing_colon.diags[0].range.begin.line, 1u);

  Parsed stray = parse("def f(x):\n    return x)\n");
  ASSERT_EQ(stray.diags.size(), 1u) << stray.output;
  EXPECT_EQ(stray.diags[0].range.begin.line, 2u);
}

}  // namespace
}  // namespace pyxc

namespace pyxc {
namespace {

TEST(Parser, TryAssertRaise) {
  Parsed p = parse(
      "def f(x):\n"
      "    assert x > 0, 'positive'\n"
      "    try:\n"
      "        raise ValueError('bad')\n"
      "    except (ValueError, KeyError) as e:\n"
      "        raise\n"
      "    except ZeroDivisionError:\n"
      "        pass\n"
      "    else:\n"
      "        x = 1\n"
      "    finally:\n"
      "        x = 2\n");
  ASSERT_TRUE(p.module) << p.output;
  const Block& body = p.module->body[0]->function->body;
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(body[0]->kind, StmtKind::Assert);
  ASSERT_NE(body[0]->value, nullptr);
  const Stmt& t = *body[1];
  ASSERT_EQ(t.kind, StmtKind::Try);
  EXPECT_EQ(t.body[0]->kind, StmtKind::Raise);
  ASSERT_EQ(t.handlers.size(), 2u);
  EXPECT_EQ(t.handlers[0].type->kind, ExprKind::Tuple);
  EXPECT_EQ(t.handlers[0].name, "e");
  EXPECT_EQ(t.handlers[0].body[0]->value, nullptr);  // bare raise
  EXPECT_EQ(t.handlers[1].name, "");
  EXPECT_EQ(t.orelse.size(), 1u);
  EXPECT_EQ(t.finalbody.size(), 1u);
}

}  // namespace
}  // namespace pyxc
