// Type inference for the module functions whose result depends on their arguments:
// itertools (every function returns a `T generator`) and bisect. Both accept keyword arguments
// (product's repeat=, accumulate's initial=, bisect's lo=/hi=), checked here.
#include <algorithm>

#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
bool is_intlike(Type t) { return t->kind == TypeKind::Int || t->kind == TypeKind::Bool; }
Type arith(Type t) { return t->kind == TypeKind::Bool ? types::int_() : t; }

}  // namespace

/// The keywords each function accepts: its parameter names in order (product's `repeat` and
/// accumulate's `initial` are keyword-only).
const std::vector<std::string>& keyword_names(const BuiltinFunction& fn) {
  static const std::vector<std::string> none;
  static const std::vector<std::string> repeat = {"repeat"}, r = {"iterable", "r"}, count = {"start", "step"},
                                        initial = {"initial"}, bisect = {"a", "x", "lo", "hi"};
  if (fn.module == "bisect") return bisect;
  if (fn.name == "product") return repeat;
  if (fn.name == "permutations" || fn.name == "combinations") return r;
  if (fn.name == "count") return count;
  if (fn.name == "accumulate") return initial;
  return none;
}

const BuiltinFunction* FunctionInferrer::module_function(const Expr& callee) const {
  const ModuleScope& scope = program_.scope();
  if (callee.kind == ExprKind::Name && !is_local(callee.name) && !scope.functions.count(callee.name))
    if (auto it = scope.imported_functions.find(callee.name); it != scope.imported_functions.end()) return it->second;
  if (callee.kind == ExprKind::Attribute && callee.operands[0]->kind == ExprKind::Name &&
      !is_local(callee.operands[0]->name))
    if (auto it = scope.module_aliases.find(callee.operands[0]->name); it != scope.module_aliases.end())
      return find_builtin_function(it->second, callee.name);
  return nullptr;
}

bool FunctionInferrer::checks_own_keywords(const Expr& callee) const {
  const BuiltinFunction* fn = module_function(callee);
  return fn && (fn->rule == BuiltinRule::Itertools || fn->rule == BuiltinRule::Bisect);
}

}  // namespace pyxc::detail

namespace pyxc {
const Expr* module_call_argument(const Expr& call, const BuiltinFunction& fn, std::size_t index) {
  if (index < call.args.size()) return call.args[index].get();
  const auto& names = detail::keyword_names(fn);
  for (const auto& kw : call.keywords)
    if (index < names.size() && kw.name == names[index]) return kw.value.get();
  return nullptr;
}
}  // namespace pyxc

