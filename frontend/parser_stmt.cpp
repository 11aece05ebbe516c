// Statements: tree-sitter-python statement nodes -> pyxc Stmt, and the module-level rules
// (imports, functions and constants only; `if __name__ == "__main__":` blocks skipped).
#include <set>

#include <cctype>

#include "frontend/parser_internal.hpp"

namespace pyxc::parser {

namespace {

StmtPtr make_stmt(StmtKind kind, SourceRange r) { return std::make_unique<Stmt>(kind, r); }

const char* const kModuleLevelHint =
    "only imports, functions and constant assignments are compiled at module level: move it "
    "under `if __name__ == \"__main__\":`";

bool aug_op(std::string_view op, BinOp* out) {
  static const std::pair<std::string_view, BinOp> kOps[] = {
      {"+=", BinOp::Add},       {"-=", BinOp::Sub},       {"*=", BinOp::Mult},
      {"/=", BinOp::Div},       {"//=", BinOp::FloorDiv}, {"%=", BinOp::Mod},
      {"**=", BinOp::Pow},      {"@=", BinOp::MatMult},   {"<<=", BinOp::LShift},
      {">>=", BinOp::RShift},   {"|=", BinOp::BitOr},     {"^=", BinOp::BitXor},
      {"&=", BinOp::BitAnd},
  };
  for (const auto& [spelling, binop] : kOps)
    if (spelling == op) {
      *out = binop;
      return true;
    }
  return false;
}

}  // namespace

// ------------------------------------------------------------------ blocks

void Converter::module_body(TSNode module, Block& out) { block(module, out, Scope::Module, true); }

void Converter::block(TSNode node, Block& out, Scope scope, bool drop_docstring) {
  std::vector<TSNode> stmts = named_children(node);
  for (std::size_t i = 0; i < stmts.size(); ++i) {
    if (i == 0 && drop_docstring && kind(stmts[0]) == "expression_statement") {
      std::vector<TSNode> parts = named_children(stmts[0]);
      if (parts.size() == 1 && (kind(parts[0]) == "string" || kind(parts[0]) == "concatenated_string")) {
        // A docstring is a plain string; an f-string there is just an (unsupported) expression.
        std::string_view t = text(parts[0]);
        if (t.find_first_of("fFbB") >= t.find_first_of("'\"")) continue;
      }
    }
    statement(stmts[i], out, scope);
  }
}

void Converter::module_level_code(TSNode node, const std::string& what) {
  unsupported_hint(node, fmt::format("module-level code ({})", what), kModuleLevelHint);
}

// ------------------------------------------------------------------ one statement

void Converter::statement(TSNode node, Block& out, Scope scope) {
  std::string_view k = kind(node);
  bool module = scope == Scope::Module;

  if (k == "function_definition") return function_def(node, out, scope);
  if (k == "expression_statement") return expression_statement(node, out, scope);
  if (k == "import_statement" || k == "import_from_statement") {
    if (!module)
      return unsupported_hint(node, "`import` inside a function", "move it to the top of the module");
    return k == "import_statement" ? import_statement(node, out) : import_from(node, out);
  }
  // `from __future__ import ...` changes nothing in the Python 3 semantics pyxc compiles.
  if (k == "future_import_statement") return;
  if (k == "if_statement") {
    if (module) {
      if (is_main_guard(node)) {
        for (TSNode alt : fields(node, "alternative"))
          module_level_code(alt, "the `else` branch of `if __name__ == \"__main__\":`");
        return;
      }
      return module_level_code(node, "an `if` statement");
    }
    return if_statement(node, out, scope);
  }
  if (k == "pass_statement") {
    if (!module) out.push_back(make_stmt(StmtKind::Pass, range(node)));
    return;
  }

  // Statements that are compiled inside functions only.
  if (module) {
    if (k == "for_statement") return module_level_code(node, "a `for` loop");
    if (k == "while_statement") return module_level_code(node, "a `while` loop");
    if (k == "return_statement") return module_level_code(node, "`return`");
    if (k == "break_statement") return module_level_code(node, "`break`");
    if (k == "continue_statement") return module_level_code(node, "`continue`");
  }

  if (k == "return_statement") {
    auto s = make_stmt(StmtKind::Return, range(node));
    std::vector<TSNode> value = named_children(node);
    if (!value.empty()) s->value = kind(value[0]) == "expression_list"
                                       ? tuple_of(value[0], range(value[0]), false)
                                       : expr(value[0]);
    out.push_back(std::move(s));
    return;
  }
  if (k == "break_statement") return out.push_back(make_stmt(StmtKind::Break, range(node)));
  if (k == "continue_statement") return out.push_back(make_stmt(StmtKind::Continue, range(node)));

  if (k == "for_statement") {
    if (has_token(node, "async")) return unsupported(node, "`async for` loop");
    auto s = make_stmt(StmtKind::For, range(node));
    s->targets.push_back(target(field(node, "left")));
    TSNode right = field(node, "right");
    s->value = kind(right) == "expression_list" ? tuple_of(right, range(right), false) : expr(right);
    block(field(node, "body"), s->body, scope, false);
    TSNode alt = field(node, "alternative");
    if (!ts_node_is_null(alt)) block(field(alt, "body"), s->orelse, scope, false);
    out.push_back(std::move(s));
    return;
  }
  if (k == "while_statement") {
    auto s = make_stmt(StmtKind::While, range(node));
    s->test = expr(field(node, "condition"));
    block(field(node, "body"), s->body, scope, false);
    TSNode alt = field(node, "alternative");
    if (!ts_node_is_null(alt)) block(field(alt, "body"), s->orelse, scope, false);
    out.push_back(std::move(s));
    return;
  }

  if (k == "assert_statement") {
    auto s = make_stmt(StmtKind::Assert, range(node));
    std::vector<TSNode> parts = named_children(node);
    s->test = expr(parts.at(0));
    if (parts.size() > 1) s->value = expr(parts[1]);
    out.push_back(std::move(s));
    return;
  }
  if (k == "raise_statement") {
    auto s = make_stmt(StmtKind::Raise, range(node));
    if (!ts_node_is_null(field(node, "cause"))) return unsupported(field(node, "cause"), "`raise ... from ...`");
    std::vector<TSNode> parts = named_children(node);
    if (!parts.empty()) s->value = expr(parts[0]);
    out.push_back(std::move(s));
    return;
  }
  if (k == "try_statement") return try_statement(node, out, scope);
  if (k == "delete_statement") {
    auto s = make_stmt(StmtKind::Delete, range(node));
    for (TSNode t : named_children(node)) {
      if (kind(t) == "expression_list") {
        for (TSNode item : named_children(t)) s->targets.push_back(target(item));
      } else {
        s->targets.push_back(target(t));
      }
    }
    out.push_back(std::move(s));
    return;
  }

  if (k == "class_definition")
    return unsupported_hint(node, "class definition", "use tuples or module-level functions");
  if (k == "decorated_definition") {
    TSNode decorator = ts_node_named_child(node, 0);
    return unsupported_kind(ts_node_is_null(decorator) ? node : decorator);
  }
  if (k == "print_statement")
    return unsupported_hint(node, "Python 2 `print` statement", "call `print(...)`");
  unsupported_kind(node);
}

// ------------------------------------------------------------------ try

void Converter::try_statement(TSNode node, Block& out, Scope scope) {
  auto s = make_stmt(StmtKind::Try, range(node));
  block(field(node, "body"), s->body, scope, false);
  for (TSNode clause : named_children(node)) {
    std::string_view ck = kind(clause);
    auto suite = [&](TSNode c) {
      for (TSNode child : named_children(c))
        if (kind(child) == "block") return child;
      return TSNode{};
    };
    if (ck == "except_group_clause") {
      unsupported(clause, "`except*` clause");
    } else if (ck == "except_clause") {
      ExceptHandler handler;
      handler.range = range(clause);
      TSNode value = field(clause, "value");
      TSNode alias = field(clause, "alias");
      // This grammar parses `except E as name` as an as_pattern in the value field.
      if (!ts_node_is_null(value) && kind(value) == "as_pattern") {
        alias = field(value, "alias");
        value = named_children(value).at(0);
      }
      if (!ts_node_is_null(value)) handler.type = expr(value);
      if (!ts_node_is_null(alias)) {
        std::string_view name = text(alias);
        bool identifier = !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_');
        for (char c : name) identifier = identifier && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
        if (!identifier) syntax_error(alias, "expected a name after `as`");
        handler.name = std::string(name);
      }
      block(suite(clause), handler.body, scope, false);
      s->handlers.push_back(std::move(handler));
    } else if (ck == "else_clause") {
      block(field(clause, "body"), s->orelse, scope, false);
    } else if (ck == "finally_clause") {
      block(suite(clause), s->finalbody, scope, false);
    }
  }
  out.push_back(std::move(s));
}

// ------------------------------------------------------------------ functions

void Converter::function_def(TSNode node, Block& out, Scope scope) {
  if (has_token(node, "async"))
    return unsupported_hint(node, "`async def` function", "pyxc compiles synchronous code: drop `async`");

  auto fn = std::make_unique<FunctionDef>();
  TSNode name = field(node, "name");
  fn->name = std::string(text(name));
  fn->range = range(node);
  fn->name_range = range(name);

  TSNode type_params = field(node, "type_parameters");
  if (!ts_node_is_null(type_params)) unsupported(type_params, "type parameter list");
  TSNode return_type = field(node, "return_type");
  if (!ts_node_is_null(return_type))
    unsupported_hint(return_type, "return type annotation",
                     "types come from `#export` comments and inference");

  parameters(field(node, "parameters"), *fn);
  // Nested functions are named after their enclosing function in C++ (`outer_inner`).
  fn->nested = !enclosing_functions_.empty();
  fn->qualified_name = unique_name(fn->nested ? enclosing_functions_.back() + "_" + fn->name : fn->name);
  enclosing_functions_.push_back(fn->qualified_name);

  TSNode body = field(node, "body");
  block(body, fn->body, Scope::Function, true);
  enclosing_functions_.pop_back();
  // A body that was only a docstring still needs a statement for later stages.
  if (fn->body.empty()) fn->body.push_back(make_stmt(StmtKind::Pass, range(body)));
  fn->is_generator = contains_yield(fn->body);
  auto s = make_stmt(StmtKind::FunctionDef, range(node));
  s->function = std::move(fn);
  out.push_back(std::move(s));
}

std::string Converter::unique_name(const std::string& base) {
  std::string name = base;
  for (int i = 2; !qualified_names_.insert(name).second; ++i) name = base + "_" + std::to_string(i);
  return name;
}

void Converter::parameters(TSNode node, FunctionDef& fn) {
  if (ts_node_is_null(node)) return;  // `lambda: 0`
  bool seen_default = false;
  bool seen_star = false;  // parameters after `*` or `*args` are keyword-only: no order rule
  std::set<std::string> seen_names;
  for (TSNode p : named_children(node)) {
    std::string_view pk = kind(p);
    Parameter param;
    param.range = range(p);
    if (pk == "identifier") {
      param.name = std::string(text(p));
      if (seen_default && !seen_star)
        syntax_error(p, "parameter without a default follows parameter with a default");
    } else if (pk == "default_parameter") {
      TSNode pname = field(p, "name");
      if (kind(pname) != "identifier") {
        unsupported(pname, "tuple parameter");
        continue;
      }
      param.name = std::string(text(pname));
      param.default_value = expr(field(p, "value"));
      seen_default = true;
    } else if (pk == "typed_parameter" || pk == "typed_default_parameter") {
      unsupported_hint(p, "parameter type annotation",
                       "argument types come from `#export` comments");
      continue;
    } else if (pk == "list_splat_pattern") {
      seen_star = true;
      unsupported_hint(p, "`*args` parameter", "take a list parameter instead");
      continue;
    } else if (pk == "dictionary_splat_pattern") {
      unsupported_hint(p, "`**kwargs` parameter", "give the function keyword parameters with default values");
      continue;
    } else if (pk == "keyword_separator") {
      seen_star = true;
      unsupported(p, "keyword-only parameter marker (`*`)");
      continue;
    } else if (pk == "positional_separator") {
      unsupported(p, "positional-only parameter marker (`/`)");
      continue;
    } else {
      unsupported(p, construct_name(pk) + " parameter");
      continue;
    }
    if (!seen_names.insert(param.name).second)
      syntax_error(p, fmt::format("duplicate parameter `{}` in function definition", param.name));
    fn.params.push_back(std::move(param));
  }
}

// ------------------------------------------------------------------ expression statements

void Converter::expression_statement(TSNode node, Block& out, Scope scope) {
  std::vector<TSNode> parts = named_children(node);
  if (parts.empty()) return;
  TSNode first = parts[0];
  std::string_view k = kind(first);

  if (parts.size() == 1 && k == "assignment") {
    auto s = make_stmt(StmtKind::Assign, range(node));
    TSNode a = first;
    for (;;) {
      TSNode annotation = field(a, "type");
      if (!ts_node_is_null(annotation))
        unsupported_hint(annotation, "type annotation", "types are inferred");
      s->targets.push_back(target(field(a, "left")));
      TSNode right = field(a, "right");
      if (ts_node_is_null(right)) return;  // `x: int` alone: reported above
      std::string_view rk = kind(right);
      if (rk == "assignment") {
        a = right;
        continue;
      }
      if (rk == "augmented_assignment") {
        syntax_error(right, "an augmented assignment cannot be part of a chained assignment");
        return;
      }
      if (rk == "expression_list" || rk == "pattern_list")
        s->value = tuple_of(right, range(right), false);
      else
        s->value = expr(right);
      break;
    }
    out.push_back(std::move(s));
    return;
  }

  if (parts.size() == 1 && k == "augmented_assignment") {
    if (scope == Scope::Module) return module_level_code(node, "an augmented assignment");
    auto s = make_stmt(StmtKind::AugAssign, range(node));
    TSNode op = field(first, "operator");
    if (!aug_op(text(op), &s->binop)) return unsupported(op, fmt::format("`{}`", text(op)));
    TSNode left = field(first, "left");
    if (kind(left) == "pattern_list" || kind(left) == "tuple_pattern" || kind(left) == "list_pattern")
      return syntax_error(left, "illegal target for augmented assignment");
    s->targets.push_back(target(left));
    TSNode right = field(first, "right");
    std::string_view rk = kind(right);
    if (rk == "assignment" || rk == "augmented_assignment")
      return syntax_error(right, "an assignment cannot follow an augmented assignment");
    s->value = rk == "expression_list" || rk == "pattern_list" ? tuple_of(right, range(right), false)
                                                                : expr(right);
    out.push_back(std::move(s));
    return;
  }

  if (scope == Scope::Module)
    return module_level_code(node, parts.size() == 1 && k == "call" ? "a call" : "an expression statement");

  auto s = make_stmt(StmtKind::Expr, range(node));
  s->value = parts.size() == 1 ? expr(first) : tuple_of(node, range(node), false);
  out.push_back(std::move(s));
}

// ------------------------------------------------------------------ if / elif / else

void Converter::if_statement(TSNode node, Block& out, Scope scope) {
  auto s = make_stmt(StmtKind::If, range(node));
  s->test = expr(field(node, "condition"));
  block(field(node, "consequence"), s->body, scope, false);
  Block* orelse = &s->orelse;
  for (TSNode alt : fields(node, "alternative")) {
    if (kind(alt) == "elif_clause") {
      auto elif = make_stmt(StmtKind::If, range(alt));
      elif->test = expr(field(alt, "condition"));
      block(field(alt, "consequence"), elif->body, scope, false);
      orelse->push_back(std::move(elif));
      orelse = &orelse->back()->orelse;
    } else {
      block(field(alt, "body"), *orelse, scope, false);
    }
  }
  out.push_back(std::move(s));
}

bool Converter::is_main_guard(TSNode if_node) {
  TSNode cond = field(if_node, "condition");
  if (kind(cond) != "comparison_operator") return false;
  std::vector<TSNode> all = children(cond);
  if (all.size() != 3 || kind(all[1]) != "==") return false;
  auto is_name = [&](TSNode n) { return kind(n) == "identifier" && text(n) == "__name__"; };
  auto is_main = [&](TSNode n) {
    return kind(n) == "string" && (text(n) == "\"__main__\"" || text(n) == "'__main__'");
  };
  return (is_name(all[0]) && is_main(all[2])) || (is_main(all[0]) && is_name(all[2]));
}

// ------------------------------------------------------------------ imports

namespace {
std::string dotted(const Converter& c, TSNode node) {
  std::string out;
  for (TSNode part : Converter::named_children(node)) {
    if (!out.empty()) out += '.';
    out += c.text(part);
  }
  return out;
}
}  // namespace

void Converter::import_statement(TSNode node, Block& out) {
  auto s = make_stmt(StmtKind::Import, range(node));
  for (TSNode n : fields(node, "name")) {
    ImportName name;
    name.range = range(n);
    if (kind(n) == "aliased_import") {
      name.name = dotted(*this, field(n, "name"));
      name.alias = std::string(text(field(n, "alias")));
    } else {
      name.name = name.alias = dotted(*this, n);
    }
    s->imports.push_back(std::move(name));
  }
  out.push_back(std::move(s));
}

void Converter::import_from(TSNode node, Block& out) {
  TSNode module = field(node, "module_name");
  if (kind(module) == "relative_import")
    return unsupported_hint(module, "relative import", "import the module by its absolute name");
  for (TSNode child : named_children(node))
    if (kind(child) == "wildcard_import")
      return unsupported_hint(child, "`from ... import *`", "import the names you use");
  auto s = make_stmt(StmtKind::ImportFrom, range(node));
  s->module = dotted(*this, module);
  for (TSNode n : fields(node, "name")) {
    ImportName name;
    name.range = range(n);
    if (kind(n) == "aliased_import") {
      name.name = dotted(*this, field(n, "name"));
      name.alias = std::string(text(field(n, "alias")));
    } else {
      name.name = name.alias = dotted(*this, n);
    }
    s->imports.push_back(std::move(name));
  }
  out.push_back(std::move(s));
}

}  // namespace pyxc::parser
