// Typed AST -> C++: generators.
//
// - A generator expression consumed on the spot is fused into its consumer: `sum(x * x for x
//   in xs)`, any/all (which stop at the deciding item), min/max, list/sorted/set, str.join and a
//   `for` loop over it all become one loop, with no generator object and no temporary list.
// - Anywhere else (stored, passed to a function, next(), enumerate(...)) it becomes a C++20
//   coroutine lambda returning pyxc::generator<T>. The lambda captures nothing: the outer
//   variables it reads are its parameters, so the coroutine frame owns copies of them (lists,
//   dicts and sets are shared handles, so it sees their later changes as Python does).
// - A generator function is a coroutine: `yield v` is `co_yield v`, `return` is `co_return`.
#include <fmt/format.h>

#include <algorithm>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

namespace {
/// Every name read in `e`, with one of its occurrences (for its type).
void collect_names(const Expr& e, std::map<std::string, const Expr*>& out) {
  if (e.kind == ExprKind::Name) out.emplace(e.name, &e);
  for (const auto& op : e.operands)
    if (op) collect_names(*op, out);
  for (const auto& arg : e.args) collect_names(*arg, out);
  for (const auto& kw : e.keywords) collect_names(*kw.value, out);
  for (const auto& clause : e.comprehension) {
    collect_names(*clause.iter, out);
    for (const auto& c : clause.conditions) collect_names(*c, out);
  }
}

void target_names(const Expr& target, std::set<std::string>& out) {
  if (target.kind == ExprKind::Name) out.insert(target.name);
  for (const auto& part : target.operands) target_names(*part, out);
}
}  // namespace

std::string FunctionEmitter::fused_loop(const Expr& comp, const std::string& result_type, const std::string& prologue,
                                        const std::function<std::string(const std::string& pad)>& body,
                                        const std::string& epilogue) {
  std::string pad(static_cast<std::size_t>(indent_ + 1) * 2, ' ');
  std::vector<std::string> closers;
  std::string out = fmt::format("[&]() -> {} {{\n", result_type);
  if (!prologue.empty()) out += pad + prologue + "\n";
  out += comprehension_loops(comp, closers, pad);
  out += body(std::string(pad.size() + 2 * closers.size(), ' '));
  for (auto it = closers.rbegin(); it != closers.rend(); ++it) out += *it;
  forget_comprehension_names(comp);
  out += fmt::format("{}{}\n{}}}()", pad, epilogue, std::string(pad.size() - 2, ' '));
  return out;
}

std::string FunctionEmitter::fused_consumer(const Expr& call, const BuiltinFunction& fn) {
  const Expr& comp = *call.args[0];
  Type result = type_of(call);
  Type elem = iteration_type(type_of(comp));
  switch (fn.rule) {
    case BuiltinRule::Sum:
      return fused_sum(comp, result, call.args.size() > 1 ? call.args[1].get() : nullptr);
    case BuiltinRule::AnyAll: {
      // any() returns at the first true item, all() at the first false one, as CPython stops.
      bool is_any = fn.name == "any";
      return fused_loop(comp, "bool", "", [&](const std::string& pad) {
        std::string test = condition(*comp.operands[0]);
        return fmt::format("{}if ({}{}) return {};\n", pad, is_any ? "" : "!", is_any ? test : "(" + test + ")",
                           is_any ? "true" : "false");
      }, is_any ? "return false;" : "return true;");
    }
    case BuiltinRule::MinMax: {
      if (call.args.size() != 1 || !call.keywords.empty()) return "";
      // CPython keeps the first item, then replaces it by each later item that compares
      // strictly smaller (min) or larger (max).
      bool is_min = fn.name == "min";
      std::string best = fresh("best"), found = fresh("found");
      std::string prologue = fmt::format("{} {}{{}};\n{}bool {} = false;", cpp_type(elem), best,
                                         std::string(static_cast<std::size_t>(indent_ + 1) * 2, ' '), found);
      return fused_loop(comp, cpp_type(elem), prologue, [&](const std::string& pad) {
        std::string item = fresh("item");
        return fmt::format("{}{} {} = {};\n{}if (!{} || {} {} {}) {{\n{}  {} = {};\n{}  {} = true;\n{}}}\n", pad,
                           cpp_type(elem), item, strip_parens(expr_as(*comp.operands[0], elem)), pad, found, item,
                           is_min ? "<" : ">", best, pad, best, item, pad, found, pad);
      }, fmt::format("if (!{}) pyxc::detail::raise_{}_empty();\n{}return {};", found, fn.name,
                     std::string(static_cast<std::size_t>(indent_ + 1) * 2, ' '), best));
    }
    case BuiltinRule::ToList:
    case BuiltinRule::ToSet:
      return list_comp(comp, result);
    case BuiltinRule::Sorted: {
      for (const auto& kw : call.keywords)
        if (kw.name != "reverse") return "";
      std::string items = list_comp(comp, result);
      if (call.keywords.empty()) return fmt::format("pyxc::sorted({})", items);
      return fmt::format("pyxc::sorted({}, pyxc::to_bool({}))", items, strip_parens(expr(*call.keywords[0].value)));
    }
    default:
      return "";
  }
}