namespace pyxc::detail {

Type FunctionInferrer::module_call(const Expr& e, const BuiltinFunction& fn, const std::vector<Type>& args) {
  std::string display = fn.module + "." + fn.name;
  const auto& names = keyword_names(fn);
  std::vector<Type> keyword_types;
  for (const auto& kw : e.keywords) {
    Type t = expr(*kw.value);
    if (std::find(names.begin(), names.end(), kw.name) == names.end()) {
      program_.report(DiagId::unexpected_keyword, kw.range, display, kw.name);
      return types::unknown();
    }
    keyword_types.push_back(t);
  }
  for (Type t : args)
    if (t->kind == TypeKind::Unknown) return types::unknown();
  for (Type t : keyword_types)
    if (t->kind == TypeKind::Unknown) return types::unknown();
  auto arg = [&](std::size_t i) { return module_call_argument(e, fn, i); };
  auto type_of_arg = [&](const Expr* a) { return inst_.expr_types.at(a); };
  auto bad = [&](const Expr* a) {
    program_.report(DiagId::bad_argument_type, a->range, display, to_string(type_of_arg(a)));
    return types::unknown();
  };
  auto arity = [&](std::size_t lo, std::size_t hi) {
    std::size_t given = args.size() + e.keywords.size();
    if (given >= lo && given <= hi && args.size() <= hi) return true;
    program_.report(DiagId::bad_call_arity, e.range, display,
                    lo == hi ? std::to_string(lo) : std::to_string(lo) + " to " + std::to_string(hi), given);
    return false;
  };
  auto literal = [&](const Expr* a, std::int64_t* out) {
    if (a->kind != ExprKind::IntLit || a->int_value < 0) {
      program_.report(DiagId::unsupported_construct_hint, a->range,
                      "`" + display + "` with a size that is not a non-negative int literal",
                      "write the tuple size as a number, e.g. " + fn.name + (fn.name == "product" ? "(xs, repeat=2)" : "(xs, 2)"));
      return false;
    }
    *out = a->int_value;
    return true;
  };

  if (fn.name == "product") {
    std::int64_t repeat = 1;
    if (const Expr* r = e.keywords.empty() ? nullptr : e.keywords[0].value.get()) {
      if (!literal(r, &repeat)) return types::unknown();
    }
    std::vector<Type> items;
    for (std::size_t i = 0; i < args.size(); ++i) {
      Type elem = iterate(args[i]);
      if (!elem) return bad(e.args[i].get());
      items.push_back(elem);
    }
    std::vector<Type> all;
    for (std::int64_t k = 0; k < repeat; ++k) all.insert(all.end(), items.begin(), items.end());
    if (all.size() > 16) {
      program_.report(DiagId::unsupported_construct_hint, e.range, "a product of more than 16 iterables",
                      "nest loops instead");
      return types::unknown();
    }
    return types::generator(types::tuple(std::move(all)));
  }
  if (fn.name == "permutations" || fn.name == "combinations") {
    if (!arity(fn.name == "permutations" ? 1 : 2, 2)) return types::unknown();
    const Expr* xs = arg(0);
    if (!xs) return arity(2, 2), types::unknown();
    Type elem = iterate(type_of_arg(xs));
    if (!elem) return bad(xs);
    std::int64_t r = 0;
    if (const Expr* size = arg(1)) {
      if (!literal(size, &r)) return types::unknown();
    } else if (type_of_arg(xs)->kind == TypeKind::Tuple) {
      r = static_cast<std::int64_t>(type_of_arg(xs)->items().size());  // a tuple's length is static
    } else {
      program_.report(DiagId::unsupported_construct_hint, e.range, "permutations() without r",
                      "pass the tuple size as a number: permutations(xs, 3)");
      return types::unknown();
    }
    if (r > 16) {
      program_.report(DiagId::unsupported_construct_hint, e.range, "tuples of more than 16 items", "use a smaller r");
      return types::unknown();
    }
    return types::generator(types::tuple(std::vector<Type>(static_cast<std::size_t>(r), elem)));
  }
  if (fn.name == "count") {
    if (!arity(0, 2)) return types::unknown();
    Type result = types::int_();
    for (std::size_t i = 0; i < 2; ++i) {
      const Expr* a = arg(i);
      if (!a) continue;
      Type t = type_of_arg(a);
      if (!is_numeric(t) || t->kind == TypeKind::Complex) return bad(a);
      result = join(result, arith(t));
    }
    return types::generator(result);
  }
  if (fn.name == "islice") {
    if (!arity(2, 4)) return types::unknown();
    Type elem = iterate(args[0]);
    if (!elem) return bad(e.args[0].get());
    for (std::size_t i = 1; i < args.size(); ++i)
      if (!is_intlike(args[i]) && args[i]->kind != TypeKind::None) return bad(e.args[i].get());
    return types::generator(elem);
  }
  if (fn.name == "chain") {
    Type elem = types::unknown();
    for (std::size_t i = 0; i < args.size(); ++i) {
      Type t = iterate(args[i]);
      Type joined = t ? join(elem, t) : nullptr;
      if (!joined) return bad(e.args[i].get());
      elem = joined;
    }
    if (args.empty()) {
      program_.report(DiagId::bad_call_arity, e.range, display, "1 or more", 0);
      return types::unknown();
    }
    return types::generator(elem);
  }
  if (fn.name == "accumulate") {
    if (!arity(1, 2) || args.size() != 1) {
      if (args.size() == 2)
        program_.report(DiagId::unsupported_construct_hint, e.args[1]->range, "accumulate() with a function",
                        "accumulate sums; write the loop for other operations");
      return types::unknown();
    }
    Type elem = iterate(args[0]);
    if (!elem || !is_numeric(elem)) return bad(e.args[0].get());
    Type result = arith(elem);
    if (!e.keywords.empty()) {  // initial=
      Type t = keyword_types[0];
      if (!is_numeric(t)) return bad(e.keywords[0].value.get());
      result = join(result, arith(t));
    }
    return types::generator(result);
  }
  if (fn.module == "bisect") {
    if (!arity(2, 4)) return types::unknown();
    const Expr* a = arg(0);
    const Expr* x = arg(1);
    if (!a || !x) return arity(2, 2), types::unknown();
    Type list = type_of_arg(a), value = type_of_arg(x);
    bool insort = fn.name.rfind("insort", 0) == 0;
    if (list->kind != TypeKind::List || (insort && list->borrowed)) return bad(a);
    Type elem = list->elem();
    Type joined = join(elem, value);
    bool comparable = joined && joined->kind != TypeKind::Complex && joined->kind != TypeKind::None;
    // `xs = []` then insort(xs, v): like append, the first insertion decides the item type.
    if (insort && contains_unknown(elem) && comparable && a->kind == ExprKind::Name && is_local(a->name)) {
      assign_name(a->name, types::list(joined), a->range);
      elem = joined;
    }
    if (!comparable || (insort && joined != elem)) return bad(x);
    for (std::size_t i = 2; i < 4; ++i)
      if (const Expr* bound = arg(i); bound && !is_intlike(type_of_arg(bound)) &&
                                      !(i == 3 && type_of_arg(bound)->kind == TypeKind::None))
        return bad(bound);
    return insort ? types::none() : types::int_();
  }
  return types::unknown();
}

}  // namespace pyxc::detail
