// `for x in xs[a:b]` and `for i, x in enumerate(xs[a:b])` without copying the slice.
//
// Python iterates over a new list (the slice is a snapshot), so reading the items in place is
// only equivalent when nothing can change a list while the loop runs. The check is syntactic
// and conservative: the loop body may assign to names, call builtins and module functions that
// leave their arguments alone, and call str methods; a subscript or attribute target, `del`, a
// method call on a list/dict/set, a call of a user function or of a function value, or any
// statement or expression kind not listed below keeps the copy.
#include "codegen/emitter.hpp"

namespace pyxc::codegen {

bool FunctionEmitter::is_list_slice(const Expr& e) const {
  if (e.kind != ExprKind::Subscript || e.operands[1]->kind != ExprKind::Slice) return false;
  Type container = type_of(*e.operands[0]);
  return container->kind == TypeKind::List && !container->borrowed;
}

void FunctionEmitter::mark_slice_views(const Stmt& s) {
  std::vector<const Expr*> slices;
  const Expr& iter = *s.value;
  if (is_list_slice(iter)) {
    slices.push_back(&iter);
  } else if (iter.kind == ExprKind::Call) {
    const BuiltinFunction* fn = builtin_callee(*iter.operands[0]);
    if (fn && fn->module.empty() && (fn->name == "enumerate" || fn->name == "zip"))
      for (const auto& arg : iter.args)
        if (is_list_slice(*arg)) slices.push_back(arg.get());
  }
  if (slices.empty() || may_change_lists(*s.targets[0]) || may_change_lists(s.body)) return;
  slice_views_.insert(slices.begin(), slices.end());
}

bool FunctionEmitter::may_change_lists(const Block& body) const {
  for (const auto& s : body) {
    switch (s->kind) {
      case StmtKind::Expr: case StmtKind::Assign: case StmtKind::AugAssign: case StmtKind::Return:
      case StmtKind::If: case StmtKind::While: case StmtKind::For: case StmtKind::Break:
      case StmtKind::Continue: case StmtKind::Pass: case StmtKind::Assert: case StmtKind::Raise:
      case StmtKind::Try:
        break;
      default:
        return true;
    }
    for (const auto& t : s->targets)
      if (t->kind != ExprKind::Name && t->kind != ExprKind::Tuple && t->kind != ExprKind::List) return true;
    for (const auto& t : s->targets)
      if (may_change_lists(*t)) return true;
    if (s->value && may_change_lists(*s->value)) return true;
    if (s->test && may_change_lists(*s->test)) return true;
    for (const Block* b : child_blocks(*s))
      if (may_change_lists(*b)) return true;
  }
  return false;
}

bool FunctionEmitter::may_change_lists(const Expr& e) const {
  switch (e.kind) {
    case ExprKind::Call: {
      if (inst_.call_targets.count(&e)) return true;  // a user function
      const Expr& callee = *e.operands[0];
      if (const BuiltinFunction* fn = builtin_callee(callee)) {
        if (fn->module == "random" && fn->name == "shuffle") return true;
      } else if (!(callee.kind == ExprKind::Attribute && type_of(*callee.operands[0])->kind == TypeKind::Str)) {
        return true;  // a method of a list/dict/set, or a call of something else
      }
      for (const auto& arg : e.args)
        if (may_change_lists(*arg)) return true;
      for (const auto& kw : e.keywords)
        if (may_change_lists(*kw.value)) return true;
      return callee.kind == ExprKind::Attribute && may_change_lists(*callee.operands[0]);
    }
    case ExprKind::Name: case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::ImagLit:
    case ExprKind::BoolLit: case ExprKind::NoneLit: case ExprKind::StrLit: case ExprKind::BinOp:
    case ExprKind::UnaryOp: case ExprKind::BoolOp: case ExprKind::Compare: case ExprKind::IfExp:
    case ExprKind::Attribute: case ExprKind::Subscript: case ExprKind::Slice: case ExprKind::List:
    case ExprKind::Tuple: case ExprKind::ListComp: case ExprKind::Dict: case ExprKind::Set:
    case ExprKind::DictComp: case ExprKind::SetComp: case ExprKind::FString:
    case ExprKind::FormattedValue: case ExprKind::Ellipsis:
      break;
    default:
      return true;  // a kind this analysis does not know (added later): assume the worst
  }
  for (const auto& op : e.operands)
    if (op && may_change_lists(*op)) return true;
  for (const auto& clause : e.comprehension) {
    if (may_change_lists(*clause.iter)) return true;
    for (const auto& c : clause.conditions)
      if (may_change_lists(*c)) return true;
  }
  return false;
}

}  // namespace pyxc::codegen
