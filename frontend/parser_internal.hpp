// Private to the parser (parser.cpp, parser_stmt.cpp, parser_expr.cpp): the tree-sitter CST ->
// pyxc AST conversion. No other file includes this header or sees a tree-sitter type.
#pragma once

#include <tree_sitter/api.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace pyxc::parser {

/// Where a block of statements sits: module-level code is restricted to imports, functions and
/// constants.
enum class Scope { Module, Function };

/// An unparenthesized chain of binary operators, in source order (see Converter::binary).
struct BinaryChain {
  std::vector<TSNode> operands;
  std::vector<BinOp> ops;  // ops[i] sits between operands[i] and operands[i + 1]
  std::vector<ExprPtr> exprs;
};

class Converter {
 public:
  Converter(const SourceFile& file, Diagnostics& diags) : file_(file), diags_(diags) {}

  // ---------------------------------------------------------------- CST helpers
  SourceRange range(TSNode node) const;
  /// The range from the start of `first` to the end of `last`.
  SourceRange span(TSNode first, TSNode last) const;
  std::string_view text(TSNode node) const;
  const SourceFile& file() const { return file_; }
  static std::string_view kind(TSNode node) { return ts_node_type(node); }
  /// Named children in order, without comments and line continuations.
  static std::vector<TSNode> named_children(TSNode node);
  /// All children (named and anonymous) in order, without comments and line continuations.
  static std::vector<TSNode> children(TSNode node);
  /// Every child carrying field `name` (fields like if_statement.alternative repeat).
  static std::vector<TSNode> fields(TSNode node, const char* name);
  static TSNode field(TSNode node, const char* name);
  /// True when `node` has an anonymous child token spelled `token` (e.g. "async").
  static bool has_token(TSNode node, std::string_view token);

  // ---------------------------------------------------------------- diagnostics
  void unsupported(TSNode node, const std::string& what);
  void unsupported(SourceRange range, const std::string& what);
  void unsupported_hint(TSNode node, const std::string& what, const std::string& hint);
  void syntax_error(TSNode node, const std::string& what);

  // ---------------------------------------------------------------- statements (parser_stmt.cpp)
  void module_body(TSNode module, Block& out);
  void block(TSNode block, Block& out, Scope scope, bool drop_docstring);
  void statement(TSNode node, Block& out, Scope scope);
  void try_statement(TSNode node, Block& out, Scope scope);

  // ---------------------------------------------------------------- expressions (parser_expr.cpp)
  /// Converts an expression; reports and returns null when it is outside the subset.
  ExprPtr expr(TSNode node);
  /// An assignment / loop target: a name, attribute, subscript, or tuple of targets.
  ExprPtr target(TSNode node);
  /// A comma-separated list (expression_list / pattern_list) as a Tuple.
  ExprPtr tuple_of(TSNode node, SourceRange r, bool as_target);
  /// The decoded value of a plain string literal; false (after reporting) if unsupported.
  bool string_value(TSNode string_node, std::string* out);
  /// Decodes the backslash escapes of a string literal's body (unless raw).
  bool decode_escapes(TSNode node, std::string_view body, bool raw, std::string* out);
  bool is_fstring(TSNode node) const;
  ExprPtr fstring(TSNode node);
  /// A human-readable name for a CST node kind outside the subset ("lambda expression").
  static std::string construct_name(std::string_view kind);
  /// What to write instead of a construct outside the subset ("" when there is no advice).
  static std::string construct_hint(std::string_view kind);
  /// Reports `node` as unsupported, with its construct_hint when it has one.
  void unsupported_kind(TSNode node);

 private:
  ExprPtr integer(TSNode node, bool negated);
  ExprPtr floating(TSNode node);
  ExprPtr call(TSNode node);
  ExprPtr subscript(TSNode node);
  ExprPtr slice(TSNode node);
  /// List, set and dict comprehensions (`comp_kind` says which).
  ExprPtr comprehension(TSNode node, ExprKind comp_kind);
  ExprPtr comparison(TSNode node);
  ExprPtr binary(TSNode node);
  void flatten_binary(TSNode node, BinaryChain& chain, bool& ok);
  ExprPtr climb(BinaryChain& chain, std::size_t& k, int min_precedence);
  ExprPtr boolean(TSNode node);

  void function_def(TSNode node, Block& out, Scope scope);
  /// The parameter list of a def or lambda (defaults, and what pyxc rejects).
  void parameters(TSNode node, FunctionDef& fn);
  ExprPtr lambda(TSNode node);
  void expression_statement(TSNode node, Block& out, Scope scope);
  void if_statement(TSNode node, Block& out, Scope scope);
  void import_statement(TSNode node, Block& out);
  void import_from(TSNode node, Block& out);
  bool is_main_guard(TSNode if_node);
  void module_level_code(TSNode node, const std::string& what);

  const SourceFile& file_;
  Diagnostics& diags_;
  std::vector<std::string> enclosing_functions_;  // qualified names of the defs being converted
  std::set<std::string> qualified_names_;          // taken by defs and lambdas so far
  /// `base`, or `base_2`, `base_3`... when taken: C++ names of nested defs and lambdas.
  std::string unique_name(const std::string& base);
};

/// Collects `#export ...` / `#pythran export ...` comments anywhere in the tree.
void collect_exports(TSNode root, const SourceFile& file, std::vector<ExportComment>& out);

/// Attaches every `#omp ...` comment line to the statement that follows it.
void attach_omp_annotations(const SourceFile& file, Block& body, Diagnostics& diags);

}  // namespace pyxc::parser
