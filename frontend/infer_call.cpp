// Type inference for calls: user functions (instantiated per argument types), builtins and
// module functions (from the table in builtins.cpp), and list methods.
#include <algorithm>
#include <set>

#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
bool is_unknown(Type t) { return t->kind == TypeKind::Unknown; }

/// "2" or "1 to 3": how many arguments a call takes, for bad_call_arity.
std::string arity_text(std::size_t lo, std::size_t hi) {
  return lo == hi ? std::to_string(lo) : fmt::format("{} to {}", lo, hi);
}

bool is_sequence(Type t) {
  return t->kind == TypeKind::List || t->kind == TypeKind::Range || t->kind == TypeKind::Tuple ||
         t->kind == TypeKind::Str || t->kind == TypeKind::Dict || t->kind == TypeKind::Set ||
         t->kind == TypeKind::NdArray;
}
}  // namespace

Type FunctionInferrer::isinstance(const Expr& e) {
  // Types are static, so isinstance is decided at compile time (its first argument is still
  // evaluated). Accepted classes: the builtin types, or a tuple of them.
  if (e.args.size() != 2) {
    program_.report(DiagId::bad_call_arity, e.range, "isinstance", "2", e.args.size());
    return types::unknown();
  }
  expr(*e.args[0]);
  std::vector<const Expr*> classes;
  if (e.args[1]->kind == ExprKind::Tuple)
    for (const auto& c : e.args[1]->operands) classes.push_back(c.get());
  else
    classes.push_back(e.args[1].get());
  static const std::set<std::string> known = {"int", "float", "bool", "complex", "str", "list", "tuple"};
  for (const Expr* c : classes) {
    if (c->kind != ExprKind::Name || !known.count(c->name) || is_local(c->name)) {
      program_.report(DiagId::unsupported_construct_hint, c->range, "this isinstance() class",
                      "use int, float, bool, complex, str, list or tuple");
      return types::unknown();
    }
  }
  return types::boolean();
}

