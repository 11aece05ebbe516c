// Which function parameters are only read. A float-list argument in such a position is read
// in place from the caller's Python list instead of being copied (see codegen's module glue).
//
// The analysis is syntactic and conservative: a parameter is read-only when every use of its
// name is one of
//   len(p) sum(p) min(p) max(p) any(p) all(p) sorted(p) reversed(p) list(p) set(p)
//   zip(..., p, ...) enumerate(p)    x in p / x not in p    p[i] as a value
//   for x in p / [... for x in p]    an argument of a user function, in a read-only position
// and the name is never assigned. Anything else (p.append, p[i] = v, return p, q = p, a list
// holding p, ...) makes it a plain parameter. Read-only-ness is the greatest fixpoint over the
// call graph, so recursive functions qualify.
#include <algorithm>

#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {

struct Use {
  const FunctionDef* callee = nullptr;  // set when the use is an argument of a user function
  std::size_t position = 0;
};

class UseCollector {
 public:
  UseCollector(const ModuleScope& scope, const std::string& name) : scope_(scope), name_(name) {}

  /// False as soon as a use that is not a read is seen.
  bool block(const Block& b) {
    for (const auto& s : b)
      if (!stmt(*s)) return false;
    return true;
  }
  std::vector<Use> calls;

 private:
  bool is_target(const Expr& t) {
    if (t.kind == ExprKind::Name) return t.name == name_;
    for (const auto& item : t.operands)
      if (item && is_target(*item)) return true;
    return false;
  }

  /// A nested def or lambda that mentions the parameter may do anything with it.
  bool mentioned_in(const Block& body) {
    std::map<std::string, int> uses;
    count_name_uses(body, uses);
    return uses.count(name_) > 0;
  }

  bool stmt(const Stmt& s) {
    if (s.function && mentioned_in(s.function->body)) return false;
    for (const auto& t : s.targets) {
      if (is_target(*t)) return false;
      // `p[i] = v` mutates p: there the subscript's base may not be p.
      if (t->kind == ExprKind::Subscript) {
        if (!mutated_base_ok(*t)) return false;
      } else if (t->kind != ExprKind::Name && !expr(*t)) {
        return false;
      }
    }
    // `for x in p:` reads p.
    bool value_is_iterated_param = s.kind == StmtKind::For && s.value->kind == ExprKind::Name &&
                                   s.value->name == name_;
    if (s.value && !value_is_iterated_param && !expr(*s.value)) return false;
    if (s.test && !expr(*s.test)) return false;
    for (const Block* b : child_blocks(s))
      if (!block(*b)) return false;
    return true;
  }

  bool mutated_base_ok(const Expr& subscript) {
    const Expr& base = *subscript.operands[0];
    if (base.kind == ExprKind::Name && base.name == name_) return false;
    return expr(base) && expr(*subscript.operands[1]);
  }

  /// A builtin that only reads its argument `p` at `position` of `args` arguments: it
  /// neither changes p nor returns it (min(p, q) would return a list, so only min(p)).
  bool is_reading_builtin(const Expr& callee, std::size_t position, std::size_t args) {
    if (callee.kind != ExprKind::Name || scope_.functions.count(callee.name) || scope_.constant_names.count(callee.name))
      return false;
    static const std::set<std::string> single = {"len", "sum", "min", "max", "any", "all", "sorted",
                                                 "reversed", "list", "set", "enumerate"};
    if (callee.name == "zip") return true;
    return position == 0 && (args == 1 || callee.name == "enumerate" || callee.name == "sum") &&
           single.count(callee.name);
  }

