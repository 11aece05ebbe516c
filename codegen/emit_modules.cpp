// Typed AST -> C++: calls of itertools and bisect functions (runtime: pyxc/itertools.hpp,
// pyxc/bisect.hpp). Tuple sizes (product's repeat, permutations' r) are template arguments.
#include <fmt/format.h>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

std::string FunctionEmitter::module_call(const Expr& e, const BuiltinFunction& fn) {
  Type result = type_of(e);
  auto arg = [&](std::size_t i) { return module_call_argument(e, fn, i); };
  // A (homogeneous) tuple is read through a list of its items, as a `for` loop reads it.
  auto iterable = [&](const Expr& a) {
    Type t = type_of(a);
    if (t->kind != TypeKind::Tuple) return this->iterable(a);
    std::string code = expr(a), items;
    for (std::size_t i = 0; i < t->items().size(); ++i) items += fmt::format("{}std::get<{}>({})", i ? ", " : "", i, code);
    return fmt::format("{}{{{}}}", cpp_type(types::list(iteration_type(t))), items);
  };
  std::vector<std::string> codes;
  if (fn.module == "bisect") {
    Type list = type_of(*arg(0));
    Type value = type_of(*arg(1));
    bool insort = fn.name.rfind("insort", 0) == 0;
    // bisect_left/insort_left search left of equal items, the others right of them.
    bool left = fn.name.size() > 5 && fn.name.compare(fn.name.size() - 5, 5, "_left") == 0;
    codes.push_back(expr(*arg(0)));
    codes.push_back(expr_as(*arg(1), insort ? list->elem() : value));
    const Expr* lo = arg(2);
    const Expr* hi = arg(3);
    codes.push_back(lo ? expr_as(*lo, types::int_()) : "0L");
    // hi=None (or -1, as in CPython) means len(a).
    codes.push_back(hi && type_of(*hi)->kind != TypeKind::None ? expr_as(*hi, types::int_()) : "-1L");
    return fmt::format("pyxc::bisect::{}_{}({})", insort ? "insort" : "bisect", left ? "left" : "right",
                       join_args(codes));
  }
  Type elem = result->elem();
  if (fn.name == "product") {
    std::int64_t repeat = e.keywords.empty() ? 1 : e.keywords[0].value->int_value;
    for (const auto& a : e.args) codes.push_back(iterable(*a));
    return fmt::format("pyxc::itertools::product<{}>({})", repeat, join_args(codes));
  }
  if (fn.name == "permutations" || fn.name == "combinations") {
    std::size_t r = elem->items().size();
    return fmt::format("pyxc::itertools::{}<{}>({})", fn.name, r, strip_parens(iterable(*arg(0))));
  }
  if (fn.name == "count") {
    const Expr* start = arg(0);
    const Expr* step = arg(1);
    return fmt::format("pyxc::itertools::count<{}>({}, {})", cpp_type(elem),
                       start ? strip_parens(expr_as(*start, elem)) : elem->kind == TypeKind::Int ? "0L" : "0.0",
                       step ? strip_parens(expr_as(*step, elem)) : elem->kind == TypeKind::Int ? "1L" : "1.0");
  }
  if (fn.name == "islice") {
    codes.push_back(iterable(*e.args[0]));
    // islice(xs, stop) / islice(xs, start, stop[, step]); None means "no bound" / the default.
    for (std::size_t i = 1; i < e.args.size(); ++i) {
      bool none = type_of(*e.args[i])->kind == TypeKind::None;
      bool is_stop = e.args.size() == 2 || i == 2;
      codes.push_back(none ? (is_stop ? "pyxc::itertools::no_stop" : i == 1 ? "0L" : "1L")
                           : expr_as(*e.args[i], types::int_()));
    }
    return fmt::format("pyxc::itertools::islice_checked({})", join_args(codes));
  }
  if (fn.name == "chain") {
    for (const auto& a : e.args) codes.push_back(iterable(*a));
    return fmt::format("pyxc::itertools::chain<{}>({})", cpp_type(elem), join_args(codes));
  }
  if (fn.name == "accumulate") {
    codes.push_back(iterable(*e.args[0]));
    if (!e.keywords.empty()) codes.push_back(expr_as(*e.keywords[0].value, elem));
    return fmt::format("pyxc::itertools::accumulate<{}>({})", cpp_type(elem), join_args(codes));
  }
  return "/* unsupported module function */";
}

}  // namespace pyxc::codegen