Type FunctionInferrer::call(const Expr& e) {
  const Expr& callee = *e.operands[0];
  if (callee.kind == ExprKind::Name && callee.name == "isinstance" && !is_local(callee.name) &&
      !program_.scope().functions.count(callee.name))
    return isinstance(e);
  if (callee.kind == ExprKind::Name && callee.name == "tuple" && !is_local(callee.name) &&
      !program_.scope().functions.count(callee.name)) {
    // A tuple's length is part of its type: tuple() of something whose length is known here.
    if (e.args.empty() && e.keywords.empty()) return types::tuple({});
    if (e.args.size() == 1 && e.keywords.empty() && e.args[0]->kind == ExprKind::List) {
      std::vector<Type> items;  // tuple([a, b]) is (a, b), each item keeping its own type
      for (const auto& item : e.args[0]->operands) items.push_back(expr_optional(*item));
      Type t = types::tuple(std::move(items));
      inst_.expr_types[e.args[0].get()] = t;
      return t;
    }
    std::vector<Type> args;
    for (const auto& arg : e.args) args.push_back(expr(*arg));
    if (e.args.size() == 1 && e.keywords.empty()) {
      unwrap_message(*e.args[0], "'NoneType' object is not iterable");
      if (args[0]->kind == TypeKind::Tuple || is_unknown(args[0])) return args[0];  // a copy of the same tuple
    }
    program_.report(DiagId::unsupported_construct_hint, e.range, "tuple() of an iterable whose length is known only at run time",
                    "a tuple's length is part of its type in pyxc: keep a list (list(...)), or "
                    "write the tuple out, e.g. `(a, b, c)`");
    return types::unknown();
  }
  const ModuleScope& scope = program_.scope();
  // A call through a function value: a local, a parameter, a lambda, a call's result...
  bool value_callee = callee.kind != ExprKind::Attribute &&
                      (callee.kind != ExprKind::Name || is_local(callee.name) || is_self_name(callee.name) ||
                       scope.constant_names.count(callee.name));
  if (value_callee) return call_value(e, expr(callee));
  bool numpy = false;
  if (Type t = numpy_call(e, &numpy); numpy) return t;
  if (callee.kind == ExprKind::Name && !is_local(callee.name))
    if (auto it = scope.functions.find(callee.name); it != scope.functions.end())
      return call_user(e, *it->second);
  // print, str and repr show None; other builtins and methods need values.
  bool shows_none = (callee.kind == ExprKind::Name && !is_local(callee.name) &&
                     (callee.name == "print" || callee.name == "str" || callee.name == "repr")) ||
                    (callee.kind == ExprKind::Attribute && callee.name == "append");
  std::vector<Type> args;
  for (const auto& arg : e.args) args.push_back(shows_none ? expr_optional(*arg) : expr(*arg));
  // The builtin keywords pyxc knows so far: print(..., sep=, end=), sorted(..., key=, reverse=),
  // min/max(..., key=, default=) and list.sort(key=, reverse=).
  bool builtin_name = callee.kind == ExprKind::Name && !is_local(callee.name) && !scope.functions.count(callee.name);
  bool is_print = builtin_name && callee.name == "print";
  bool is_sorted = builtin_name && callee.name == "sorted";
  bool is_minmax = builtin_name && (callee.name == "min" || callee.name == "max");
  bool is_sort_method = callee.kind == ExprKind::Attribute && callee.name == "sort";
  if (is_print || is_sorted || is_minmax || is_sort_method) {
    for (const auto& kw : e.keywords) {
      Type t = expr(*kw.value);
      bool known = is_print ? (kw.name == "sep" || kw.name == "end")
                   : is_minmax ? (kw.name == "key" || kw.name == "default")
                               : (kw.name == "reverse" || kw.name == "key");
      if (!known) {
        program_.report(DiagId::unexpected_keyword, kw.range, callee.name, kw.name);
        return types::unknown();
      }
      bool ok = is_print ? t->kind == TypeKind::Str
                : kw.name == "reverse" ? (t->kind == TypeKind::Bool || t->kind == TypeKind::Int)
                : kw.name == "key" ? (t->kind == TypeKind::Function || t->kind == TypeKind::None)
                                   : true;
      if (!ok && !is_unknown(t)) program_.report(DiagId::bad_argument_type, kw.range, callee.name, to_string(t));
    }
  }
  // Builtins and methods take positional arguments only (so far).
  if (!e.keywords.empty() && !is_print && !is_sorted && !is_minmax && !is_sort_method && !checks_own_keywords(callee)) {
    for (const auto& kw : e.keywords) expr(*kw.value);
    std::string name = callee.kind == ExprKind::Name ? callee.name
                     : callee.kind == ExprKind::Attribute ? callee.name : "this function";
    program_.report(DiagId::unexpected_keyword, e.keywords[0].range, name, e.keywords[0].name);
    return types::unknown();
  }

  if (callee.kind == ExprKind::Name && !is_local(callee.name)) {
    if (auto it = scope.imported_functions.find(callee.name); it != scope.imported_functions.end()) {
      program_.note_python_module(it->second->module);
      return call_builtin(e, *it->second, args);
    }
    if (const auto* fn = find_builtin_function("", callee.name)) return call_builtin(e, *fn, args);
  }
  if (callee.kind == ExprKind::Attribute) {
    const Expr& base = *callee.operands[0];
    if (base.kind == ExprKind::Name && !is_local(base.name)) {
      if (auto it = scope.module_aliases.find(base.name); it != scope.module_aliases.end()) {
        if (const auto* fn = find_builtin_function(it->second, callee.name)) {
          program_.note_python_module(it->second);
          return call_builtin(e, *fn, args);
        }
        std::string hint = closest_name(callee.name, module_member_names(it->second));
        program_.report(DiagId::unknown_attribute, callee.range, it->second, callee.name);
        (void)hint;
        return types::unknown();
      }
    }
    return call_method(e, base, callee.name, args);
  }
  if (callee.kind == ExprKind::Name && !is_local(callee.name)) {
    expr(callee);  // reports the unknown name (with a suggestion)
    return types::unknown();
  }
  Type t = expr(callee);
  if (!is_unknown(t)) program_.report(DiagId::not_callable, callee.range, to_string(t));
  return types::unknown();
}

