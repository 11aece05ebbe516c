#include "frontend/ast.hpp"

namespace pyxc {

const char* spelling(BinOp op) {
  switch (op) {
    case BinOp::Add: return "+";
    case BinOp::Sub: return "-";
    case BinOp::Mult: return "*";
    case BinOp::Div: return "/";
    case BinOp::FloorDiv: return "//";
    case BinOp::Mod: return "%";
    case BinOp::Pow: return "**";
    case BinOp::MatMult: return "@";
    case BinOp::LShift: return "<<";
    case BinOp::RShift: return ">>";
    case BinOp::BitOr: return "|";
    case BinOp::BitXor: return "^";
    case BinOp::BitAnd: return "&";
  }
  return "?";
}

const char* spelling(UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg: return "-";
    case UnaryOp::Pos: return "+";
    case UnaryOp::Not: return "not";
    case UnaryOp::Invert: return "~";
  }
  return "?";
}

const char* spelling(BoolOp op) { return op == BoolOp::And ? "and" : "or"; }

const char* spelling(CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return "==";
    case CmpOp::NotEq: return "!=";
    case CmpOp::Lt: return "<";
    case CmpOp::LtE: return "<=";
    case CmpOp::Gt: return ">";
    case CmpOp::GtE: return ">=";
    case CmpOp::In: return "in";
    case CmpOp::NotIn: return "not in";
    case CmpOp::Is: return "is";
    case CmpOp::IsNot: return "is not";
  }
  return "?";
}

namespace {
bool contains_break(const Block& block) {
  for (const auto& s : block) {
    if (s->kind == StmtKind::Break) return true;
    // A break inside a nested loop belongs to that loop.
    if (s->kind == StmtKind::For || s->kind == StmtKind::While) continue;
    for (const Block* b : child_blocks(*s))
      if (contains_break(*b)) return true;
  }
  return false;
}
}  // namespace

bool never_falls_through(const Block& block) {
  for (const auto& s : block) {
    switch (s->kind) {
      case StmtKind::Return:
      case StmtKind::Raise:
        return true;
      case StmtKind::If:
        if (!s->orelse.empty() && never_falls_through(s->body) && never_falls_through(s->orelse)) return true;
        break;
      case StmtKind::While:
        // `while True:` without a `break` only ends by returning or raising.
        if (s->test->kind == ExprKind::BoolLit && s->test->bool_value && !contains_break(s->body)) return true;
        break;
      case StmtKind::Try: {
        if (never_falls_through(s->finalbody)) return true;
        // The body ends normally into the else block; each handler can end normally too.
        bool all = never_falls_through(s->body) || never_falls_through(s->orelse);
        for (const auto& h : s->handlers) all = all && never_falls_through(h.body);
        if (all) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

void count_name_uses(const Expr& e, std::map<std::string, int>& uses) {
  if (e.kind == ExprKind::Name) ++uses[e.name];
  for (const auto& op : e.operands)
    if (op) count_name_uses(*op, uses);
  for (const auto& arg : e.args) count_name_uses(*arg, uses);
  for (const auto& kw : e.keywords) count_name_uses(*kw.value, uses);
  for (const auto& clause : e.comprehension) {
    count_name_uses(*clause.target, uses);
    count_name_uses(*clause.iter, uses);
    for (const auto& c : clause.conditions) count_name_uses(*c, uses);
  }
  if (e.function) count_name_uses(e.function->body, uses);  // a lambda's body
}

void count_name_uses(const Block& block, std::map<std::string, int>& uses) {
  for (const auto& s : block) {
    for (const auto& t : s->targets) count_name_uses(*t, uses);
    if (s->value) count_name_uses(*s->value, uses);
    if (s->test) count_name_uses(*s->test, uses);
    for (const auto& h : s->handlers)
      if (!h.name.empty()) ++uses[h.name];
    for (const Block* b : child_blocks(*s)) count_name_uses(*b, uses);
    if (s->function) {  // a nested def: its name and the names it reads
      ++uses[s->function->name];
      count_name_uses(s->function->body, uses);
    }
  }
}

namespace {

/// True when the target pattern binds `name` (`x`, `(x, y)`, `[a, (x, b)]`; not `x[i]`, `x.a`).
bool target_binds(const Expr& target, const std::string& name) {
  if (target.kind == ExprKind::Name) return target.name == name;
  if (target.kind != ExprKind::Tuple && target.kind != ExprKind::List) return false;
  for (const auto& item : target.operands)
    if (item && target_binds(*item, name)) return true;
  return false;
}

}  // namespace

bool rebinds_name(const Block& block, const std::string& name) {
  for (const auto& s : block) {
    for (const auto& t : s->targets)
      if (target_binds(*t, name)) return true;
    for (const auto& h : s->handlers)
      if (h.name == name) return true;
    for (const Block* b : child_blocks(*s))
      if (rebinds_name(*b, name)) return true;
  }
  return false;
}

namespace {
bool expr_contains_yield(const Expr& e) {
  if (e.kind == ExprKind::Yield) return true;
  for (const auto& op : e.operands)
    if (op && expr_contains_yield(*op)) return true;
  for (const auto& arg : e.args)
    if (arg && expr_contains_yield(*arg)) return true;
  for (const auto& kw : e.keywords)
    if (expr_contains_yield(*kw.value)) return true;
  return false;  // comprehensions cannot contain `yield` (a SyntaxError in Python 3.8+)
}
}  // namespace

bool contains_yield(const Block& block) {
  for (const auto& s : block) {
    if (s->kind == StmtKind::FunctionDef) continue;
    for (const auto& t : s->targets)
      if (t && expr_contains_yield(*t)) return true;
    if ((s->value && expr_contains_yield(*s->value)) || (s->test && expr_contains_yield(*s->test))) return true;
    for (const Block* b : child_blocks(*s))
      if (contains_yield(*b)) return true;
  }
  return false;
}

}  // namespace pyxc
