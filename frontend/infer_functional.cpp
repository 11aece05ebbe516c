// Type inference for the builtins that call a function value: map, filter, functools.reduce.
// Each call of the function value is typed through invoke() (infer_function_values.cpp): a
// user function or lambda is instantiated for the item types the builtin passes it.
#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

Type FunctionInferrer::functional_builtin(const Expr& e, const BuiltinFunction& fn, const std::vector<Type>& args) {
  std::string display = fn.module.empty() ? fn.name : fn.module + "." + fn.name;
  for (Type t : args)
    if (contains_unknown(t)) return types::unknown();
  auto bad_arg = [&](std::size_t i) {
    program_.report(DiagId::bad_argument_type, e.args[i]->range, display, to_string(args[i]));
    return types::unknown();
  };
  std::size_t lo = fn.rule == BuiltinRule::Reduce ? 2 : 2;
  std::size_t hi = fn.rule == BuiltinRule::Map ? 4 : fn.rule == BuiltinRule::Reduce ? 3 : 2;
  if (args.size() < lo || args.size() > hi) {
    program_.report(DiagId::bad_call_arity, e.range, display,
                    std::to_string(lo) + (hi > lo ? " to " + std::to_string(hi) : ""), args.size());
    return types::unknown();
  }
  bool none_filter = fn.rule == BuiltinRule::Filter && args[0]->kind == TypeKind::None;
  if (args[0]->kind != TypeKind::Function && !none_filter) return bad_arg(0);
  std::vector<Type> items;
  for (std::size_t i = 1; i < (fn.rule == BuiltinRule::Reduce ? 2 : args.size()); ++i) {
    Type elem = iterate(args[i]);
    if (!elem) return bad_arg(i);
    items.push_back(elem);
  }
  const Expr& callee = *e.args[0];
  program_.note_feature("functional");
  switch (fn.rule) {
    case BuiltinRule::Map: {
      Type result = invoke(callee, e.range, args[0], items);
      return contains_unknown(result) ? types::unknown() : types::iterator(result);
    }
    case BuiltinRule::Filter:
      if (!none_filter) invoke(callee, e.range, args[0], items);  // any result: its truth is used
      return types::iterator(items[0]);
    default: {
      // reduce(f, xs[, initial]): the accumulator holds the initial value (or the first item)
      // and then f's results, so its type is their join; f is instantiated at that type.
      Type acc = args.size() == 3 ? args[2] : items[0];
      if (acc->kind == TypeKind::Bool && args.size() == 2) acc = items[0];
      for (int round = 0; round < 3; ++round) {
        Type result = invoke(callee, e.range, args[0], {acc, items[0]});
        if (contains_unknown(result)) return types::unknown();
        Type joined = join(acc, result);
        if (!joined) {
          program_.report(DiagId::return_type_conflict, e.args[0]->range,
                          callee.kind == ExprKind::Name ? callee.name : "the function", with_article(result),
                          with_article(acc) + " accumulator", e.range.begin.line);
          return types::unknown();
        }
        if (joined == acc) return acc;
        // int accumulator, float results: CPython's result is an int for an empty (or
        // one-item) input and a float otherwise, which no one static type is.
        if (is_numeric(acc) && is_numeric(result) && acc->kind != TypeKind::Bool) {
          program_.report(DiagId::reduce_accumulator_widens, e.range, with_article(acc),
                          callee.kind == ExprKind::Name ? callee.name : callee.kind == ExprKind::Lambda ? "<lambda>" : "the function",
                          with_article(result), args.size() == 3 ? "a " + to_string(result) + " initial value" : "a " + to_string(result) + " initial value (a third argument)");
          return types::unknown();
        }
        acc = joined;
      }
      return acc;
    }
  }
}

bool FunctionInferrer::has_key(const Expr& e) const {
  for (const auto& kw : e.keywords)
    if (kw.name == "key" && kw.value->kind != ExprKind::NoneLit) return true;
  return false;
}

bool FunctionInferrer::check_key(const Expr& e, Type elem) {
  for (const auto& kw : e.keywords) {
    if (kw.name != "key" || kw.value->kind == ExprKind::NoneLit) continue;
    Type fn = inst_.expr_types.count(kw.value.get()) ? inst_.expr_types[kw.value.get()] : expr(*kw.value);
    if (contains_unknown(fn) || contains_unknown(elem)) return false;
    if (fn->kind != TypeKind::Function) {
      program_.report(DiagId::bad_argument_type, kw.range, "key=", to_string(fn));
      return false;
    }
    program_.note_feature("functional");
    Type key = invoke(*kw.value, kw.range, fn, {elem});
    if (contains_unknown(key)) return false;
    // Keys are compared with `<`.
    bool orderable = is_numeric(key) ? key->kind != TypeKind::Complex
                                     : key->kind == TypeKind::Str || key->kind == TypeKind::Tuple ||
                                           key->kind == TypeKind::List;
    if (!orderable) {
      program_.report(DiagId::type_mismatch_compare, kw.range, to_string(key), to_string(key), "`<` (the keys)");
      return false;
    }
  }
  return true;
}

Type FunctionInferrer::minmax_default(const Expr& e, Type elem) {
  for (const auto& kw : e.keywords) {
    if (kw.name != "default") continue;
    Type t = inst_.expr_types.count(kw.value.get()) ? inst_.expr_types[kw.value.get()] : expr(*kw.value);
    Type joined = join(elem, t);
    if (!joined) {
      program_.report(DiagId::bad_argument_type, kw.range, "default=", to_string(t));
      return types::unknown();
    }
    return joined;
  }
  return elem;
}

}  // namespace pyxc::detail
