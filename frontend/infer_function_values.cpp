// Type inference for function values: module functions and builtins named without a call,
// lambdas and nested defs (closures, see closures.hpp), and calls through such values.
//
// A function value's type names the function (and, for a closure, its captured variables'
// types), like the type of a C++ lambda. A call through it instantiates the function for the
// call's argument types, as a direct call would: `apply(square, xs)` makes one `apply` for
// `square`, and inside it `f(x)` is a direct call of `square` at x's type. So calling through
// a function value costs what a direct call costs, and different functions passed to one
// parameter give different instantiations of the receiving function.
#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
bool is_unknown(Type t) { return t->kind == TypeKind::Unknown; }

/// Builtins that may be passed around as values (called later with typed arguments).
bool callable_as_value(const BuiltinFunction& fn) {
  if (fn.rule == BuiltinRule::Fixed || fn.module == "operator") return true;
  static const std::set<std::string> generic = {"abs", "len", "float", "int", "bool", "str"};
  return fn.module.empty() && generic.count(fn.name);
}

const std::map<std::string, BinOp>& operator_binops() {
  static const std::map<std::string, BinOp> ops = {
      {"add", BinOp::Add},       {"sub", BinOp::Sub},           {"mul", BinOp::Mult},
      {"truediv", BinOp::Div},   {"floordiv", BinOp::FloorDiv}, {"mod", BinOp::Mod},
      {"pow", BinOp::Pow},       {"and_", BinOp::BitAnd},       {"or_", BinOp::BitOr},
      {"xor", BinOp::BitXor},    {"lshift", BinOp::LShift},     {"rshift", BinOp::RShift}};
  return ops;
}
}  // namespace

bool FunctionInferrer::is_self_name(const std::string& name) const {
  return inst_.def && inst_.def->nested && !inst_.def->is_lambda && name == inst_.def->name && !is_local(name);
}

Type FunctionInferrer::named_function_value(const Expr& e, const BuiltinFunction* builtin, const FunctionDef* def) {
  if (def) return types::function(def);
  if (!callable_as_value(*builtin)) {
    program_.report(DiagId::unsupported_construct_hint, e.range,
                    "using builtin `" + builtin->name + "` as a value", "wrap it in a lambda");
    return types::unknown();
  }
  if (!builtin->module.empty()) program_.note_python_module(builtin->module);
  return types::builtin_function(builtin);
}

Type FunctionInferrer::lookup_variable(const std::string& name) {
  for (auto scope = comprehension_scopes_.rbegin(); scope != comprehension_scopes_.rend(); ++scope)
    if (auto it = scope->find(name); it != scope->end()) return it->second;
  if (is_self_name(name)) {
    std::vector<Type> captures(inst_.param_types.begin() + static_cast<std::ptrdiff_t>(inst_.def->params.size()),
                               inst_.param_types.end());
    return types::function(inst_.def, captures);
  }
  auto it = inst_.locals.find(name);
  return it == inst_.locals.end() ? types::unknown() : it->second;
}

Type FunctionInferrer::closure_value(const FunctionDef& def, SourceRange at) {
  // Defaults are evaluated where the function is made; pyxc accepts constants there, so a
  // default means the same wherever the function is called from.
  for (const auto& p : def.params) {
    if (!p.default_value) continue;
    ExprKind k = p.default_value->kind;
    bool constant = k == ExprKind::IntLit || k == ExprKind::FloatLit || k == ExprKind::BoolLit ||
                    k == ExprKind::StrLit || k == ExprKind::NoneLit;
    if (!constant) {
      program_.report(DiagId::unsupported_construct_hint, p.default_value->range,
                      "a default value other than a constant in a nested function or lambda",
                      "use a literal, or pass the value as an argument");
      return types::unknown();
    }
  }
  std::vector<Type> captures;
  if (const ClosureInfo* info = program_.closure(&def))
    for (const auto& c : info->captures) captures.push_back(lookup_variable(c.name));
  (void)at;
  return types::function(&def, std::move(captures));
}

