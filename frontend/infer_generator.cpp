// Type inference for generators: generator expressions, generator functions (`yield`), next(),
// and the rule that a generator never crosses into Python.
//
// A generator function's result type is `T generator`, T the join of the types it yields; a
// generator expression is a `T generator` too. Where a generator expression is consumed on the
// spot (sum, any, all, min, max, list, sorted, set, str.join, a `for` loop) codegen fuses it into
// the consumer's loop; elsewhere both become C++20 coroutines (runtime: pyxc/generator.hpp).
#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
bool contains_generator(Type t) {
  if (t->kind == TypeKind::Generator) return true;
  for (Type c : t->children)
    if (contains_generator(c)) return true;
  return false;
}
}  // namespace

Type FunctionInferrer::gen_exp(const Expr& e) {
  Type t = list_comp(e);  // typed like `[elt for ...]`: the same scoping and clauses
  program_.note_feature("generator");
  return t->kind == TypeKind::List ? types::generator(t->elem()) : t;
}

bool FunctionInferrer::in_generator() const { return inst_.def && inst_.def->is_generator; }

void FunctionInferrer::start_generator() {
  if (in_generator() && inst_.return_type->kind == TypeKind::Unknown) {
    inst_.return_type = types::generator(types::unknown());
    program_.note_feature("generator");
  }
}

void FunctionInferrer::yield_stmt(const Expr& y) {
  inst_.expr_types[&y] = types::none();  // the value a `yield` evaluates to: nothing is ever sent
  if (!finally_loop_depths_.empty() || handler_depth_ > 0) {
    // C++ coroutines cannot suspend inside a catch handler, and `finally:` runs in a lambda.
    program_.report(DiagId::unsupported_construct_hint, y.range,
                    std::string("`yield` inside an `") + (handler_depth_ > 0 ? "except" : "finally") + "` block",
                    "yield after the `try` statement");
    return;
  }
  Type t = y.operands.empty() ? types::none() : expr(*y.operands[0]);
  if (t->kind == TypeKind::Unknown) return;
  if (t->kind == TypeKind::List && t->borrowed) t = types::list(t->elem());
  if (t->kind == TypeKind::Iterator) {
    program_.report(DiagId::unsupported_construct_hint, y.operands[0]->range,
                    "yielding " + with_article(t), "yield list(...) of it");
    return;
  }
  Type elem = inst_.return_type->kind == TypeKind::Generator ? inst_.return_type->elem() : types::unknown();
  if (yield_range_.begin.line == 0) yield_range_ = y.range;
  Type joined = join(elem, t);
  if (!joined) {
    program_.report(DiagId::yield_type_conflict, y.range, inst_.def->name, with_article(t), with_article(elem),
                    yield_range_.begin.line);
    return;
  }
  if (joined != elem) {
    inst_.return_type = types::generator(joined);
    changed_ = true;
  }
}

Type FunctionInferrer::yield_value(const Expr& y) {
  for (const auto& op : y.operands) expr(*op);
  program_.report(DiagId::unsupported_construct_hint, y.range, "`yield` used as a value",
                  "write `yield x` as a statement (sending values into a generator is not supported)");
  return types::unknown();
}

void FunctionInferrer::generator_return(const Stmt& s) {
  if (!s.value) return;  // a bare `return` ends the generator
  expr(*s.value);
  program_.report(DiagId::unsupported_construct_hint, s.value->range, "returning a value from a generator",
                  "use a bare `return` to end it");
}

Type FunctionInferrer::next_builtin(const Expr& e, const std::vector<Type>& args) {
  if (args.empty() || args.size() > 2) {
    program_.report(DiagId::bad_call_arity, e.range, "next", "1 to 2", args.size());
    return types::unknown();
  }
  if (args[0]->kind != TypeKind::Generator) {
    program_.report(DiagId::bad_argument_type, e.args[0]->range, "next", to_string(args[0]));
    return types::unknown();
  }
  Type elem = args[0]->elem();
  // next(g, default): the default must fit the items' type (pyxc has no optional types).
  if (args.size() == 2 && !builtin_accepts(elem, args[1]) && join(elem, args[1]) != elem) {
    program_.report(DiagId::bad_argument_type, e.args[1]->range, "next (default)", to_string(args[1]));
    return types::unknown();
  }
  return elem;
}

bool ProgramInferrer::check_exported_results(const std::vector<TypedExport>& exports) {
  bool ok = true;
  for (const auto& ex : exports) {
    for (const auto& o : ex.overloads) {
      if (!o.owned || !contains_generator(o.owned->return_type)) continue;
      diags_.report(DiagId::unsupported_construct_hint, o.owned->def->name_range,
                    "returning a generator to Python from exported `" + o.owned->def->name + "`",
                    "return list(...) of it");
      ok = false;
      break;
    }
  }
  return ok;
}

}  // namespace pyxc::detail
