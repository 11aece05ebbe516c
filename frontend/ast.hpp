// pyxc's own AST: what the parser produces from tree-sitter's concrete tree and what every
// later stage consumes. No tree-sitter type appears past frontend/parser.cpp.
//
// Nodes are plain structs owned through unique_ptr; types are not stored here: inference
// keeps them in a side table per function instantiation (see frontend/infer.hpp), because
// one Python function becomes several typed C++ functions.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/source.hpp"

namespace pyxc {

// ------------------------------------------------------------------ expressions

enum class ExprKind {
  Name,       // name
  IntLit,     // int_value
  FloatLit,   // float_value
  ImagLit,    // float_value is the imaginary part (`2.5j`)
  BoolLit,    // bool_value
  NoneLit,
  StrLit,     // str_value (escapes already decoded, UTF-8)
  BinOp,      // binop, operands[0] op operands[1]
  UnaryOp,    // unop, operands[0]
  BoolOp,     // boolop, operands (>= 2): `a and b and c`
  Compare,    // operands[0] cmp_ops[0] operands[1] cmp_ops[1] operands[2] ... (chained)
  IfExp,      // operands: [body, test, orelse]  (`body if test else orelse`)
  Call,       // operands[0] is the callee, args are positional arguments
  Attribute,  // operands[0].name   (`math.sqrt`, `xs.append`): name holds the attribute
  Subscript,  // operands[0][operands[1]]
  Slice,      // only as a subscript index: operands [lower, upper, step], any may be null
  List,       // operands are the elements
  Tuple,      // operands are the elements
  ListComp,   // operands[0] is the element expression; comprehension holds the `for`/`if` clauses
  Dict,       // operands are key0, value0, key1, value1, ...
  Set,        // operands are the elements
  DictComp,   // operands [key, value]; comprehension as ListComp
  SetComp,    // operands[0] is the element; comprehension as ListComp
  FString,    // operands: StrLit pieces and FormattedValue parts, in order
  FormattedValue,  // f-string `{x!r:spec}`: operands[0] = x, name = conversion ("", "r", "s", "a"), str_value = spec
  GenExp,     // `(elt for ...)`: operands[0] is the element; comprehension as ListComp
  Yield,      // `yield value`: operands[0] is the value (null for a bare `yield`)
  Lambda,     // function: its parameters, and a body of one `return <expression>`
  Ellipsis,   // `...`: only as an item of a subscript's index (`a[..., 0]`)
};

enum class BinOp { Add, Sub, Mult, Div, FloorDiv, Mod, Pow, MatMult, LShift, RShift, BitOr, BitXor, BitAnd };
enum class UnaryOp { Neg, Pos, Not, Invert };
enum class BoolOp { And, Or };
enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, In, NotIn, Is, IsNot };