void FunctionInferrer::check_escape(Type t, SourceRange at) {
  if (!inst_.def) return;
  const FunctionDef* here = inst_.def;
  contains_function(t, [&](Type f) {
    const ClosureInfo* info = f->def ? program_.closure(f->def) : nullptr;
    if (!info || info->enclosing != here) return false;
    for (const auto& c : info->captures) {
      if (!c.by_reference) continue;
      std::string what = f->def->is_lambda ? "a lambda" : "`" + f->def->name + "`";
      program_.report(DiagId::unsupported_construct_hint, at,
                      "returning " + what + ", which reads `" + c.name + "` after `" + c.name +
                          "` changes,",
                      "assign `" + c.name + "` before defining it, and not again (then it is captured by value)");
      return true;
    }
    return false;
  });
}

Type FunctionInferrer::call_value(const Expr& e, Type fn) {
  if (is_unknown(fn)) {
    for (const auto& arg : e.args) expr(*arg);
    for (const auto& kw : e.keywords) expr(*kw.value);
    return types::unknown();
  }
  if (fn->kind != TypeKind::Function) {
    for (const auto& arg : e.args) expr(*arg);
    program_.report(DiagId::not_callable, e.operands[0]->range, to_string(fn));
    return types::unknown();
  }
  if (fn->def) return call_user(e, *fn->def, fn->children);
  std::vector<Type> args;
  for (const auto& arg : e.args) args.push_back(expr(*arg));
  if (!e.keywords.empty()) {
    program_.report(DiagId::unexpected_keyword, e.keywords[0].range, fn->builtin->name, e.keywords[0].name);
    return types::unknown();
  }
  return invoke(e, e.range, fn, args, /*callback=*/false);
}

Type FunctionInferrer::invoke(const Expr& site, SourceRange at, Type fn, std::vector<Type> args, bool callback) {
  for (Type t : args)
    if (contains_unknown(t)) return types::unknown();
  if (fn->kind != TypeKind::Function) {
    program_.report(DiagId::not_callable, at, to_string(fn));
    return types::unknown();
  }
  if (contains_unknown(fn)) return types::unknown();
  if (fn->builtin) {
    Type result = builtin_value_call(at, fn, args);
    if (callback) inst_.callback_results[&site] = result;
    return result;
  }
  const FunctionDef& def = *fn->def;
  std::string name = def.is_lambda ? "<lambda>" : def.name;
  if (args.size() > def.params.size()) {
    program_.report(DiagId::bad_call_arity, at, name, std::to_string(def.params.size()), args.size());
    return types::unknown();
  }
  for (std::size_t i = args.size(); i < def.params.size(); ++i) {
    if (!def.params[i].default_value) {
      program_.report(DiagId::missing_argument, at, name, def.params[i].name);
      return types::unknown();
    }
    args.push_back(expr(*def.params[i].default_value));
  }
  for (std::size_t i = 0; i < args.size(); ++i)
    if (args[i]->kind == TypeKind::List && args[i]->borrowed && !program_.param_is_readonly(&def, i))
      args[i] = types::list(args[i]->elem());
  args.insert(args.end(), fn->children.begin(), fn->children.end());
  Instantiation* target = program_.instantiate(&def, args);
  inst_.call_targets[&site] = target;
  if (callback) inst_.callback_results[&site] = target->return_type;
  return target->return_type;
}

