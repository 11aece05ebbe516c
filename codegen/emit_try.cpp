// Typed AST -> C++: try/except/else/finally and raise.
//
// A try statement is a C++ try/catch whose handlers sit after it, reached by a `goto` from the
// catch block, so that the try body can reach them with a `goto` too: an exception this
// function raises and catches itself costs a jump instead of a C++ throw (~1-2 us):
//   - `raise E(msg)` in a try body whose handlers catch E;
//   - a statement of the body whose only possible errors before its last step are division or
//     modulo by zero and dict lookups (`out.append(a / b)`, `v = d[k]`, `d[k] += 1`), with every
//     other part free of side effects: the divisors and keys are checked first, in Python's
//     evaluation order, and a failed check jumps to the handler (the statement itself then
//     runs only when it cannot raise those errors).
// Everything else still throws and is caught as before. Jumps never leave a lambda: the
// `finally` block (a lambda run by pyxc::finally_guard) and OpenMP regions start a new scope.
#include <fmt/format.h>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

namespace {
/// Does `except handler:` catch a `raised` (Python's hierarchy, as pyxc::exc_matches)?
bool catches(const std::string& handler, const std::string& raised) {
  if (handler == raised || handler == "Exception") return true;
  if (handler == "ArithmeticError") return raised == "ZeroDivisionError" || raised == "OverflowError";
  if (handler == "LookupError") return raised == "IndexError" || raised == "KeyError";
  if (handler == "RuntimeError") return raised == "NotImplementedError";
  return false;
}

bool handler_catches(const Expr* type, const std::string& raised) {
  if (!type) return true;  // bare `except:`
  if (type->kind == ExprKind::Tuple) {
    for (const auto& item : type->operands)
      if (handler_catches(item.get(), raised)) return true;
    return false;
  }
  return type->kind == ExprKind::Name && catches(type->name, raised);
}
}  // namespace

const FunctionEmitter::ActiveTry* FunctionEmitter::local_handler(const std::string& raised) const {
  for (auto it = active_trys_.rbegin(); it != active_trys_.rend(); ++it)
    for (const auto* h : it->handlers)
      if (handler_catches(h->type.get(), raised)) return &*it;
  return nullptr;
}

void FunctionEmitter::jump_to_handler(const ActiveTry& t, const std::string& kind, const std::string& message) {
  line(fmt::format("{} = pyxc::exception(pyxc::exc_kind::{}, {});", t.caught, kind, message));
  line(fmt::format("goto {};", t.label));
}

void FunctionEmitter::raise_stmt(const Stmt& s) {
  if (!s.value) {
    // A bare `raise` re-raises the exception being handled; outside a handler Python raises
    // RuntimeError (C++'s `throw;` would terminate instead).
    if (!handled_.empty()) line(fmt::format("throw {};", handled_.back()));
    else line("pyxc::raise(pyxc::exc_kind::RuntimeError, \"No active exception to reraise\");");
    return;
  }
  const Expr& v = *s.value;
  const Expr& cls = v.kind == ExprKind::Call ? *v.operands[0] : v;
  if (type_of(cls)->kind == TypeKind::Exception) {  // `raise e` with e from `except ... as e`
    line(fmt::format("throw {};", cpp_ident(cls.name)));
    return;
  }
  std::string message = v.kind == ExprKind::Call && !v.args.empty() ? strip_parens(expr(*v.args[0])) : "\"\"";
  if (const ActiveTry* t = local_handler(cls.name)) return jump_to_handler(*t, cls.name, message);
  line(fmt::format("pyxc::raise(pyxc::exc_kind::{}, {});", cls.name, message));
}

std::string FunctionEmitter::exception_test(const Expr& type, const std::string& caught) {
  if (type.kind == ExprKind::Tuple) {
    std::string out;
    for (const auto& item : type.operands) out += (out.empty() ? "" : " || ") + exception_test(*item, caught);
    return out;
  }
  return fmt::format("pyxc::exc_matches({}.kind, pyxc::exc_kind::{})", caught, type.name);
}