/// Python spelling of an operator ("+", "//", "not in", ...).
const char* spelling(BinOp op);
const char* spelling(UnaryOp op);
const char* spelling(BoolOp op);
const char* spelling(CmpOp op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct FunctionDef;

/// One `for target in iter if cond1 if cond2` clause of a comprehension.
struct ComprehensionFor {
  ExprPtr target;  // Name or Tuple of Names
  ExprPtr iter;
  std::vector<ExprPtr> conditions;
};

/// `name=value` in a call.
struct Keyword {
  std::string name;
  SourceRange range;  // the whole `name=value`
  ExprPtr value;
};

struct Expr {
  ExprKind kind;
  SourceRange range;

  std::string name;            // Name: identifier; Attribute: attribute name
  std::int64_t int_value = 0;  // IntLit
  double float_value = 0;      // FloatLit, ImagLit
  bool bool_value = false;     // BoolLit
  std::string str_value;       // StrLit

  BinOp binop = BinOp::Add;
  UnaryOp unop = UnaryOp::Neg;
  BoolOp boolop = BoolOp::And;
  std::vector<CmpOp> cmp_ops;  // Compare

  std::vector<ExprPtr> operands;
  std::vector<ExprPtr> args;                    // Call: positional arguments
  std::vector<Keyword> keywords;                // Call: keyword arguments, in source order
  std::vector<ComprehensionFor> comprehension;  // ListComp: one or more `for` clauses
  std::shared_ptr<FunctionDef> function;        // Lambda (shared_ptr: FunctionDef is incomplete here)

  Expr(ExprKind k, SourceRange r) : kind(k), range(r) {}
};

// ------------------------------------------------------------------ statements

enum class StmtKind {
  Expr,        // expr (an expression statement, e.g. a call)
  Assign,      // targets = value   (`a = b = value`: targets has two entries)
  AugAssign,   // targets[0] binop= value
  Return,      // value may be null
  If,          // test, body, orelse (an `elif` is an If alone in orelse)
  While,       // test, body, orelse (`while ... else`)
  For,         // targets[0] in value: body, orelse (`for ... else`)
  Break,
  Continue,
  Pass,
  Delete,      // targets: `del xs[i], d[k]`
  FunctionDef, // function
  Assert,      // test, value (the message; may be null)
  Raise,       // value (null for a bare `raise`: re-raise the exception being handled)
  Try,         // body, handlers, orelse (`else:`), finalbody (`finally:`)
  Import,      // imports: `import math`, `import numpy as np`
  ImportFrom,  // module, imports: `from math import sqrt, pi as PI`
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct Parameter {
  std::string name;
  SourceRange range;
  ExprPtr default_value;  // null when the parameter has no default
};

struct FunctionDef {
  std::string name;            // `<lambda>` for a lambda
  std::string qualified_name;  // unique C++-friendly name: `outer_inner`, `outer_lambda_12`
  bool is_lambda = false;
  bool nested = false;         // defined inside another function (may capture its variables)
  SourceRange range;       // the whole `def`
  SourceRange name_range;  // just the name, for diagnostics
  std::vector<Parameter> params;
  Block body;
  bool is_generator = false;  // its body contains `yield` (not counting nested functions)
};

/// `import a.b as c` / `from m import a as c`: `name` is what is imported, `alias` the local name.
struct ImportName {
  std::string name;
  std::string alias;  // equal to name when there is no `as`
  SourceRange range;
};

/// `except (ValueError, KeyError) as e:`: type is a Name, a Tuple of Names, or null (bare).
struct ExceptHandler {
  ExprPtr type;
  std::string name;  // empty without `as`
  SourceRange range;
  Block body;
};

/// An `#omp ...` annotation (Pythran's spelling of OpenMP) on the statement after it.
struct OmpAnnotation {
  std::string text;   // after "omp", e.g. "parallel for reduction(+:count)"
  SourceRange range;  // of the text inside the comment
};

struct Stmt {
  StmtKind kind;
  SourceRange range;
  std::unique_ptr<OmpAnnotation> omp;  // set when an `#omp` comment precedes the statement

  std::vector<ExprPtr> targets;  // Assign (one or more), AugAssign and For (exactly one)
  ExprPtr value;                 // Assign/AugAssign value, Return value, For iterable, Expr
  ExprPtr test;                  // If, While
  BinOp binop = BinOp::Add;      // AugAssign
  Block body;
  Block orelse;
  std::vector<ExceptHandler> handlers;  // Try
  Block finalbody;                      // Try

  std::unique_ptr<FunctionDef> function;  // FunctionDef
  std::string module;                     // ImportFrom
  std::vector<ImportName> imports;        // Import, ImportFrom

  Stmt(StmtKind k, SourceRange r) : kind(k), range(r) {}
};

/// Every block nested directly in `s` (body, else, except handlers, finally), for walks that
/// must see all code of a compound statement.
inline std::vector<const Block*> child_blocks(const Stmt& s) {
  std::vector<const Block*> blocks = {&s.body, &s.orelse};
  for (const auto& h : s.handlers) blocks.push_back(&h.body);
  blocks.push_back(&s.finalbody);
  return blocks;
}

/// Adds to `uses` one count per occurrence of each name (targets, values, `except ... as`
/// names, comprehensions): how codegen and the OpenMP checks tell loop-local names apart.
void count_name_uses(const Expr& e, std::map<std::string, int>& uses);
void count_name_uses(const Block& block, std::map<std::string, int>& uses);

/// True when a statement of `block` (nested blocks included; comprehensions have their own
/// scope) binds `name` anew: an assignment, augmented assignment or `for` target, `del name`,
/// or `except ... as name`.
bool rebinds_name(const Block& block, const std::string& name);

/// True when running `block` can never reach its end: it always returns or raises (so a
/// function body like this never returns None by falling off).
bool never_falls_through(const Block& block);

/// True when `block` contains a `yield` outside nested function definitions.
bool contains_yield(const Block& block);

// ------------------------------------------------------------------ module

/// A comment line of the form `#export ...` or `#pythran export ...`, before spec parsing.
struct ExportComment {
  std::string text;   // the spec after the `export` keyword, e.g. "standard_dev(float list)"
  SourceRange range;  // the range of `text` inside the comment (for located spec errors)
};

struct Module {
  std::string name;  // module name: the file's stem, or what -o names
  Block body;        // top-level statements in order (imports, defs, constant assignments)
  std::vector<ExportComment> exports;
};

}  // namespace pyxc