Type FunctionInferrer::call_user(const Expr& e, const FunctionDef& def, const std::vector<Type>& captures) {
  // Bind arguments to parameters as Python does: positionals first, then keywords by name,
  // then defaults.
  std::vector<const Expr*> bound(def.params.size(), nullptr);
  if (e.args.size() > def.params.size()) {
    program_.report(DiagId::bad_call_arity, e.range, def.name, std::to_string(def.params.size()), e.args.size());
    return types::unknown();
  }
  for (std::size_t i = 0; i < e.args.size(); ++i) bound[i] = e.args[i].get();
  for (const auto& kw : e.keywords) {
    auto it = std::find_if(def.params.begin(), def.params.end(), [&](const Parameter& p) { return p.name == kw.name; });
    if (it == def.params.end()) {
      program_.report(DiagId::unexpected_keyword, kw.range, def.name, kw.name);
      return types::unknown();
    }
    std::size_t index = static_cast<std::size_t>(it - def.params.begin());
    if (bound[index]) {
      program_.report(DiagId::duplicate_argument, kw.range, def.name, kw.name);
      return types::unknown();
    }
    bound[index] = kw.value.get();
  }
  std::vector<Type> args;
  for (std::size_t i = 0; i < bound.size(); ++i) {
    if (!bound[i]) {
      if (!def.params[i].default_value) {
        program_.report(DiagId::missing_argument, e.range, def.name, def.params[i].name);
        return types::unknown();
      }
      bound[i] = def.params[i].default_value.get();
    }
    args.push_back(expr_optional(*bound[i]));  // a compiled function may take None
  }
  args.insert(args.end(), captures.begin(), captures.end());  // a closure's hidden parameters
  for (Type t : args)
    if (contains_unknown(t) && t->kind == TypeKind::Function) return types::unknown();
  for (Type t : args)
    if (is_unknown(t)) return types::unknown();
  for (std::size_t i = 0; i < args.size(); ++i) {
    // Only a read-only parameter may receive a borrowed list; elsewhere the callee gets a copy.
    if (args[i]->kind == TypeKind::List && args[i]->borrowed && !program_.param_is_readonly(&def, i))
      args[i] = types::list(args[i]->elem());
  }
  Instantiation* target = program_.instantiate(&def, args);
  inst_.call_targets[&e] = target;
  inst_.call_args[&e] = std::move(bound);
  return target->return_type;
}

