// Expressions: tree-sitter-python expression and pattern nodes -> pyxc Expr, literal decoding
// (ints in every base, floats, imaginary numbers, strings with escapes) and the readable names
// of constructs outside the subset.
#include <cctype>
#include <cstdlib>
#include <limits>

#include "frontend/parser_internal.hpp"

namespace pyxc::parser {

namespace {

ExprPtr make(ExprKind kind, SourceRange r) { return std::make_unique<Expr>(kind, r); }

bool binary_op(std::string_view op, BinOp* out) {
  static const std::pair<std::string_view, BinOp> kOps[] = {
      {"+", BinOp::Add},     {"-", BinOp::Sub},       {"*", BinOp::Mult},   {"/", BinOp::Div},
      {"//", BinOp::FloorDiv}, {"%", BinOp::Mod},     {"**", BinOp::Pow},   {"@", BinOp::MatMult},
      {"<<", BinOp::LShift}, {">>", BinOp::RShift},   {"|", BinOp::BitOr},  {"^", BinOp::BitXor},
      {"&", BinOp::BitAnd},
  };
  for (const auto& [spelling, binop] : kOps)
    if (spelling == op) {
      *out = binop;
      return true;
    }
  return false;
}

bool compare_op(std::string_view op, CmpOp* out) {
  static const std::pair<std::string_view, CmpOp> kOps[] = {
      {"==", CmpOp::Eq}, {"!=", CmpOp::NotEq}, {"<", CmpOp::Lt},    {"<=", CmpOp::LtE},
      {">", CmpOp::Gt},  {">=", CmpOp::GtE},   {"in", CmpOp::In},   {"not in", CmpOp::NotIn},
      {"is", CmpOp::Is}, {"is not", CmpOp::IsNot},
  };
  for (const auto& [spelling, cmp] : kOps)
    if (spelling == op) {
      *out = cmp;
      return true;
    }
  return false;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Literal text without `_` separators, lower-cased.
std::string clean_number(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

// ------------------------------------------------------------------ names of constructs

std::string Converter::construct_name(std::string_view k) {
  static const std::pair<std::string_view, const char*> kNames[] = {
      {"class_definition", "class definition"},
      {"decorated_definition", "decorator"},
      {"decorator", "decorator"},
      {"with_statement", "`with` statement"},
      {"try_statement", "`try` statement"},
      {"raise_statement", "`raise` statement"},
      {"assert_statement", "`assert` statement"},
      {"delete_statement", "`del` statement"},
      {"global_statement", "`global` declaration"},
      {"nonlocal_statement", "`nonlocal` declaration"},
      {"match_statement", "`match` statement"},
      {"type_alias_statement", "`type` alias statement"},
      {"print_statement", "Python 2 `print` statement"},
      {"exec_statement", "Python 2 `exec` statement"},
      {"future_import_statement", "`from __future__` import"},
      {"lambda", "lambda expression"},
      {"yield", "`yield` expression"},
      {"await", "`await` expression"},
      {"generator_expression", "generator expression"},
      {"dictionary_splat", "`**` unpacking in a dict literal"},
      {"list_splat", "star expression (`*x`)"},
      {"parenthesized_list_splat", "star expression (`*x`)"},
      {"list_splat_pattern", "star target (`*x`)"},
      {"dictionary_splat", "`**` unpacking"},
      {"dictionary_splat_pattern", "`**` unpacking"},
      {"named_expression", "assignment expression (`:=`)"},
      {"ellipsis", "`...` (Ellipsis)"},
      {"keyword_argument", "keyword argument"},
      {"as_pattern", "`as` pattern"},
      {"string", "string literal"},
      {"concatenated_string", "string literal"},
      {"function_definition", "function definition"},
      {"import_statement", "`import` statement"},
      {"import_from_statement", "`from ... import` statement"},
      {"if_statement", "`if` statement"},
      {"for_statement", "`for` loop"},
      {"while_statement", "`while` loop"},
      {"pattern_list", "tuple"},
      {"tuple_pattern", "tuple"},
      {"list_pattern", "list"},
  };
  for (const auto& [node_kind, name] : kNames)
    if (node_kind == k) return name;
  std::string spelled(k);
  for (char& c : spelled)
    if (c == '_') c = ' ';
  return fmt::format("`{}` syntax", spelled);
}

std::string Converter::construct_hint(std::string_view k) {
  static const std::pair<std::string_view, const char*> kHints[] = {
      {"global_statement", "module constants are read without `global`; return new values instead of assigning globals"},
      {"nonlocal_statement", "return the new value instead"},
      {"match_statement", "use an `if`/`elif` chain"},
      {"named_expression", "assign the value on its own line first"},
      {"await", "pyxc compiles synchronous code: call the function directly"},
      {"decorator", "call the wrapper explicitly where the function is used"},
      {"decorated_definition", "call the wrapper explicitly where the function is used"},
      {"list_splat", "build the list with `+`"},
      {"parenthesized_list_splat", "build the list with `+`"},
  };
  for (const auto& [node_kind, hint] : kHints)
    if (node_kind == k) return hint;
  return "";
}

void Converter::unsupported_kind(TSNode node) {
  std::string_view k = kind(node);
  std::string hint = construct_hint(k);
  if (hint.empty()) unsupported(node, construct_name(k));
  else unsupported_hint(node, construct_name(k), hint);
}

// ------------------------------------------------------------------ dispatch

ExprPtr Converter::expr(TSNode node) {
  if (ts_node_is_null(node)) return nullptr;
  std::string_view k = kind(node);
  SourceRange r = range(node);

  if (k == "identifier") {
    auto e = make(ExprKind::Name, r);
    e->name = std::string(text(node));
    return e;
  }
  if (k == "integer") return integer(node, false);
  if (k == "float") return floating(node);
  if (k == "true" || k == "false") {
    auto e = make(ExprKind::BoolLit, r);
    e->bool_value = k == "true";
    return e;
  }
  if (k == "none") return make(ExprKind::NoneLit, r);
  if (k == "string" && is_fstring(node)) return fstring(node);
  if (k == "string" || k == "concatenated_string") {
    auto e = make(ExprKind::StrLit, r);
    if (!string_value(node, &e->str_value)) return nullptr;
    return e;
  }
  if (k == "parenthesized_expression") {
    std::vector<TSNode> inner = named_children(node);
    if (inner.size() != 1) return unsupported(node, "parenthesized expression"), nullptr;
    return expr(inner[0]);
  }
  if (k == "binary_operator") return binary(node);
  if (k == "unary_operator") {
    TSNode op = field(node, "operator");
    TSNode arg = field(node, "argument");
    std::string_view sop = text(op);
    if (sop == "-" && kind(arg) == "integer") {
      // `-9223372036854775808` is the one literal that fits only once negated.
      ExprPtr lit = integer(arg, true);
      if (lit && lit->int_value == std::numeric_limits<std::int64_t>::min()) {
        lit->range = r;
        return lit;
      }
      auto e = make(ExprKind::UnaryOp, r);
      e->unop = UnaryOp::Neg;
      e->operands.push_back(std::move(lit));
      return e;
    }
    auto e = make(ExprKind::UnaryOp, r);
    e->unop = sop == "-" ? UnaryOp::Neg : sop == "+" ? UnaryOp::Pos : UnaryOp::Invert;
    e->operands.push_back(expr(arg));
    return e;
  }
  if (k == "not_operator") {
    auto e = make(ExprKind::UnaryOp, r);
    e->unop = UnaryOp::Not;
    e->operands.push_back(expr(field(node, "argument")));
    return e;
  }
  if (k == "boolean_operator") return boolean(node);
  if (k == "comparison_operator") return comparison(node);
  if (k == "conditional_expression") {
    auto e = make(ExprKind::IfExp, r);
    for (TSNode part : named_children(node)) e->operands.push_back(expr(part));
    return e;
  }
  if (k == "call") return call(node);
  if (k == "attribute") {
    auto e = make(ExprKind::Attribute, r);
    e->operands.push_back(expr(field(node, "object")));
    e->name = std::string(text(field(node, "attribute")));
    return e;
  }
  if (k == "subscript") return subscript(node);
  if (k == "list" || k == "tuple") {
    auto e = make(k == "list" ? ExprKind::List : ExprKind::Tuple, r);
    for (TSNode item : named_children(node)) e->operands.push_back(expr(item));
    return e;
  }
  if (k == "expression_list") return tuple_of(node, r, false);
  if (k == "list_comprehension") return comprehension(node, ExprKind::ListComp);
  if (k == "set_comprehension") return comprehension(node, ExprKind::SetComp);
  if (k == "dictionary_comprehension") return comprehension(node, ExprKind::DictComp);
  if (k == "set") {
    auto e = make(ExprKind::Set, r);
    for (TSNode item : named_children(node)) e->operands.push_back(expr(item));
    return e;
  }
  if (k == "dictionary") {
    auto e = make(ExprKind::Dict, r);
    for (TSNode item : named_children(node)) {
      if (kind(item) != "pair") {
        unsupported(item, construct_name(kind(item)));
        return nullptr;
      }
      e->operands.push_back(expr(field(item, "key")));
      e->operands.push_back(expr(field(item, "value")));
    }
    return e;
  }
  if (k == "generator_expression") return comprehension(node, ExprKind::GenExp);
  if (k == "yield") {
    if (has_token(node, "from"))
      return unsupported_hint(node, "`yield from`", "loop over it: `for x in it: yield x`"), nullptr;
    auto e = make(ExprKind::Yield, r);
    std::vector<TSNode> value = named_children(node);
    if (!value.empty())
      e->operands.push_back(kind(value[0]) == "expression_list" ? tuple_of(value[0], range(value[0]), false)
                                                                : expr(value[0]));
    return e;
  }
  if (k == "lambda") return lambda(node);
  unsupported_kind(node);
  return nullptr;
}

ExprPtr Converter::lambda(TSNode node) {
  // `lambda x: body` is a function whose body is `return body`: later stages treat lambdas
  // and nested defs alike.
  auto fn = std::make_shared<FunctionDef>();
  fn->name = "<lambda>";
  fn->is_lambda = true;
  fn->range = range(node);
  fn->name_range = range(node);
  fn->nested = !enclosing_functions_.empty();
  fn->qualified_name = unique_name((fn->nested ? enclosing_functions_.back() + "_" : std::string()) +
                                   fmt::format("lambda{}", fn->range.begin.line));
  parameters(field(node, "parameters"), *fn);
  TSNode body = field(node, "body");
  enclosing_functions_.push_back(fn->qualified_name);
  ExprPtr value = expr(body);
  enclosing_functions_.pop_back();
  if (!value) return nullptr;
  auto ret = std::make_unique<Stmt>(StmtKind::Return, range(body));
  ret->value = std::move(value);
  fn->body.push_back(std::move(ret));
  auto e = make(ExprKind::Lambda, range(node));
  e->function = std::move(fn);
  return e;
}

ExprPtr Converter::tuple_of(TSNode node, SourceRange r, bool as_target) {
  auto e = make(ExprKind::Tuple, r);
  for (TSNode item : named_children(node)) e->operands.push_back(as_target ? target(item) : expr(item));
  return e;
}

ExprPtr Converter::target(TSNode node) {
  if (ts_node_is_null(node)) return nullptr;
  std::string_view k = kind(node);
  if (k == "identifier" || k == "attribute" || k == "subscript") return expr(node);
  if (k == "pattern_list" || k == "tuple_pattern" || k == "tuple" || k == "expression_list")
    return tuple_of(node, range(node), true);
  if (k == "list_pattern" || k == "list") {
    auto e = make(ExprKind::List, range(node));
    for (TSNode item : named_children(node)) e->operands.push_back(target(item));
    return e;
  }
  if (k == "parenthesized_expression") {
    std::vector<TSNode> inner = named_children(node);
    if (inner.size() == 1) return target(inner[0]);
  }
  if (k == "list_splat_pattern") return unsupported(node, construct_name(k)), nullptr;
  unsupported(node, construct_name(k) + " as an assignment target");
  return nullptr;
}

// ------------------------------------------------------------------ operators

namespace {
/// Python's binding strength of binary operators (higher binds tighter).
int precedence(BinOp op) {
  switch (op) {
    case BinOp::BitOr: return 1;
    case BinOp::BitXor: return 2;
    case BinOp::BitAnd: return 3;
    case BinOp::LShift:
    case BinOp::RShift: return 4;
    case BinOp::Add:
    case BinOp::Sub: return 5;
    case BinOp::Mult:
    case BinOp::MatMult:
    case BinOp::Div:
    case BinOp::FloorDiv:
    case BinOp::Mod: return 6;
    case BinOp::Pow: return 7;
  }
  return 0;
}
}  // namespace

// tree-sitter-python 0.23 gives `^` a higher precedence than `&` (Python has it the other way
// round), so a chain of binary operators is flattened to operands and operators in source order
// and rebuilt by precedence climbing with Python's table. Parenthesized and unary operands are
// leaves, so only unparenthesized chains are rebuilt.
ExprPtr Converter::binary(TSNode node) {
  BinaryChain chain;
  bool ok = true;
  flatten_binary(node, chain, ok);
  if (!ok) return nullptr;
  for (TSNode operand : chain.operands) chain.exprs.push_back(expr(operand));
  std::size_t k = 0;
  return climb(chain, k, 0);
}

void Converter::flatten_binary(TSNode node, BinaryChain& chain, bool& ok) {
  if (kind(node) != "binary_operator") {
    chain.operands.push_back(node);
    return;
  }
  flatten_binary(field(node, "left"), chain, ok);
  TSNode op_node = field(node, "operator");
  BinOp op = BinOp::Add;
  if (!binary_op(text(op_node), &op)) {
    unsupported(op_node, fmt::format("the `{}` operator", text(op_node)));
    ok = false;
  }
  chain.ops.push_back(op);
  flatten_binary(field(node, "right"), chain, ok);
}

ExprPtr Converter::climb(BinaryChain& chain, std::size_t& k, int min_precedence) {
  std::size_t first = k;
  ExprPtr lhs = std::move(chain.exprs[k]);
  while (k < chain.ops.size() && precedence(chain.ops[k]) >= min_precedence) {
    BinOp op = chain.ops[k];
    std::size_t next = k + 1;
    // `**` is right-associative; every other binary operator associates to the left.
    ExprPtr rhs = climb(chain, next, op == BinOp::Pow ? precedence(op) : precedence(op) + 1);
    auto e = make(ExprKind::BinOp, span(chain.operands[first], chain.operands[next]));
    e->binop = op;
    e->operands.push_back(std::move(lhs));
    e->operands.push_back(std::move(rhs));
    lhs = std::move(e);
    k = next;
  }
  return lhs;
}

ExprPtr Converter::boolean(TSNode node) {
  auto e = make(ExprKind::BoolOp, range(node));
  std::string_view op = text(field(node, "operator"));
  e->boolop = op == "and" ? BoolOp::And : BoolOp::Or;
  // tree-sitter nests `a and b and c` to the left; Python's AST flattens it (but not `(a and b)
  // and c`, whose left operand is a parenthesized_expression).
  std::vector<TSNode> chain{field(node, "right")};
  TSNode left = field(node, "left");
  while (kind(left) == "boolean_operator" && text(field(left, "operator")) == op) {
    chain.push_back(field(left, "right"));
    left = field(left, "left");
  }
  chain.push_back(left);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) e->operands.push_back(expr(*it));
  return e;
}

ExprPtr Converter::comparison(TSNode node) {
  auto e = make(ExprKind::Compare, range(node));
  bool ok = true;
  for (TSNode child : children(node)) {
    if (ts_node_is_named(child)) {
      e->operands.push_back(expr(child));
      continue;
    }
    CmpOp op;
    if (!compare_op(kind(child), &op)) {
      unsupported_hint(child, fmt::format("the `{}` operator", text(child)), "use `!=`");
      ok = false;
      continue;
    }
    e->cmp_ops.push_back(op);
  }
  return ok ? std::move(e) : nullptr;
}

// ------------------------------------------------------------------ calls and subscripts

ExprPtr Converter::call(TSNode node) {
  auto e = make(ExprKind::Call, range(node));
  e->operands.push_back(expr(field(node, "function")));
  TSNode args = field(node, "arguments");
  if (kind(args) == "generator_expression") {  // `sum(x * x for x in xs)`: the only argument
    e->args.push_back(comprehension(args, ExprKind::GenExp));
    return e->args.back() ? std::move(e) : nullptr;
  }
  bool ok = true;
  for (TSNode arg : named_children(args)) {
    std::string_view k = kind(arg);
    if (k == "keyword_argument") {
      std::string name(text(field(arg, "name")));
      for (const auto& kw : e->keywords) {
        if (kw.name == name) {
          syntax_error(arg, fmt::format("keyword argument repeated: {}", name));
          ok = false;
        }
      }
      e->keywords.push_back({name, range(arg), expr(field(arg, "value"))});
    } else if (!e->keywords.empty()) {
      syntax_error(arg, "positional argument follows keyword argument");
      ok = false;
    } else if (k == "list_splat") {
      unsupported_hint(arg, "`*` argument unpacking", "pass the arguments one by one, or pass the list itself");
      ok = false;
    } else if (k == "dictionary_splat") {
      unsupported_hint(arg, "`**` argument unpacking", "pass the keyword arguments by name");
      ok = false;
    } else {
      e->args.push_back(expr(arg));
    }
  }
  return ok ? std::move(e) : nullptr;
}

ExprPtr Converter::subscript(TSNode node) {
  auto e = make(ExprKind::Subscript, range(node));
  e->operands.push_back(expr(field(node, "value")));
  std::vector<TSNode> indices = fields(node, "subscript");
  auto index = [&](TSNode n) {
    if (kind(n) == "ellipsis") return make(ExprKind::Ellipsis, range(n));  // typed by the subscript
    return kind(n) == "slice" ? slice(n) : expr(n);
  };
  if (indices.size() == 1) {
    e->operands.push_back(index(indices[0]));
  } else {
    auto tuple = make(ExprKind::Tuple, span(indices.front(), indices.back()));
    for (TSNode i : indices) tuple->operands.push_back(index(i));
    e->operands.push_back(std::move(tuple));
  }
  return e;
}

ExprPtr Converter::slice(TSNode node) {
  auto e = make(ExprKind::Slice, range(node));
  e->operands.resize(3);
  std::size_t part = 0;
  for (TSNode child : children(node)) {
    if (!ts_node_is_named(child)) {
      if (kind(child) == ":") ++part;
      continue;
    }
    if (part < 3) e->operands[part] = expr(child);
  }
  return e;
}

// ------------------------------------------------------------------ comprehensions

ExprPtr Converter::comprehension(TSNode node, ExprKind comp_kind) {
  auto e = make(comp_kind, range(node));
  TSNode body = field(node, "body");
  if (comp_kind == ExprKind::DictComp) {
    e->operands.push_back(expr(field(body, "key")));
    e->operands.push_back(expr(field(body, "value")));
  } else {
    e->operands.push_back(expr(body));
  }
  for (TSNode clause : named_children(node)) {
    std::string_view k = kind(clause);
    if (k == "for_in_clause") {
      if (has_token(clause, "async")) {
        unsupported(clause, "`async for` in a comprehension");
        continue;
      }
      ComprehensionFor f;
      f.target = target(field(clause, "left"));
      std::vector<TSNode> right;
      for (TSNode r : fields(clause, "right"))
        if (ts_node_is_named(r)) right.push_back(r);
      if (right.size() == 1) {
        f.iter = expr(right[0]);
      } else if (!right.empty()) {
        f.iter = make(ExprKind::Tuple, span(right.front(), right.back()));
        for (TSNode r : right) f.iter->operands.push_back(expr(r));
      }
      e->comprehension.push_back(std::move(f));
    } else if (k == "if_clause") {
      std::vector<TSNode> cond = named_children(clause);
      if (!cond.empty() && !e->comprehension.empty())
        e->comprehension.back().conditions.push_back(expr(cond[0]));
    }
  }
  return e;
}

// ------------------------------------------------------------------ literals

ExprPtr Converter::integer(TSNode node, bool negated) {
  SourceRange r = range(node);
  std::string t = clean_number(text(node));
  if (!t.empty() && t.back() == 'j') {
    auto e = make(ExprKind::ImagLit, r);
    t.pop_back();
    e->float_value = std::strtod(t.c_str(), nullptr);
    return e;
  }
  if (!t.empty() && t.back() == 'l') {
    unsupported_hint(node, "Python 2 long literal", "drop the `L` suffix");
    return nullptr;
  }
  int base = 10;
  std::size_t start = 0;
  if (t.size() > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
    base = t[1] == 'x' ? 16 : t[1] == 'o' ? 8 : 2;
    start = 2;
  } else if (t.size() > 1 && t[0] == '0' && t.find_first_not_of('0') != std::string::npos) {
    syntax_error(node, "leading zeros in decimal integer literals are not permitted; use an 0o "
                       "prefix for octal integers");
    return nullptr;
  }
  constexpr std::uint64_t kLimit = std::uint64_t{1} << 63;  // |INT64_MIN|
  std::uint64_t value = 0;
  bool too_large = false;
  for (std::size_t i = start; i < t.size(); ++i) {
    int d = hex_digit(t[i]);
    if (d < 0 || d >= base) {
      syntax_error(node, fmt::format("invalid digit `{}` in integer literal", t[i]));
      return nullptr;
    }
    if (value > (kLimit - static_cast<std::uint64_t>(d)) / static_cast<std::uint64_t>(base)) {
      too_large = true;
      break;
    }
    value = value * base + d;
  }
  if (too_large || (value == kLimit && !negated)) {
    diags_.report(DiagId::int_literal_too_large, r, text(node));
    return nullptr;
  }
  auto e = make(ExprKind::IntLit, r);
  e->int_value = value == kLimit ? std::numeric_limits<std::int64_t>::min()
                                 : static_cast<std::int64_t>(value);
  return e;
}

ExprPtr Converter::floating(TSNode node) {
  std::string t = clean_number(text(node));
  bool imag = !t.empty() && t.back() == 'j';
  if (imag) t.pop_back();
  auto e = make(imag ? ExprKind::ImagLit : ExprKind::FloatLit, range(node));
  e->float_value = std::strtod(t.c_str(), nullptr);
  return e;
}

bool Converter::is_fstring(TSNode node) const {
  std::string_view t = text(node);
  std::size_t quote = t.find_first_of("'\"");
  if (quote == std::string_view::npos) return false;
  std::string_view prefix = t.substr(0, quote);
  return prefix.find_first_of("fF") != std::string_view::npos;
}

ExprPtr Converter::fstring(TSNode node) {
  // f"a{x!r:>8}b" -> FString [StrLit "a", FormattedValue(x, conversion "r", spec ">8"), StrLit "b"]
  auto e = make(ExprKind::FString, range(node));
  std::string_view t = text(node);
  std::size_t quote = t.find_first_of("'\"");
  bool raw = t.substr(0, quote).find_first_of("rR") != std::string_view::npos;
  auto literal = [&](std::string_view piece, TSNode at) {
    // `{{` and `}}` stand for single braces.
    std::string unescaped;
    for (std::size_t i = 0; i < piece.size(); ++i) {
      unescaped += piece[i];
      if ((piece[i] == '{' || piece[i] == '}') && i + 1 < piece.size() && piece[i + 1] == piece[i]) ++i;
    }
    auto lit = make(ExprKind::StrLit, range(at));
    if (!decode_escapes(at, unescaped, raw, &lit->str_value)) return false;
    e->operands.push_back(std::move(lit));
    return true;
  };
  for (TSNode part : named_children(node)) {
    std::string_view pk = kind(part);
    if (pk == "string_content") {
      if (!literal(text(part), part)) return nullptr;
    } else if (pk == "interpolation") {
      auto value = make(ExprKind::FormattedValue, range(part));
      value->operands.push_back(expr(field(part, "expression")));
      TSNode conversion = field(part, "type_conversion");
      if (!ts_node_is_null(conversion)) value->name = std::string(text(conversion).substr(1));
      TSNode spec = field(part, "format_specifier");
      if (!ts_node_is_null(spec)) {
        for (TSNode inner : named_children(spec))
          if (kind(inner) == "format_expression" || kind(inner) == "interpolation") {
            unsupported(inner, "a nested `{...}` inside an f-string format spec");
            return nullptr;
          }
        std::string_view spec_text = text(spec);
        if (!spec_text.empty() && spec_text[0] == ':') spec_text.remove_prefix(1);
        value->str_value = std::string(spec_text);
      }
      if (!value->operands[0]) return nullptr;
      e->operands.push_back(std::move(value));
    }
  }
  return e;
}

bool Converter::string_value(TSNode node, std::string* out) {
  if (kind(node) == "concatenated_string") {
    bool ok = true;
    for (TSNode part : named_children(node)) {
      std::string piece;
      if (string_value(part, &piece))
        *out += piece;
      else
        ok = false;
    }
    return ok;
  }

  std::string_view t = text(node);
  std::size_t quote = t.find_first_of("'\"");
  if (quote == std::string_view::npos || t.size() < quote + 2) {
    syntax_error(node, "malformed string literal");
    return false;
  }
  std::string prefix = clean_number(t.substr(0, quote));
  if (prefix.find('f') != std::string::npos || prefix.find('F') != std::string::npos) {
    unsupported_hint(node, "an f-string joined to another string", "use `+`");
    return false;
  }
  if (prefix.find('b') != std::string::npos) {
    unsupported(node, "bytes literal");
    return false;
  }
  if (prefix.find_first_not_of("ru") != std::string::npos) {
    unsupported(node, fmt::format("string prefix `{}`", t.substr(0, quote)));
    return false;
  }
  bool raw = prefix.find('r') != std::string::npos;
  std::size_t q = t.size() >= quote + 6 && t.substr(quote, 3) == std::string(3, t[quote]) ? 3 : 1;
  std::string_view body = t.substr(quote + q, t.size() - quote - 2 * q);
  return decode_escapes(node, body, raw, out);
}

bool Converter::decode_escapes(TSNode node, std::string_view body, bool raw, std::string* out) {
  std::string& s = *out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\r' && i + 1 < body.size() && body[i + 1] == '\n') continue;  // CRLF -> LF
    if (c != '\\' || raw || i + 1 == body.size()) {
      s += c;
      if (raw && c == '\\' && i + 1 < body.size()) s += body[++i];  // r"\"" keeps both
      continue;
    }
    char n = body[++i];
    switch (n) {
      case '\n': break;  // backslash-newline joins lines
      case '\r':
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
        break;
      case '\\': s += '\\'; break;
      case '\'': s += '\''; break;
      case '"': s += '"'; break;
      case 'a': s += '\a'; break;
      case 'b': s += '\b'; break;
      case 'f': s += '\f'; break;
      case 'n': s += '\n'; break;
      case 'r': s += '\r'; break;
      case 't': s += '\t'; break;
      case 'v': s += '\v'; break;
      case 'x':
      case 'u':
      case 'U': {
        std::size_t digits = n == 'x' ? 2 : n == 'u' ? 4 : 8;
        std::uint32_t cp = 0;
        for (std::size_t d = 0; d < digits; ++d) {
          int h = i + 1 < body.size() ? hex_digit(body[i + 1]) : -1;
          if (h < 0) {
            syntax_error(node, fmt::format("truncated `\\{}` escape in string literal", n));
            return false;
          }
          cp = cp * 16 + static_cast<std::uint32_t>(h);
          ++i;
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          unsupported(node, fmt::format("code point U+{:X} in a string literal", cp));
          return false;
        }
        append_utf8(s, cp);
        break;
      }
      case 'N':
        unsupported_hint(node, "`\\N{...}` escape", "write the character itself or use `\\u`");
        return false;
      default:
        if (n >= '0' && n <= '7') {
          std::uint32_t cp = static_cast<std::uint32_t>(n - '0');
          for (int d = 0; d < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++d)
            cp = cp * 8 + static_cast<std::uint32_t>(body[++i] - '0');
          append_utf8(s, cp);
        } else {
          s += '\\';  // unknown escapes keep their backslash, as in Python
          s += n;
        }
    }
  }
  return true;
}

}  // namespace pyxc::parser
