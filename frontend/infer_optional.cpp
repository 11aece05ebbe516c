// Optional values: which locals are proven non-None at each point of a function. Inference
// walks statements in source order; `non_none_` holds the locals known to hold a value there.
// An unwrap of such a local (see infer.hpp) needs no run-time check. The facts are the usual
// flow-typing ones: an assignment of a non-None value, `x is not None` / `x` (truthy) tested
// true, `x is None` tested false, and the branch that continues after `if x is None: return`.
#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
/// Does the block never reach its end (return, raise, break or continue on every path)?
bool leaves_block(const Block& block) {
  for (const auto& s : block)
    if (s->kind == StmtKind::Break || s->kind == StmtKind::Continue) return true;
  return never_falls_through(block);
}

bool is_none_literal(const Expr& e) { return e.kind == ExprKind::NoneLit; }

std::set<std::string> intersect(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::set<std::string> out;
  for (const auto& n : a)
    if (b.count(n)) out.insert(n);
  return out;
}
}  // namespace

void FunctionInferrer::narrow(const Expr& test, bool truth) {
  switch (test.kind) {
    case ExprKind::Name:
      if (truth && is_local(test.name)) non_none_.insert(test.name);  // None is falsy
      return;
    case ExprKind::UnaryOp:
      if (test.unop == UnaryOp::Not) narrow(*test.operands[0], !truth);
      return;
    case ExprKind::BoolOp:
      // `a and b` true: both true; `a or b` false: both false. Other outcomes prove nothing.
      if ((test.boolop == BoolOp::And) == truth)
        for (const auto& operand : test.operands) narrow(*operand, truth);
      return;
    case ExprKind::Compare: {
      if (test.cmp_ops.size() != 1) return;
      CmpOp op = test.cmp_ops[0];
      const Expr& l = *test.operands[0];
      const Expr& r = *test.operands[1];
      const Expr* other = is_none_literal(r) ? &l : is_none_literal(l) ? &r : nullptr;
      if (!other || other->kind != ExprKind::Name || !is_local(other->name)) return;
      bool is_not = op == CmpOp::IsNot || op == CmpOp::NotEq;
      bool is = op == CmpOp::Is || op == CmpOp::Eq;
      if ((is_not && truth) || (is && !truth)) non_none_.insert(other->name);
      return;
    }
    default:
      return;
  }
}

void FunctionInferrer::note_assigned(const std::string& name, Type value) {
  bool value_is_none = value->kind == TypeKind::None || value->kind == TypeKind::Optional ||
                       value->kind == TypeKind::Unknown;
  if (value_is_none) non_none_.erase(name);
  else non_none_.insert(name);
}

std::optional<bool> FunctionInferrer::static_truth(const Expr& test) const {
  if (test.kind == ExprKind::UnaryOp && test.unop == UnaryOp::Not) {
    std::optional<bool> inner = static_truth(*test.operands[0]);
    if (inner) return !*inner;
    return std::nullopt;
  }
  if (test.kind != ExprKind::Compare || test.cmp_ops.size() != 1) return std::nullopt;
  CmpOp op = test.cmp_ops[0];
  bool is = op == CmpOp::Is || op == CmpOp::Eq;
  if (!is && op != CmpOp::IsNot && op != CmpOp::NotEq) return std::nullopt;
  const Expr& l = *test.operands[0];
  const Expr& r = *test.operands[1];
  const Expr* other = is_none_literal(r) ? &l : is_none_literal(l) ? &r : nullptr;
  if (!other || other->kind != ExprKind::Name || !is_local(other->name)) return std::nullopt;
  for (const auto& scope : comprehension_scopes_)
    if (scope.count(other->name)) return std::nullopt;
  auto it = inst_.locals.find(other->name);
  if (it == inst_.locals.end()) return std::nullopt;
  Type t = it->second;
  if (t->kind == TypeKind::None) return is;
  if (t->kind == TypeKind::Optional || contains_unknown(t)) return std::nullopt;
  if (op == CmpOp::Eq || op == CmpOp::NotEq) return std::nullopt;  // a value's == None is its own affair
  return !is;
}

void FunctionInferrer::if_stmt(const Stmt& s) {
  if (std::optional<bool> truth = static_truth(*s.test)) {
    // Only the branch taken is typed (and emitted): `if key is None: ...` in the
    // instantiation where key is None, the other branch may use key as a value.
    check_condition(*s.test);
    inst_.static_tests[s.test.get()] = *truth;
    const Block& taken = *truth ? s.body : s.orelse;
    block(taken);
    if (leaves_block(taken)) unreachable_ = true;
    return;
  }
  std::set<std::string> before = non_none_;
  check_condition(*s.test);
  narrow(*s.test, true);
  block(s.body);
  bool body_leaves = leaves_block(s.body);
  std::set<std::string> after_body = non_none_;
  non_none_ = before;
  narrow(*s.test, false);
  block(s.orelse);
  bool else_leaves = leaves_block(s.orelse);
  // A branch that never reaches the end of the `if` adds no constraint.
  if (body_leaves && !else_leaves) return;
  if (else_leaves && !body_leaves) {
    non_none_ = after_body;
    return;
  }
  non_none_ = intersect(after_body, non_none_);
}

void FunctionInferrer::forget_assigned_in(const Stmt& s) {
  std::set<std::string> assigned;
  for (const auto& t : s.targets) {
    std::vector<const Expr*> todo = {t.get()};
    while (!todo.empty()) {
      const Expr* n = todo.back();
      todo.pop_back();
      if (n->kind == ExprKind::Name) assigned.insert(n->name);
      for (const auto& item : n->operands) todo.push_back(item.get());
    }
  }
  for (const Block* b : child_blocks(s)) collect_locals(*b, assigned);
  for (const auto& h : s.handlers)
    if (!h.name.empty()) assigned.insert(h.name);
  for (const auto& n : assigned) non_none_.erase(n);
}

}  // namespace pyxc::detail