Type FunctionInferrer::call_builtin(const Expr& e, const BuiltinFunction& fn,
                                    const std::vector<Type>& given) {
  for (Type t : given)
    if (is_unknown(t)) return types::unknown();
  std::vector<Type> args = given;  // float(x) of a 0-d array x: of its element
  for (Type& t : args)
    if (Type scalar = zero_dim_element(fn, t)) t = scalar;
  std::string display = fn.module.empty() ? fn.name : fn.module + "." + fn.name;
  auto arity = [&](std::size_t lo, std::size_t hi) {
    if (args.size() >= lo && args.size() <= hi) return true;
    program_.report(DiagId::bad_call_arity, e.range, display,
                    arity_text(lo, hi),
                    args.size());
    return false;
  };
  auto bad_arg = [&](Type t) -> Type {
    program_.report(DiagId::bad_argument_type, e.range, display, to_string(t));
    return types::unknown();
  };
  switch (fn.rule) {
    case BuiltinRule::Fixed: {
      if (const BuiltinSignature* sig = match_signature(fn, args)) return sig->result;
      for (const auto& sig : fn.signatures)
        if (sig.params.size() == args.size())
          for (std::size_t i = 0; i < args.size(); ++i)
            if (!builtin_accepts(sig.params[i], args[i])) return bad_arg(args[i]);
      std::size_t lo = SIZE_MAX, hi = 0;
      for (const auto& sig : fn.signatures) {
        lo = std::min(lo, sig.params.size());
        hi = std::max(hi, sig.params.size());
      }
      arity(lo, hi);
      return types::unknown();
    }
    case BuiltinRule::Len:
      if (!arity(1, 1)) return types::unknown();
      if (reject_zero_dim(args[0], e.args[0]->range)) return types::unknown();  // numpy: TypeError, len() of unsized object
      return is_sequence(args[0]) ? types::int_() : bad_arg(args[0]);
    case BuiltinRule::Sum: {
      if (!arity(1, 2)) return types::unknown();
      Type elem = iterate(args[0]);
      if (!elem || !is_numeric(elem)) return bad_arg(args[0]);
      Type result = elem->kind == TypeKind::Bool ? types::int_() : elem;
      if (args.size() == 2) {
        if (!is_numeric(args[1])) return bad_arg(args[1]);
        result = join(result, args[1]->kind == TypeKind::Bool ? types::int_() : args[1]);
      }
      return result;
    }
    case BuiltinRule::MinMax: {
      if (args.empty()) return arity(1, SIZE_MAX), types::unknown();
      bool keyed = has_key(e);
      if (args.size() == 1) {
        Type elem = iterate(args[0]);
        if (!elem || (!keyed && elem->kind == TypeKind::Complex) || elem->kind == TypeKind::Unknown)
          return bad_arg(args[0]);
        if (keyed && !check_key(e, elem)) return types::unknown();
        return minmax_default(e, elem);
      }
      Type result = types::unknown();
      for (Type t : args) {
        Type joined = join(result, t);
        if (!joined || (!keyed && (t->kind == TypeKind::Complex || t->kind == TypeKind::List))) return bad_arg(t);
        result = joined;
      }
      if (keyed && !check_key(e, result)) return types::unknown();
      for (const auto& kw : e.keywords)
        if (kw.name == "default") {
          program_.report(DiagId::unexpected_keyword, kw.range, fn.name + "() with several arguments", kw.name);
          return types::unknown();
        }
      return result;
    }
    case BuiltinRule::Abs:
      if (!arity(1, 1)) return types::unknown();
      if (args[0]->kind == TypeKind::NdArray) {  // abs(a) is np.abs(a) (of a 0-d a, a numpy scalar)
        program_.note_python_module("numpy");
        Dtype d = args[0]->dtype;
        Dtype real = d == Dtype::Complex64 ? Dtype::Float32 : d == Dtype::Complex128 ? Dtype::Float64 : d;
        return args[0]->rank == 0 ? dtype_scalar_type(real) : types::ndarray(real, args[0]->rank);
      }
      if (args[0]->kind == TypeKind::Complex) return types::float_();
      if (args[0]->kind == TypeKind::Bool) return types::int_();
      return is_numeric(args[0]) ? args[0] : bad_arg(args[0]);
    case BuiltinRule::ToFloat:
      if (!arity(0, 1)) return types::unknown();
      if (args.empty()) return types::float_();
      if (args[0]->kind == TypeKind::Str) return program_.note_feature("str"), types::float_();
      return is_numeric(args[0]) && args[0]->kind != TypeKind::Complex ? types::float_() : bad_arg(args[0]);
    case BuiltinRule::ToInt:
      if (!arity(0, 1)) return types::unknown();
      if (args.empty()) return types::int_();
      if (args[0]->kind == TypeKind::Str) return program_.note_feature("str"), types::int_();
      return is_numeric(args[0]) && args[0]->kind != TypeKind::Complex ? types::int_() : bad_arg(args[0]);
    case BuiltinRule::ToBool:
      if (!arity(0, 1)) return types::unknown();
      return types::boolean();
    case BuiltinRule::ToComplex:
      if (!arity(0, 2)) return types::unknown();
      for (Type t : args)
        if (!is_numeric(t)) return bad_arg(t);
      return types::complex_();
    case BuiltinRule::Choice: {
      if (!arity(1, 1)) return types::unknown();
      Type elem = iterate(args[0]);
      bool indexable = args[0]->kind == TypeKind::List || args[0]->kind == TypeKind::Range;
      return elem && indexable ? elem : bad_arg(args[0]);
    }
    case BuiltinRule::Shuffle:
      if (!arity(1, 1)) return types::unknown();
      return args[0]->kind == TypeKind::List && !args[0]->borrowed ? types::none() : bad_arg(args[0]);
    case BuiltinRule::Sample: {
      if (!arity(2, 2)) return types::unknown();
      Type elem = iterate(args[0]);
      bool indexable = args[0]->kind == TypeKind::List || args[0]->kind == TypeKind::Range;
      if (!elem || !indexable) return bad_arg(args[0]);
      if (args[1]->kind != TypeKind::Int && args[1]->kind != TypeKind::Bool) return bad_arg(args[1]);
      return types::list(elem);
    }
    case BuiltinRule::Enumerate: {
      if (!arity(1, 2)) return types::unknown();
      Type elem = iterate(args[0]);
      if (!elem) return bad_arg(args[0]);
      if (args.size() == 2 && args[1]->kind != TypeKind::Int && args[1]->kind != TypeKind::Bool) return bad_arg(args[1]);
      return types::iterator(types::tuple({types::int_(), elem}));
    }
    case BuiltinRule::Zip: {
      if (!arity(1, 3)) return types::unknown();
      std::vector<Type> items;
      for (Type t : args) {
        Type elem = iterate(t);
        if (!elem) return bad_arg(t);
        items.push_back(elem);
      }
      return types::iterator(types::tuple(items));
    }
    case BuiltinRule::Reversed:
      if (!arity(1, 1)) return types::unknown();
      if (args[0]->kind != TypeKind::List && args[0]->kind != TypeKind::Range) return bad_arg(args[0]);
      return types::iterator(iterate(args[0]));
    case BuiltinRule::Sorted: {
      if (!arity(1, 1)) return types::unknown();
      Type elem = iterate(args[0]);
      if (has_key(e)) {
        if (!elem) return bad_arg(args[0]);
        return check_key(e, elem) ? types::list(elem) : types::unknown();
      }
      if (!elem || elem->kind == TypeKind::Complex || elem->kind == TypeKind::None) return bad_arg(args[0]);
      return types::list(elem);
    }
    case BuiltinRule::ToList: {
      if (!arity(0, 1)) return types::unknown();
      if (args.empty()) return types::list(types::unknown());
      Type elem = iterate(args[0]);
      return elem ? types::list(elem) : bad_arg(args[0]);
    }
    case BuiltinRule::AnyAll:
      if (!arity(1, 1)) return types::unknown();
      return iterate(args[0]) ? types::boolean() : bad_arg(args[0]);
    case BuiltinRule::Round:
      if (!arity(1, 2)) return types::unknown();
      if (args[0]->kind != TypeKind::Float && args[0]->kind != TypeKind::Int && args[0]->kind != TypeKind::Bool)
        return bad_arg(args[0]);
      if (args.size() == 2 && args[1]->kind != TypeKind::Int && args[1]->kind != TypeKind::Bool) return bad_arg(args[1]);
      return args.size() == 2 && args[0]->kind == TypeKind::Float ? types::float_() : types::int_();
    case BuiltinRule::Divmod: {
      if (!arity(2, 2)) return types::unknown();
      Type t = join(args[0], args[1]);
      if (!t || !is_numeric(t) || t->kind == TypeKind::Complex) return bad_arg(args[1]);
      if (t->kind == TypeKind::Bool) t = types::int_();
      return types::tuple({t, t});
    }
    case BuiltinRule::Pow:
      if (!arity(2, 3)) return types::unknown();
      if (args.size() == 3) {
        for (Type t : args)
          if (t->kind != TypeKind::Int && t->kind != TypeKind::Bool) return bad_arg(t);
        return types::int_();
      }
      return binop(e.args[1].get(), BinOp::Pow, args[0], args[1], e.range);
    case BuiltinRule::ToSet: {
      if (!arity(0, 1)) return types::unknown();
      if (args.empty()) return types::set(types::unknown());
      Type elem = iterate(args[0]);
      return elem ? types::set(elem) : bad_arg(args[0]);
    }
    case BuiltinRule::ToDict:
      if (!arity(0, 0)) return types::unknown();
      return types::dict(types::unknown(), types::unknown());
    case BuiltinRule::IsInstance:
      return types::boolean();  // handled by isinstance() before the arguments are typed
    case BuiltinRule::Next:
      return next_builtin(e, args);
    case BuiltinRule::Itertools:
    case BuiltinRule::Bisect:
      return module_call(e, fn, args);
    case BuiltinRule::Print:
      for (Type t : args)
        if (!printable(t)) return bad_arg(t);
      program_.note_feature("print");
      return types::none();
    case BuiltinRule::ToStr:
    case BuiltinRule::Repr:
      if (!arity(fn.rule == BuiltinRule::Repr ? 1 : 0, 1)) return types::unknown();
      if (!args.empty() && !printable(args[0])) return bad_arg(args[0]);
      program_.note_feature("print");
      return types::str();
    case BuiltinRule::Numpy:
      return types::unknown();  // typed by numpy_call() before reaching here
    case BuiltinRule::Operator:
      return builtin_value_call(e.range, types::builtin_function(&fn), args);
    case BuiltinRule::ItemGetter: {
      // The index is a constant: a tuple's item type depends on it.
      if (!arity(1, 1)) return types::unknown();
      const Expr& k = *e.args[0];
      bool negative = k.kind == ExprKind::UnaryOp && k.unop == UnaryOp::Neg && k.operands[0]->kind == ExprKind::IntLit;
      if (k.kind != ExprKind::IntLit && !negative) {
        program_.report(DiagId::unsupported_construct_hint, k.range, "a non-constant operator.itemgetter index",
                        "use an int literal, or a lambda");
        return types::unknown();
      }
      return types::builtin_function(&fn, negative ? -k.operands[0]->int_value : k.int_value);
    }
    case BuiltinRule::Map:
    case BuiltinRule::Filter:
    case BuiltinRule::Reduce:
      return functional_builtin(e, fn, args);
    case BuiltinRule::Range:
      if (!arity(1, 3)) return types::unknown();
      for (Type t : args)
        if (t->kind != TypeKind::Int && t->kind != TypeKind::Bool) return bad_arg(t);
      return types::range();
  }
  return types::unknown();
}