  bool expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Name:
        return e.name != name_;  // a bare use in any other context may alias or escape
      case ExprKind::Subscript: {
        const Expr& base = *e.operands[0];
        bool base_ok = (base.kind == ExprKind::Name && base.name == name_) || expr(base);
        // A slice copies into a new list, which is a read too.
        return base_ok && expr(*e.operands[1]);
      }
      case ExprKind::Call: {
        const Expr& callee = *e.operands[0];
        auto user = callee.kind == ExprKind::Name ? scope_.functions.find(callee.name)
                                                   : scope_.functions.end();
        if (callee.kind != ExprKind::Name && !expr(callee)) return false;
        for (std::size_t i = 0; i < e.args.size(); ++i) {
          const Expr& arg = *e.args[i];
          if (arg.kind == ExprKind::Name && arg.name == name_) {
            if (is_reading_builtin(callee, i, e.args.size())) continue;
            if (user != scope_.functions.end()) {
              calls.push_back({user->second, i});
              continue;
            }
            return false;
          }
          if (!expr(arg)) return false;
        }
        for (const auto& kw : e.keywords) {
          const Expr& arg = *kw.value;
          if (arg.kind == ExprKind::Name && arg.name == name_) {
            if (user == scope_.functions.end()) return false;
            const auto& params = user->second->params;
            auto it = std::find_if(params.begin(), params.end(), [&](const Parameter& p) { return p.name == kw.name; });
            if (it == params.end()) return false;
            calls.push_back({user->second, static_cast<std::size_t>(it - params.begin())});
            continue;
          }
          if (!expr(arg)) return false;
        }
        return true;
      }
      case ExprKind::Compare:
        // `x in p` reads p; p anywhere else in a comparison is left to the default.
        for (std::size_t i = 0; i < e.operands.size(); ++i) {
          const Expr& operand = *e.operands[i];
          bool contained_in = i > 0 && (e.cmp_ops[i - 1] == CmpOp::In || e.cmp_ops[i - 1] == CmpOp::NotIn);
          if (contained_in && operand.kind == ExprKind::Name && operand.name == name_) continue;
          if (!expr(operand)) return false;
        }
        return true;
      case ExprKind::Lambda:
        return !mentioned_in(e.function->body);
      case ExprKind::ListComp:
        for (const auto& clause : e.comprehension) {
          if (is_target(*clause.target)) return false;
          bool iter_ok = (clause.iter->kind == ExprKind::Name && clause.iter->name == name_) ||
                         expr(*clause.iter);
          if (!iter_ok) return false;
          for (const auto& cond : clause.conditions)
            if (!expr(*cond)) return false;
        }
        return expr(*e.operands[0]);
      default:
        for (const auto& operand : e.operands)
          if (operand && !expr(*operand)) return false;
        for (const auto& arg : e.args)
          if (!expr(*arg)) return false;
        for (const auto& kw : e.keywords)
          if (!expr(*kw.value)) return false;
        return true;
    }
  }

  const ModuleScope& scope_;
  const std::string& name_;
};

}  // namespace

std::map<const FunctionDef*, std::vector<bool>> find_readonly_params(const ModuleScope& scope) {
  std::map<const FunctionDef*, std::vector<bool>> readonly;
  std::map<std::pair<const FunctionDef*, std::size_t>, std::vector<Use>> dependencies;
  for (const auto& [fname, def] : scope.functions) {
    auto& flags = readonly[def];
    flags.assign(def->params.size(), false);
    for (std::size_t i = 0; i < def->params.size(); ++i) {
      UseCollector collector(scope, def->params[i].name);
      flags[i] = collector.block(def->body);
      dependencies[{def, i}] = std::move(collector.calls);
    }
  }
  // Greatest fixpoint: drop parameters passed on to a non-read-only position.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& [key, calls] : dependencies) {
      auto flag = readonly[key.first][key.second];
      if (!flag) continue;
      for (const Use& use : calls) {
        auto it = readonly.find(use.callee);
        if (it == readonly.end() || use.position >= it->second.size() || !it->second[use.position]) {
          flag = false;
          changed = true;
          break;
        }
      }
    }
  }
  return readonly;
}

}  // namespace pyxc::detail