Type FunctionInferrer::builtin_value_call(SourceRange at, Type fn, const std::vector<Type>& args) {
  const BuiltinFunction& b = *fn->builtin;
  std::string display = b.module.empty() ? b.name : b.module + "." + b.name;
  auto arity = [&](std::size_t n) {
    if (args.size() == n) return true;
    program_.report(DiagId::bad_call_arity, at, display, std::to_string(n), args.size());
    return false;
  };
  auto bad_arg = [&](Type t) {
    program_.report(DiagId::bad_argument_type, at, display, to_string(t));
    return types::unknown();
  };
  if (b.module == "operator") {
    if (auto op = operator_binops().find(b.name); op != operator_binops().end()) {
      if (!arity(2)) return types::unknown();
      return binop(nullptr, op->second, args[0], args[1], at);
    }
    if (b.name == "itemgetter") {
      if (!arity(1)) return types::unknown();
      Type c = args[0];
      if (c->kind == TypeKind::List) return c->elem();
      if (c->kind == TypeKind::Dict) return c->children[1];
      if (c->kind == TypeKind::Str) return program_.note_feature("str"), c;
      if (c->kind == TypeKind::Tuple) {
        auto n = static_cast<std::int64_t>(c->items().size());
        std::int64_t k = fn->constant < 0 ? fn->constant + n : fn->constant;
        if (k >= 0 && k < n) return c->items()[static_cast<std::size_t>(k)];
        program_.report(DiagId::bad_index_type, at, "tuple", "out-of-range constant " + std::to_string(fn->constant));
        return types::unknown();
      }
      return bad_arg(c);
    }
    if (b.name == "neg" || b.name == "pos") {
      if (!arity(1)) return types::unknown();
      if (!is_numeric(args[0])) return bad_arg(args[0]);
      return args[0]->kind == TypeKind::Bool ? types::int_() : args[0];
    }
    if (b.name == "not_" || b.name == "truth") return arity(1) ? types::boolean() : types::unknown();
    if (b.name == "abs") {
      if (!arity(1)) return types::unknown();
      if (!is_numeric(args[0])) return bad_arg(args[0]);
      return args[0]->kind == TypeKind::Complex ? types::float_()
             : args[0]->kind == TypeKind::Bool  ? types::int_()
                                                : args[0];
    }
    // Comparisons: lt le eq ne gt ge.
    if (!arity(2)) return types::unknown();
    bool ordering = b.name != "eq" && b.name != "ne";
    Type l = args[0], r = args[1];
    bool ok = (is_numeric(l) && is_numeric(r) && (!ordering || (l->kind != TypeKind::Complex && r->kind != TypeKind::Complex))) ||
              (l == r && l->kind != TypeKind::Function && (!ordering || l->kind != TypeKind::Dict));
    if (!ok) {
      program_.report(DiagId::type_mismatch_compare, at, to_string(l), to_string(r), "operator." + b.name);
      return types::unknown();
    }
    return types::boolean();
  }
  if (b.rule == BuiltinRule::Fixed) {
    if (const BuiltinSignature* sig = match_signature(b, args)) return sig->result;
    for (const auto& sig : b.signatures)
      if (sig.params.size() == args.size())
        for (std::size_t i = 0; i < args.size(); ++i)
          if (!builtin_accepts(sig.params[i], args[i])) return bad_arg(args[i]);
    program_.report(DiagId::bad_call_arity, at, display, std::to_string(b.signatures[0].params.size()), args.size());
    return types::unknown();
  }
  if (!arity(1)) return types::unknown();
  Type a = args[0];
  if (b.name == "abs") {
    if (!is_numeric(a)) return bad_arg(a);
    return a->kind == TypeKind::Complex ? types::float_() : a->kind == TypeKind::Bool ? types::int_() : a;
  }
  if (b.name == "len") {
    bool sized = a->kind == TypeKind::List || a->kind == TypeKind::Tuple || a->kind == TypeKind::Str ||
                 a->kind == TypeKind::Dict || a->kind == TypeKind::Set || a->kind == TypeKind::Range;
    if (a->kind == TypeKind::Str) program_.note_feature("str");
    return sized ? types::int_() : bad_arg(a);
  }
  if (b.name == "bool") return types::boolean();
  if (b.name == "str") {
    if (!printable(a)) return bad_arg(a);
    program_.note_feature("print");
    return types::str();
  }
  // float and int
  if (a->kind == TypeKind::Str) {
    program_.note_feature("str");
  } else if (!is_numeric(a) || a->kind == TypeKind::Complex) {
    return bad_arg(a);
  }
  return b.name == "float" ? types::float_() : types::int_();
}

}  // namespace pyxc::detail