Type FunctionInferrer::call_method(const Expr& e, const Expr& receiver, const std::string& method,
                                   const std::vector<Type>& args) {
  Type t = expr(receiver);
  unwrap_message(receiver, "'NoneType' object has no attribute '" + method + "'", /*attribute=*/true);
  inst_.expr_types[e.operands[0].get()] = types::unknown();
  if (is_unknown(t)) return t;
  if (t->kind == TypeKind::List && !t->borrowed && method == "append") {
    if (args.size() != 1) {
      program_.report(DiagId::bad_call_arity, e.range, "list.append", "1", args.size());
      return types::unknown();
    }
    Type value = args[0];
    if (is_unknown(value)) return types::none();
    if (value->kind == TypeKind::List && value->borrowed) value = types::list(value->elem());
    Type elem = t->elem();
    // `xs = []` followed by `xs.append(1.0)`: the append decides the element type.
    if (receiver.kind == ExprKind::Name && is_local(receiver.name)) {
      Type joined = join(elem, value);
      if (!joined || (!is_unknown(elem) && joined != elem && !contains_unknown(elem))) {
        program_.report(DiagId::list_element_conflict, e.range, to_string(elem), to_string(value));
        return types::none();
      }
      assign_name(receiver.name, types::list(joined), receiver.range);
      return types::none();
    }
    if (join(elem, value) != elem) {
      program_.report(DiagId::list_element_conflict, e.range, to_string(elem), to_string(value));
    }
    return types::none();
  }
  if (t->kind == TypeKind::List && !t->borrowed && method == "sort") {
    if (!args.empty()) {
      program_.report(DiagId::bad_call_arity, e.range, "list.sort", "0", args.size());
      return types::unknown();
    }
    Type elem = t->elem();
    if (is_unknown(elem)) return types::none();
    if (has_key(e)) return check_key(e, elem) ? types::none() : types::unknown();
    if (elem->kind == TypeKind::Complex || elem->kind == TypeKind::None) {
      program_.report(DiagId::type_mismatch_compare, e.range, to_string(elem), to_string(elem), "`<`");
      return types::unknown();
    }
    program_.note_feature("functional");
    return types::none();
  }
  if (t->kind == TypeKind::Dict || t->kind == TypeKind::Set) return container_method(e, receiver, t, method, args);
  if (t->kind == TypeKind::Str) return str_method(e, method, args);
  program_.report(DiagId::unknown_method, e.operands[0]->range, to_string(t), method);
  return types::unknown();
}

