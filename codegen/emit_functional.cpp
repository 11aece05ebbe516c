// Typed AST -> C++: map, filter and functools.reduce, on the runtime's lazy views
// (pyxc/functional.hpp) with a C++ lambda calling the function value (see callback()).
#include <fmt/format.h>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

std::string FunctionEmitter::functional_builtin(const Expr& e, const BuiltinFunction& fn) {
  const Expr& f = *e.args[0];
  std::vector<Type> items;
  std::vector<std::string> iterables;
  std::size_t last = fn.rule == BuiltinRule::Reduce ? 2 : e.args.size();
  for (std::size_t i = 1; i < last; ++i) {
    items.push_back(iteration_type(type_of(*e.args[i])));
    iterables.push_back(iterable(*e.args[i]));
  }
  switch (fn.rule) {
    case BuiltinRule::Map:
      return fmt::format("pyxc::map({}, {})", callback(f, items), join_args(iterables));
    case BuiltinRule::Filter:
      if (type_of(f)->kind == TypeKind::None) return fmt::format("pyxc::filter_true({})", iterables[0]);
      return fmt::format("pyxc::filter({}, {})", callback(f, items), iterables[0]);
    default: {
      Type acc = type_of(e);
      std::string initial = e.args.size() == 3 ? ", " + strip_parens(expr_as(*e.args[2], acc)) : "";
      return fmt::format("pyxc::functools::reduce<{}>({}, {}{})", cpp_type(acc), callback(f, {acc, items[0]}),
                         iterables[0], initial);
    }
  }
}

namespace {
const Keyword* keyword(const Expr& e, const char* name) {
  for (const auto& kw : e.keywords)
    if (kw.name == name && kw.value->kind != ExprKind::NoneLit) return &kw;
  return nullptr;
}
}  // namespace

std::string FunctionEmitter::keyed_builtin(const Expr& e, const BuiltinFunction& fn) {
  const Keyword* key = keyword(e, "key");
  const Keyword* reverse = keyword(e, "reverse");
  const Keyword* fallback = keyword(e, "default");
  Type result = type_of(e);
  std::string items;
  Type elem;
  if (e.args.size() == 1) {
    items = iterable(*e.args[0]);
    elem = iteration_type(type_of(*e.args[0]));
  } else {  // min(a, b, key=f): the arguments as a list
    elem = result;
    std::vector<std::string> codes;
    for (const auto& a : e.args) codes.push_back(expr_as(*a, result));
    items = fmt::format("{}{{{}}}", cpp_type(types::list(result)), join_args(codes));
  }
  if (fn.rule == BuiltinRule::Sorted) {
    std::string rev = reverse ? ", pyxc::to_bool(" + strip_parens(expr(*reverse->value)) + ")" : "";
    return fmt::format("pyxc::sorted_by({}, {}{})", items, callback(*key->value, {elem}), rev);
  }
  // min/max: without key=, the items themselves are the keys.
  std::string cb = key ? callback(*key->value, {elem})
                       : fmt::format("[](const {}& x) -> const {}& {{ return x; }}", cpp_type(elem), cpp_type(elem));
  std::string name = fn.name == "min" ? "pyxc::min_by" : "pyxc::max_by";
  if (fallback) {
    return fmt::format("{}({}, {}, {})", name, items, cb, strip_parens(expr_as(*fallback->value, result)));
  }
  return fmt::format("{}({}, {})", name, items, cb);
}

std::string FunctionEmitter::list_sort(const Expr& e) {
  const Expr& receiver = *e.operands[0]->operands[0];
  const Keyword* key = keyword(e, "key");
  const Keyword* reverse = keyword(e, "reverse");
  std::string rev = reverse ? ", pyxc::to_bool(" + strip_parens(expr(*reverse->value)) + ")" : "";
  if (!key) return fmt::format("pyxc::list_sort({}{})", expr(receiver), rev);
  Type elem = type_of(receiver)->elem();
  return fmt::format("pyxc::list_sort_by({}, {}{})", expr(receiver), callback(*key->value, {elem}), rev);
}

}  // namespace pyxc::codegen
