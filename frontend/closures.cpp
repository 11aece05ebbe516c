// Captures of nested functions and lambdas: see closures.hpp.
#include "frontend/closures.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace pyxc {

namespace {

bool before(SourceLoc a, SourceLoc b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

/// What one function's body binds and reads, and the functions nested directly in it.
struct FunctionScan {
  struct Binding {
    SourceLoc at;                     // after this point the variable holds the new value
    std::vector<const Stmt*> loops;   // the loops around the assignment (a `for` binds its target)
  };
  struct Nested {
    const FunctionDef* fn;
    SourceLoc at;
    std::vector<const Stmt*> loops;
    std::set<std::string> comprehension_names;  // bound by comprehensions around the lambda
  };
  struct StoredGenexp {
    const Expr* genexp;
    SourceLoc at;
    std::vector<const Stmt*> loops;
    std::set<std::string> lazy_reads;  // names read by everything but the first iterable
  };
  std::map<std::string, std::vector<Binding>> bindings;  // locals: parameters and assigned names
  std::set<std::string> loads;                           // names read (nested functions' included)
  std::vector<Nested> nested;
  std::vector<StoredGenexp> genexps;
};

class Analyzer {
 public:
  ClosureMap result;
  LateGenexpReads late_genexp_reads;

  /// May binding `b` change the variable after point `at` (inside `loops`)? It does when it
  /// comes later, or sits in a loop around `at` (the next iteration assigns it again).
  static bool changes_after(const FunctionScan::Binding& b, SourceLoc at, const std::vector<const Stmt*>& loops) {
    bool later = !before(b.at, at);
    bool same_loop = std::any_of(b.loops.begin(), b.loops.end(), [&](const Stmt* loop) {
      return std::find(loops.begin(), loops.end(), loop) != loops.end();
    });
    return later || same_loop;
  }

  /// Scans `fn` and everything nested in it; returns the names it reads but does not bind.
  std::set<std::string> scan(const FunctionDef& fn) {
    FunctionScan& s = scans_[&fn];
    for (const auto& p : fn.params) s.bindings[p.name].push_back({SourceLoc{}, {}});
    current_.push_back(&s);
    block(fn.body);
    current_.pop_back();
    for (const auto& g : s.genexps) {
      std::vector<std::string> late;
      for (const auto& v : g.lazy_reads) {
        auto it = s.bindings.find(v);
        if (it == s.bindings.end()) continue;  // a module-level name or an enclosing comprehension's
        if (std::any_of(it->second.begin(), it->second.end(), [&](const FunctionScan::Binding& b) { return changes_after(b, g.at, g.loops); }))
          late.push_back(v);
      }
      if (!late.empty()) late_genexp_reads[g.genexp] = late;
    }
    std::set<std::string> free;
    for (const auto& n : s.loads)
      if (!s.bindings.count(n)) free.insert(n);
    free_[&fn] = free;
    return free;
  }

  /// Decides the captures of the functions nested in `fn`, whose own captures are known.
  void assign(const FunctionDef& fn, const std::set<std::string>& captured_by_fn) {
    const FunctionScan& s = scans_.at(&fn);
    for (const auto& n : s.nested) {
      ClosureInfo info;
      info.enclosing = &fn;
      std::set<std::string> captured;
      for (const auto& v : free_.at(n.fn)) {
        if (v == n.fn->name && !n.fn->is_lambda) continue;  // a nested def calling itself
        Capture c{v, false};
        if (n.comprehension_names.count(v) || captured_by_fn.count(v)) {
          c.by_reference = false;  // never reassigned while the closure can be called
        } else if (auto it = s.bindings.find(v); it != s.bindings.end()) {
          for (const auto& b : it->second) c.by_reference = c.by_reference || changes_after(b, n.at, n.loops);
        } else {
          continue;  // a module-level name: not captured
        }
        captured.insert(v);
        info.captures.push_back(c);
      }
      result[n.fn] = info;
      assign(*n.fn, captured);
    }
  }

 private:
  FunctionScan& cur() { return *current_.back(); }

  void bind(const std::string& name, SourceLoc at) { cur().bindings[name].push_back({at, loops_}); }

  void nested_function(const FunctionDef& fn, SourceLoc at) {
    for (const auto& p : fn.params)
      if (p.default_value) expr(*p.default_value);  // evaluated where the function is made
    cur().nested.push_back({&fn, at, loops_, comprehension_names_});
    std::vector<const Stmt*> saved_loops;
    std::swap(saved_loops, loops_);
    std::set<std::string> saved_comp;
    std::swap(saved_comp, comprehension_names_);
    std::set<std::string> free = scan(fn);
    std::swap(saved_loops, loops_);
    std::swap(saved_comp, comprehension_names_);
    for (const auto& n : free)
      if (!comprehension_names_.count(n)) cur().loads.insert(n);
  }

  void target(const Expr& t, SourceLoc at) {
    if (t.kind == ExprKind::Name) return bind(t.name, at);
    if (t.kind == ExprKind::Tuple || t.kind == ExprKind::List) {
      for (const auto& item : t.operands) target(*item, at);
      return;
    }
    expr(t);  // xs[i] = v reads xs and i
  }

  void expr(const Expr& e) {
    if (e.kind == ExprKind::Name) {
      if (!comprehension_names_.count(e.name)) cur().loads.insert(e.name);
      return;
    }
    if (e.kind == ExprKind::Lambda) return nested_function(*e.function, e.range.begin);
    if (!e.comprehension.empty()) {
      std::set<std::string> saved = comprehension_names_;
      for (const auto& clause : e.comprehension) {
        expr(*clause.iter);
        bind_comprehension_target(*clause.target);
        for (const auto& c : clause.conditions) expr(*c);
      }
      for (const auto& op : e.operands)
        if (op) expr(*op);
      comprehension_names_ = saved;
      return;
    }
    for (const auto& op : e.operands)
      if (op) expr(*op);
    for (const auto& arg : e.args) expr(*arg);
    for (const auto& kw : e.keywords) expr(*kw.value);
  }

  /// The names a comprehension clause's target binds (`x`, or `i, (a, b)`): local to it.
  void bind_comprehension_target(const Expr& target) {
    std::vector<const Expr*> names = {&target};
    while (!names.empty()) {
      const Expr* n = names.back();
      names.pop_back();
      if (n->kind == ExprKind::Name) comprehension_names_.insert(n->name);
      for (const auto& item : n->operands) names.push_back(item.get());
    }
  }

  /// `g = (elt for x in first if cond for y in later)`: all but `first` are read lazily.
  void stored_genexp(const Expr& g, SourceLoc at) {
    expr(*g.comprehension[0].iter);
    std::set<std::string> outer_loads;
    std::swap(outer_loads, cur().loads);
    std::set<std::string> saved = comprehension_names_;
    for (std::size_t i = 0; i < g.comprehension.size(); ++i) {
      const auto& clause = g.comprehension[i];
      if (i > 0) expr(*clause.iter);
      bind_comprehension_target(*clause.target);
      for (const auto& c : clause.conditions) expr(*c);
    }
    for (const auto& op : g.operands)
      if (op) expr(*op);
    comprehension_names_ = saved;
    std::set<std::string> lazy;
    std::swap(lazy, cur().loads);
    cur().loads = outer_loads;
    cur().loads.insert(lazy.begin(), lazy.end());
    cur().genexps.push_back({&g, at, loops_, lazy});
  }

  void block(const Block& b) {
    for (const auto& s : b) stmt(*s);
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::Assign:
        if (s.value->kind == ExprKind::GenExp) stored_genexp(*s.value, s.range.begin);
        else expr(*s.value);
        for (const auto& t : s.targets) target(*t, s.range.end);
        return;
      case StmtKind::AugAssign:
        expr(*s.value);
        if (s.targets[0]->kind == ExprKind::Name) cur().loads.insert(s.targets[0]->name);
        target(*s.targets[0], s.range.end);
        return;
      case StmtKind::For:
      case StmtKind::While:
        if (s.kind == StmtKind::For) expr(*s.value);
        loops_.push_back(&s);
        if (s.kind == StmtKind::For) target(*s.targets[0], s.range.begin);
        if (s.test) expr(*s.test);
        block(s.body);
        loops_.pop_back();
        block(s.orelse);
        return;
      case StmtKind::FunctionDef:
        nested_function(*s.function, s.range.begin);
        bind(s.function->name, s.range.end);
        return;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        for (const auto& imp : s.imports) bind(imp.alias, s.range.end);
        return;
      default:
        break;
    }
    for (const auto& t : s.targets) expr(*t);
    if (s.value) expr(*s.value);
    if (s.test) expr(*s.test);
    for (const auto& h : s.handlers) {
      if (h.type) expr(*h.type);
      if (!h.name.empty()) bind(h.name, h.range.begin);
    }
    for (const Block* b : child_blocks(s)) block(*b);
  }

  std::map<const FunctionDef*, FunctionScan> scans_;
  std::map<const FunctionDef*, std::set<std::string>> free_;
  std::vector<FunctionScan*> current_;
  std::vector<const Stmt*> loops_;
  std::set<std::string> comprehension_names_;
};

}  // namespace

ClosureMap analyze_closures(const Module& module, LateGenexpReads* late_genexp_reads) {
  Analyzer a;
  // Lambdas in module constants (`KEY = lambda p: p[1]`) capture nothing themselves.
  std::function<void(const Expr&)> module_lambdas = [&](const Expr& e) {
    if (e.kind == ExprKind::Lambda) {
      a.scan(*e.function);
      a.assign(*e.function, {});
      return;
    }
    for (const auto& op : e.operands)
      if (op) module_lambdas(*op);
    for (const auto& arg : e.args) module_lambdas(*arg);
    for (const auto& kw : e.keywords) module_lambdas(*kw.value);
  };
  for (const auto& s : module.body) {
    if (s->kind == StmtKind::FunctionDef) {
      a.scan(*s->function);
      a.assign(*s->function, {});
    } else if (s->value) {
      module_lambdas(*s->value);
    }
  }
  if (late_genexp_reads) *late_genexp_reads = std::move(a.late_genexp_reads);
  return std::move(a.result);
}

}  // namespace pyxc