Type FunctionInferrer::str_method(const Expr& e, const std::string& method, const std::vector<Type>& args) {
  for (Type a : args)
    if (is_unknown(a)) return types::unknown();
  program_.note_feature("str");
  std::string display = "str." + method;
  if (method == "join") {
    Type elem = args.size() == 1 ? iterate(args[0]) : nullptr;
    if (args.size() != 1 || !elem || elem->kind != TypeKind::Str) {
      program_.report(DiagId::bad_argument_type, e.range, display, args.empty() ? "nothing" : to_string(args[0]));
      return types::unknown();
    }
    return types::str();
  }
  if (method == "format") {
    for (Type a : args)
      if (!(is_numeric(a) || a->kind == TypeKind::Str || a->kind == TypeKind::None)) {
        program_.report(DiagId::bad_argument_type, e.range, display, to_string(a));
        return types::unknown();
      }
    return types::str();
  }
  const StrMethod* m = find_str_method(method);
  if (!m) {
    program_.report(DiagId::unknown_method, e.operands[0]->range, "str", method);
    return types::unknown();
  }
  if (args.size() < m->required || args.size() > m->params.size()) {
    program_.report(DiagId::bad_call_arity, e.range, display,
                    arity_text(m->required, m->params.size()),
                    args.size());
    return types::unknown();
  }
  for (std::size_t i = 0; i < args.size(); ++i)
    if (!builtin_accepts(m->params[i], args[i])) {
      program_.report(DiagId::bad_argument_type, e.args[i]->range, display, to_string(args[i]));
      return types::unknown();
    }
  return m->result;
}