void FunctionEmitter::try_stmt(const Stmt& s) {
  bool has_finally = !s.finalbody.empty();
  if (has_finally) {
    // The finally block runs however the scope is left (return, break, exception, goto).
    line("{");
    ++indent_;
    std::vector<ActiveTry> outer;
    std::swap(outer, active_trys_);  // no jump leaves the lambda
    line(fmt::format("pyxc::finally_guard {}([&] {{", fresh("finally")));
    ++indent_;
    block(s.finalbody);
    --indent_;
    line("});");
    std::swap(outer, active_trys_);
  }
  if (s.handlers.empty()) {
    block(s.body);
    block(s.orelse);
  } else {
    ActiveTry t{fresh("caught"), fresh("handler"), {}};
    for (const auto& h : s.handlers) t.handlers.push_back(&h);
    std::string done = fresh("try_done");
    line("{");
    ++indent_;
    line(fmt::format("pyxc::exception {};", t.caught));
    line("try {");
    ++indent_;
    active_trys_.push_back(t);
    block(s.body);
    active_trys_.pop_back();
    --indent_;
    std::string thrown = fresh("thrown");
    line(fmt::format("}} catch (const pyxc::exception& {}) {{", thrown));
    line(fmt::format("  {} = {};", t.caught, thrown));
    line(fmt::format("  goto {};", t.label));
    line("}");
    if (!s.orelse.empty()) {  // runs only when the body completed
      line("{");
      ++indent_;
      block(s.orelse);
      --indent_;
      line("}");
    }
    line(fmt::format("goto {};", done));
    --indent_;
    line(t.label + ":");
    ++indent_;
    handled_.push_back(t.caught);
    bool first = true;
    bool bare = false;
    for (const auto& h : s.handlers) {
      if (h.type) {
        line(fmt::format("{}if ({}) {{", first ? "" : "} else ", exception_test(*h.type, t.caught)));
      } else {
        line(first ? "{" : "} else {");
        bare = true;
      }
      first = false;
      ++indent_;
      if (!h.name.empty()) line(fmt::format("{} = {};", cpp_ident(h.name), t.caught));
      if (!h.name.empty() && maybe_unbound_.names.count(h.name)) line(fmt::format("bound_{} = true;", h.name));
      block(h.body);
      --indent_;
    }
    if (!bare) {
      line("} else {");
      line(fmt::format("  throw {};", t.caught));
    }
    line("}");
    handled_.pop_back();
    --indent_;
    line(done + ":;");
    line("}");
  }
  if (has_finally) {
    --indent_;
    line("}");
  }
}

// ------------------------------------------------------------------ checks before a statement

namespace {
bool is_division(const Expr& e) {
  return e.kind == ExprKind::BinOp && (e.binop == BinOp::Div || e.binop == BinOp::FloorDiv || e.binop == BinOp::Mod);
}
}  // namespace

bool FunctionEmitter::collect_raise_checks(const Expr& e, std::vector<RaiseCheck>& checks) const {
  if (auto u = inst_.unwraps.find(&e); u != inst_.unwraps.end() && !u->second.proven) return false;
  switch (e.kind) {
    case ExprKind::Name:
      return !maybe_unbound_.reads.count(&e);
    case ExprKind::IntLit: case ExprKind::FloatLit: case ExprKind::BoolLit: case ExprKind::StrLit:
    case ExprKind::NoneLit:
      return true;
    case ExprKind::UnaryOp: {
      Type t = type_of(*e.operands[0]);
      bool pure = e.unop == UnaryOp::Not ? t->kind == TypeKind::Bool : t->kind == TypeKind::Float;
      return pure && collect_raise_checks(*e.operands[0], checks);
    }
    case ExprKind::Compare:
      for (std::size_t i = 0; i < e.cmp_ops.size(); ++i)
        if (e.cmp_ops[i] == CmpOp::In || e.cmp_ops[i] == CmpOp::NotIn) return false;
      for (const auto& op : e.operands)
        if (!is_numeric(type_of(*op)) || !collect_raise_checks(*op, checks)) return false;
      return true;
    case ExprKind::BinOp: {
      const Expr& l = *e.operands[0];
      const Expr& r = *e.operands[1];
      Type lt = type_of(l), rt = type_of(r);
      bool real = (lt->kind == TypeKind::Int || lt->kind == TypeKind::Float || lt->kind == TypeKind::Bool) &&
                  (rt->kind == TypeKind::Int || rt->kind == TypeKind::Float || rt->kind == TypeKind::Bool);
      if (!real || !collect_raise_checks(l, checks) || !collect_raise_checks(r, checks)) return false;
      bool is_float = lt->kind == TypeKind::Float || rt->kind == TypeKind::Float;
      if (is_division(e)) {
        // CPython's messages (as pyxc/arith.hpp raises them).
        const char* message = e.binop == BinOp::Div ? (is_float ? "float division by zero" : "division by zero")
                              : e.binop == BinOp::FloorDiv ? (is_float ? "float floor division by zero" : "integer division or modulo by zero")
                              : (is_float ? "float modulo" : "integer modulo by zero");
        checks.push_back({&r, nullptr, "ZeroDivisionError", message});
        return true;
      }
      // Float arithmetic cannot raise; int arithmetic can overflow (an error Python would
      // raise before a later division's), so it is left to the exception path.
      return is_float && (e.binop == BinOp::Add || e.binop == BinOp::Sub || e.binop == BinOp::Mult);
    }
    case ExprKind::Subscript: {
      const Expr& base = *e.operands[0];
      const Expr& key = *e.operands[1];
      if (type_of(base)->kind != TypeKind::Dict || base.kind != ExprKind::Name) return false;
      if (!collect_raise_checks(base, checks) || !collect_raise_checks(key, checks)) return false;
      checks.push_back({&key, &base, "KeyError", ""});
      return true;
    }
    default:
      return false;
  }
}