std::string FunctionEmitter::fused_join(const std::string& separator, const Expr& comp) {
  // sep.join(str(x) for x in xs): appends as it goes.
  std::string sep = fresh("sep"), text = fresh("text"), first = fresh("first");
  std::string outer(static_cast<std::size_t>(indent_ + 1) * 2, ' ');
  std::string prologue = fmt::format("const pyxc::str {} = {};\n{}pyxc::str {};\n{}bool {} = true;", sep,
                                     strip_parens(separator), outer, text, outer, first);
  return fused_loop(comp, "pyxc::str", prologue, [&](const std::string& pad) {
    return fmt::format("{}if (!{}) {} += {};\n{}{} = false;\n{}{} += {};\n", pad, first, text, sep, pad, first, pad,
                       text, strip_parens(expr_as(*comp.operands[0], types::str())));
  }, fmt::format("return {};", text));
}

std::string FunctionEmitter::gen_exp_value(const Expr& e) {
  Type generator = type_of(e);
  Type elem = generator->elem();
  // The outer variables the expression reads become the lambda's parameters; the first
  // iterable is evaluated right away, as Python does, the rest lazily.
  std::set<std::string> bound;
  std::map<std::string, const Expr*> used;
  for (const auto& clause : e.comprehension) target_names(*clause.target, bound);
  collect_names(*e.operands[0], used);
  for (std::size_t i = 0; i < e.comprehension.size(); ++i) {
    if (i > 0) collect_names(*e.comprehension[i].iter, used);
    for (const auto& c : e.comprehension[i].conditions) collect_names(*c, used);
  }
  std::vector<std::string> params, args;
  const Expr& first_iter = *e.comprehension[0].iter;
  Type first_type = type_of(first_iter);
  std::string iter_name = fresh("iterable");
  bool concrete = first_type->kind != TypeKind::Str && first_type->kind != TypeKind::Iterator;
  params.push_back(fmt::format("{} {}", concrete ? cpp_type(first_type) : "auto", iter_name));
  args.push_back(strip_parens(iterable(first_iter)));
  for (const auto& [n, occurrence] : used) {
    if (bound.count(n)) continue;
    Type t;
    if (comprehension_names_.count(n)) t = type_of(*occurrence);  // an enclosing comprehension's variable
    else if (auto it = inst_.locals.find(n); it != inst_.locals.end()) t = it->second;
    else continue;  // a module constant or a function: visible inside the lambda
    params.push_back(fmt::format("{} {}", cpp_type(t), cpp_ident(n)));
    args.push_back(cpp_ident(n));
  }
  std::string pad(static_cast<std::size_t>(indent_ + 1) * 2, ' ');
  std::vector<std::string> closers;
  std::string out = fmt::format("[]({}) -> {} {{\n", join_args(params), cpp_type(generator));
  out += comprehension_loops(e, closers, pad, iter_name);
  std::string inner(pad.size() + 2 * closers.size(), ' ');
  out += fmt::format("{}co_yield {};\n", inner, strip_parens(expr_as(*e.operands[0], elem)));
  for (auto it = closers.rbegin(); it != closers.rend(); ++it) out += *it;
  forget_comprehension_names(e);
  out += fmt::format("{}}}({})", std::string(pad.size() - 2, ' '), join_args(args));
  return out;
}

std::string FunctionEmitter::yield_code(const Expr& y) {
  Type elem = inst_.return_type->elem();
  if (y.operands.empty()) return "co_yield pyxc::None";
  return "co_yield " + strip_parens(expr_as(*y.operands[0], elem));
}

bool FunctionEmitter::fused_for(const Stmt& s) {
  // `for y in (f(x) for x in xs if c): body` is `for x in xs: if c: y = f(x); body` when the
  // expression has one `for` clause (so break/continue keep their meaning) and its variable
  // cannot be confused with a variable of the function.
  const Expr& comp = *s.value;
  if (comp.comprehension.size() != 1) return false;
  std::set<std::string> bound;
  target_names(*comp.comprehension[0].target, bound);
  for (const std::string& n : bound)
    if (inst_.locals.count(n) || comprehension_names_.count(n)) return false;
  Loop loop;
  if (!s.orelse.empty()) {
    loop.broke_flag = fresh("broke");
    line(fmt::format("bool {} = false;", loop.broke_flag));
  }
  std::vector<std::string> closers;
  std::string pad(static_cast<std::size_t>(indent_) * 2, ' ');
  out_ += comprehension_loops(comp, closers, pad);
  int depth = static_cast<int>(closers.size());
  indent_ += depth;
  Type elem = iteration_type(type_of(comp));
  const Expr& target = *s.targets[0];
  bool declares = target.kind == ExprKind::Name && loop_scoped_.count(target.name);
  if (declares) {  // declared here, as a for header would (the body may rebind it)
    Type local = inst_.locals.at(target.name);
    line(fmt::format("{} {} = {};", cpp_type(local), cpp_ident(target.name),
                     strip_parens(expr_as(*comp.operands[0], local))));
    forget_comprehension_names(comp);
    declared_.insert(target.name);
  } else {
    std::string item = fresh("item");
    line(fmt::format("{} {} = {};", cpp_type(elem), item, strip_parens(expr_as(*comp.operands[0], elem))));
    forget_comprehension_names(comp);
    assign_target(target, item, elem);
  }
  loops_.push_back(loop);
  block(s.body);
  loops_.pop_back();
  if (declares) declared_.erase(target.name);
  indent_ -= depth;
  for (auto it = closers.rbegin(); it != closers.rend(); ++it) out_ += *it;
  if (!s.orelse.empty()) {
    line(fmt::format("if (!{}) {{", loop.broke_flag));
    ++indent_;
    block(s.orelse);
    --indent_;
    line("}");
  }
  return true;
}

}  // namespace pyxc::codegen