Type FunctionInferrer::container_method(const Expr& e, const Expr& receiver, Type t, const std::string& method,
                                        const std::vector<Type>& args) {
  for (Type a : args)
    if (is_unknown(a)) return types::unknown();
  std::string display = (t->kind == TypeKind::Dict ? "dict." : "set.") + method;
  auto arity = [&](std::size_t lo, std::size_t hi) {
    if (args.size() >= lo && args.size() <= hi) return true;
    program_.report(DiagId::bad_call_arity, e.range, display,
                    arity_text(lo, hi), args.size());
    return false;
  };
  auto fits = [&](Type slot, Type value) { return is_unknown(slot) || join(slot, value) == slot; };
  auto bad_arg = [&](Type a) {
    program_.report(DiagId::bad_argument_type, e.range, display, to_string(a));
    return types::unknown();
  };
  // An empty `{}` / set() local takes its types from the first insertion.
  auto widen = [&](Type wider) {
    if (receiver.kind == ExprKind::Name && is_local(receiver.name) && contains_unknown(t))
      assign_name(receiver.name, wider, receiver.range);
  };
  if (t->kind == TypeKind::Dict) {
    Type key = t->children[0], value = t->children[1];
    if (method == "get" || method == "pop" || method == "setdefault") {
      if (!arity(method == "setdefault" ? 2 : 1, 2)) return types::unknown();
      if (!fits(key, args[0])) return bad_arg(args[0]);
      none_key(*e.args[0], args[0], key, t, /*lookup=*/method == "pop" && args.size() == 1);
      if (method == "get" && args.size() == 1) {  // the value, or None
        if (!may_be_optional(value) && !contains_unknown(value)) return bad_arg(args[0]);
        return types::optional(value);
      }
      if (args.size() == 2 && !fits(value, args[1])) return bad_arg(args[1]);
      if (method == "setdefault") widen(types::dict(join(key, args[0]), join(value, args[1])));
      return args.size() == 2 ? join(value, args[1]) : value;
    }
    if (method == "keys" && arity(0, 0)) return types::iterator(key);
    if (method == "values" && arity(0, 0)) return types::iterator(value);
    if (method == "items" && arity(0, 0)) return types::iterator(types::tuple({key, value}));
    if (method == "clear" && arity(0, 0)) return types::none();
    if (method == "copy" && arity(0, 0)) return t;
    if (method == "popitem" && arity(0, 0)) return types::tuple({key, value});
    if (method == "update" && arity(1, 1)) {
      Type joined = join(t, args[0]);
      if (!joined || args[0]->kind != TypeKind::Dict) return bad_arg(args[0]);
      widen(joined);
      return types::none();
    }
  } else {
    Type elem = t->elem();
    if (method == "add" || method == "discard" || method == "remove") {
      if (!arity(1, 1)) return types::unknown();
      if (!fits(elem, args[0])) return bad_arg(args[0]);
      Type item = none_key(*e.args[0], args[0], elem, t, /*lookup=*/method == "remove");
      if (method == "add") widen(types::set(join(elem, item)));
      return types::none();
    }
    if (method == "pop" && arity(0, 0)) return elem;
    if (method == "clear" && arity(0, 0)) return types::none();
    if (method == "copy" && arity(0, 0)) return t;
    static const std::set<std::string> algebra = {"union", "intersection", "difference", "symmetric_difference"};
    static const std::set<std::string> updates = {"update", "intersection_update", "difference_update",
                                                  "symmetric_difference_update"};
    static const std::set<std::string> tests = {"issubset", "issuperset", "isdisjoint"};
    if ((algebra.count(method) || updates.count(method) || tests.count(method)) && arity(1, 1)) {
      Type joined = join(t, args[0]);
      if (!joined || args[0]->kind != TypeKind::Set) return bad_arg(args[0]);
      if (tests.count(method)) return types::boolean();
      if (updates.count(method)) {
        widen(joined);
        return types::none();
      }
      return joined;
    }
  }
  static const std::set<std::string> dict_methods = {"get", "pop", "setdefault", "keys", "values", "items",
                                                     "clear", "copy", "popitem", "update"};
  static const std::set<std::string> set_methods = {
      "add", "discard", "remove", "pop", "clear", "copy", "union", "intersection", "difference",
      "symmetric_difference", "update", "intersection_update", "difference_update",
      "symmetric_difference_update", "issubset", "issuperset", "isdisjoint"};
  const auto& known = t->kind == TypeKind::Dict ? dict_methods : set_methods;
  if (!known.count(method))  // (a known method with the wrong arguments was reported above)
    program_.report(DiagId::unknown_method, e.operands[0]->range, to_string(t), method);
  return types::unknown();
}

}  // namespace pyxc::detail