bool FunctionEmitter::statement_raise_checks(const Stmt& s, std::vector<RaiseCheck>& checks) const {
  // The statement's last step (a call, a store, a return) may raise anything: it runs after
  // the checks, as in Python.
  auto call_args = [&](const Expr& call) {
    const Expr& callee = *call.operands[0];
    bool simple_callee = callee.kind == ExprKind::Name ||
                         (callee.kind == ExprKind::Attribute && callee.operands[0]->kind == ExprKind::Name);
    if (!simple_callee || inst_.unwraps.count(&callee) || (callee.kind == ExprKind::Attribute && inst_.unwraps.count(callee.operands[0].get())))
      return false;
    for (const auto& a : call.args)
      if (!collect_raise_checks(*a, checks)) return false;
    for (const auto& kw : call.keywords)
      if (!collect_raise_checks(*kw.value, checks)) return false;
    return true;
  };
  auto value = [&](const Expr& v) {
    if (v.kind == ExprKind::Call) return call_args(v);
    return collect_raise_checks(v, checks);
  };
  switch (s.kind) {
    case StmtKind::Expr:
      return s.value->kind == ExprKind::Call && call_args(*s.value);
    case StmtKind::Return:
      return s.value && value(*s.value);
    case StmtKind::Assign:
      for (const auto& t : s.targets)
        if (t->kind != ExprKind::Name) return false;
      return value(*s.value);
    case StmtKind::AugAssign: {
      const Expr& target = *s.targets[0];
      if (target.kind == ExprKind::Subscript) {
        // `d[k] += v`: the lookup of d[k] comes before v.
        if (!collect_raise_checks(target, checks)) return false;
      } else if (target.kind != ExprKind::Name || maybe_unbound_.reads.count(&target)) {
        return false;
      }
      if (s.binop != BinOp::Div && s.binop != BinOp::FloorDiv && s.binop != BinOp::Mod)
        return collect_raise_checks(*s.value, checks);
      return false;
    }
    default:
      return false;
  }
}

void FunctionEmitter::emit_raise_checks(const Stmt& s) {
  if (active_trys_.empty()) return;
  std::vector<RaiseCheck> checks;
  if (!statement_raise_checks(s, checks)) return;
  for (const auto& c : checks) {
    const ActiveTry* t = local_handler(c.kind);
    if (!t) break;  // nothing here catches it: the statement raises it (and later ones) itself
    if (c.dict) {
      std::string key = strip_parens(expr_as(*c.operand, type_of(*c.dict)->children[0]));
      line(fmt::format("if (!{}.contains({})) {{", expr(*c.dict), key));
      ++indent_;
      jump_to_handler(*t, c.kind, fmt::format("pyxc::detail::key_repr({})", key));
    } else {
      line(fmt::format("if ({} == 0) {{", strip_parens(expr(*c.operand))));
      ++indent_;
      jump_to_handler(*t, c.kind, fmt::format("\"{}\"", c.message));
    }
    --indent_;
    line("}");
  }
}

}  // namespace pyxc::codegen
