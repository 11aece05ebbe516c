// Definite assignment, see definite_assignment.hpp. A forward walk over the body carrying the
// set of variables assigned on every path so far; branches meet by intersection, a loop's
// body starts from the state before the loop (its first iteration) and the loop leaves that
// state (it may run zero times).
#include "frontend/definite_assignment.hpp"

#include <algorithm>

namespace pyxc {

namespace {

using NameSet = std::set<std::string>;

void collect_targets(const Expr& t, NameSet& out) {
  if (t.kind == ExprKind::Name) out.insert(t.name);
  if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List)
    for (const auto& item : t.operands) collect_targets(*item, out);
}

void collect_local_names(const Block& block, NameSet& out) {
  for (const auto& s : block) {
    if (s->kind == StmtKind::Assign || s->kind == StmtKind::AugAssign || s->kind == StmtKind::For)
      for (const auto& t : s->targets) collect_targets(*t, out);
    if (s->kind == StmtKind::FunctionDef) out.insert(s->function->name);
    for (const auto& h : s->handlers)
      if (!h.name.empty()) out.insert(h.name);
    for (const Block* b : child_blocks(*s)) collect_local_names(*b, out);
  }
}

NameSet intersect(const NameSet& a, const NameSet& b) {
  NameSet out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.begin()));
  return out;
}

class Walker {
 public:
  Walker(NameSet locals, MaybeUnbound& out) : locals_(std::move(locals)), out_(out) {}

  /// Walks `block` from `state`; returns false when its end cannot be reached.
  bool block(const Block& b, NameSet& state) {
    for (const auto& s : b)
      if (!stmt(*s, state)) return false;
    return true;
  }

 private:
  void read(const Expr& e, const NameSet& state) {
    if (locals_.count(e.name) && !state.count(e.name) && !hidden_.count(e.name)) {
      out_.reads.insert(&e);
      out_.names.insert(e.name);
    }
  }

  void expr(const Expr& e, const NameSet& state) {
    if (e.kind == ExprKind::Name) return read(e, state);
    if (e.kind == ExprKind::Lambda) return;  // its reads happen when it is called
    if (!e.comprehension.empty()) {
      // Comprehension variables hide locals of the same name inside the comprehension.
      NameSet saved = hidden_;
      for (const auto& clause : e.comprehension) {
        expr(*clause.iter, state);
        collect_targets(*clause.target, hidden_);
        for (const auto& c : clause.conditions) expr(*c, state);
      }
      for (const auto& op : e.operands)
        if (op) expr(*op, state);
      hidden_ = saved;
      return;
    }
    for (const auto& op : e.operands)
      if (op) expr(*op, state);
    for (const auto& arg : e.args) expr(*arg, state);
    for (const auto& kw : e.keywords) expr(*kw.value, state);
  }

  void target(const Expr& t, NameSet& state) {
    if (t.kind == ExprKind::Name) {
      state.insert(t.name);
    } else if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (const auto& item : t.operands) target(*item, state);
    } else {
      expr(t, state);  // xs[i] = v reads xs and i
    }
  }

  bool stmt(const Stmt& s, NameSet& state) {
    switch (s.kind) {
      case StmtKind::Assign:
        expr(*s.value, state);
        for (const auto& t : s.targets) target(*t, state);
        return true;
      case StmtKind::AugAssign:
        expr(*s.targets[0], state);  // reads the target first
        expr(*s.value, state);
        target(*s.targets[0], state);
        return true;
      case StmtKind::Return:
      case StmtKind::Raise:
        if (s.value) expr(*s.value, state);
        return false;
      case StmtKind::Break:
      case StmtKind::Continue:
        return false;
      case StmtKind::If: {
        expr(*s.test, state);
        NameSet a = state, b = state;
        bool ra = block(s.body, a), rb = block(s.orelse, b);
        if (ra && rb) state = intersect(a, b);
        else if (ra) state = a;
        else if (rb) state = b;
        return ra || rb;
      }
      case StmtKind::While: {
        expr(*s.test, state);
        NameSet body = state;
        block(s.body, body);
        NameSet after = state;
        block(s.orelse, after);
        // `while True:` without break only ends by return or raise.
        return !(s.test->kind == ExprKind::BoolLit && s.test->bool_value && never_falls_through(s.body));
      }
      case StmtKind::For: {
        expr(*s.value, state);
        NameSet body = state;
        target(*s.targets[0], body);
        block(s.body, body);
        NameSet after = state;
        block(s.orelse, after);
        return true;
      }
      case StmtKind::Try: {
        NameSet body = state;
        bool rb = block(s.body, body) && block(s.orelse, body);
        std::vector<NameSet> ends;
        if (rb) ends.push_back(body);
        for (const auto& h : s.handlers) {
          NameSet hs = state;  // the exception may come before any assignment of the body
          if (!h.name.empty()) hs.insert(h.name);
          if (block(h.body, hs)) ends.push_back(hs);
        }
        NameSet fin = state;
        bool rf = block(s.finalbody, fin);
        if (ends.empty() || !rf) return false;
        NameSet merged = ends[0];
        for (const auto& e : ends) merged = intersect(merged, e);
        for (const auto& n : fin) merged.insert(n);
        state = merged;
        return true;
      }
      case StmtKind::FunctionDef:
        state.insert(s.function->name);
        return true;
      default:
        for (const auto& t : s.targets) expr(*t, state);
        if (s.value) expr(*s.value, state);
        if (s.test) expr(*s.test, state);
        return true;
    }
  }

  NameSet locals_;
  MaybeUnbound& out_;
  NameSet hidden_;
};

}  // namespace

MaybeUnbound find_maybe_unbound_reads(const FunctionDef& fn, const std::set<std::string>& captured) {
  MaybeUnbound out;
  NameSet locals;
  collect_local_names(fn.body, locals);
  NameSet state = captured;
  for (const auto& p : fn.params) state.insert(p.name);
  Walker(locals, out).block(fn.body, state);
  return out;
}

}  // namespace pyxc
