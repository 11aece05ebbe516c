// Type inference for expressions: names, literals, operators, subscripts, comprehensions.
#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
bool is_unknown(Type t) { return t->kind == TypeKind::Unknown; }
bool is_intlike(Type t) { return t->kind == TypeKind::Int || t->kind == TypeKind::Bool; }
}  // namespace

Type FunctionInferrer::iterate(Type t) {
  if (t->kind == TypeKind::Str) program_.note_feature("str");  // iterating a str needs str_chars
  return iteration_type(t);
}

void FunctionInferrer::report_not_iterable(SourceRange at, Type t) {
  if (t->kind == TypeKind::NdArray && t->rank == 0) program_.report(DiagId::zero_dim_iteration, at);
  else program_.report(DiagId::not_iterable, at, to_string(t));
}

Type FunctionInferrer::expr(const Expr& e) {
  Type t = expr_optional(e);
  if (t->kind != TypeKind::Optional) return t;
  auto& u = inst_.unwraps[&e];
  u.proven = proven_non_none(e);
  if (u.message.empty()) u.message = "'NoneType' object used as " + with_article(t->elem());
  return t->elem();
}

Type FunctionInferrer::expr_optional(const Expr& e) {
  inst_.unwraps.erase(&e);
  Type t = expr_uncached(e);
  if (!t) t = types::unknown();
  inst_.expr_types[&e] = t;
  // A local proven non-None here is its value: `return best` after `if best is None: return`.
  if (t->kind == TypeKind::Optional && proven_non_none(e)) {
    inst_.unwraps[&e].proven = true;
    return t->elem();
  }
  return t;
}

bool FunctionInferrer::proven_non_none(const Expr& e) const {
  if (e.kind != ExprKind::Name || !non_none_.count(e.name)) return false;
  for (const auto& scope : comprehension_scopes_)
    if (scope.count(e.name)) return false;  // a comprehension variable shadows the local
  return true;
}

void FunctionInferrer::unwrap_message(const Expr& e, std::string message, bool attribute) {
  auto it = inst_.unwraps.find(&e);
  if (it == inst_.unwraps.end()) return;
  it->second.message = std::move(message);
  it->second.attribute = attribute;
}

Type FunctionInferrer::none_key(const Expr& key, Type key_type, Type slot, Type container, bool lookup) {
  auto it = inst_.unwraps.find(&key);
  if (it == inst_.unwraps.end() || it->second.proven) return key_type;
  if (slot->kind == TypeKind::Optional || contains_unknown(slot)) {
    // The container holds None (or its first insertion decides, `e = {}; e[find(x)] = 1`):
    // the key goes in as it is.
    inst_.unwraps.erase(it);
    return inst_.expr_types[&key];
  }
  if (lookup) {
    // None is never in the container: KeyError(None), as CPython's failed lookup.
    it->second.message = "None";
    it->second.kind = "KeyError";
  } else {
    // CPython would store None or return the default; the container's type is fixed.
    program_.report(DiagId::unsupported_construct_hint, key.range,
                    "a key or item that may be None with " + with_article(container) + " (which cannot hold None)",
                    "test that it is not None first");
  }
  return key_type;
}

std::string python_type_name(Type t) {
  switch (t->kind) {
    case TypeKind::None: return "NoneType";
    case TypeKind::NdArray: return "numpy.ndarray";
    case TypeKind::List: return "list";
    case TypeKind::Tuple: return "tuple";
    case TypeKind::Dict: return "dict";
    case TypeKind::Set: return "set";
    case TypeKind::Optional: return python_type_name(t->elem());
    default: return to_string(t);
  }
}

Type FunctionInferrer::expr_uncached(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: return name(e);
    case ExprKind::IntLit: return types::int_();
    case ExprKind::FloatLit: return types::float_();
    case ExprKind::ImagLit: return types::complex_();
    case ExprKind::BoolLit: return types::boolean();
    case ExprKind::NoneLit: return types::none();
    case ExprKind::StrLit: return types::str();
    case ExprKind::BinOp: {
      Type l = expr(*e.operands[0]);
      Type r = expr(*e.operands[1]);
      for (int side = 0; side < 2; ++side)
        unwrap_message(*e.operands[side], fmt::format("unsupported operand type(s) for {}: '{}' and '{}'",
                                                      spelling(e.binop), side ? python_type_name(l) : "NoneType",
                                                      side ? "NoneType" : python_type_name(r)));
      return binop(e.operands[1].get(), e.binop, l, r, e.range);
    }
    case ExprKind::UnaryOp: return unary(e);
    case ExprKind::BoolOp: return boolop(e);
    case ExprKind::Compare: return compare(e);
    case ExprKind::IfExp: return ifexp(e);
    case ExprKind::Call: return call(e);
    case ExprKind::Attribute: return attribute(e);
    case ExprKind::Subscript: return subscript(e);
    case ExprKind::List: return list_literal(e);
    case ExprKind::Tuple: {
      std::vector<Type> items;
      for (const auto& item : e.operands) items.push_back(expr_optional(*item));  // items may be None
      return types::tuple(std::move(items));
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp: return list_comp(e);
    case ExprKind::FString: return fstring(e);
    case ExprKind::FormattedValue: return types::str();  // typed by fstring()
    case ExprKind::GenExp: return gen_exp(e);
    case ExprKind::Yield: return yield_value(e);
    case ExprKind::Dict: {
      Type key = types::unknown(), value = types::unknown();
      for (std::size_t i = 0; i + 1 < e.operands.size(); i += 2) {
        Type k = expr(*e.operands[i]), v = expr_optional(*e.operands[i + 1]);
        if (k->kind == TypeKind::Function || v->kind == TypeKind::Function) {
          program_.report(DiagId::unsupported_construct, e.operands[k->kind == TypeKind::Function ? i : i + 1]->range,
                          "a function stored in a dict");
          return types::unknown();
        }
        if (k->kind == TypeKind::List || k->kind == TypeKind::Dict || k->kind == TypeKind::Set) {
          program_.report(DiagId::bad_index_type, e.operands[i]->range, "dict", "unhashable " + to_string(k));
          return types::unknown();
        }
        Type jk = join(key, k), jv = join(value, v);
        if (!jk || !jv) {
          program_.report(DiagId::list_element_conflict, e.operands[!jk ? i : i + 1]->range,
                          to_string(!jk ? key : value), to_string(!jk ? k : v));
          return types::unknown();
        }
        key = jk;
        value = jv;
      }
      return types::dict(key, value);
    }
    case ExprKind::Set: {
      Type elem = types::unknown();
      for (const auto& item : e.operands) {
        Type t = expr(*item);
        if (t->kind == TypeKind::Function) {
          program_.report(DiagId::unsupported_construct, item->range, "a function stored in a set");
          return types::unknown();
        }
        Type joined = join(elem, t);
        if (!joined) {
          program_.report(DiagId::list_element_conflict, item->range, to_string(elem), to_string(t));
          return types::unknown();
        }
        elem = joined;
      }
      return types::set(elem);
    }
    case ExprKind::Slice:
      program_.report(DiagId::unsupported_construct, e.range, "a slice outside a subscript");
      return types::unknown();
    case ExprKind::Lambda: return closure_value(*e.function, e.range);
    case ExprKind::Ellipsis:
      program_.report(DiagId::unsupported_construct_hint, e.range, "`...` (Ellipsis) here",
                      "it is supported only in the index of a numpy array (a[..., 0])");
      return types::unknown();
  }
  return types::unknown();
}

Type FunctionInferrer::name(const Expr& e) {
  for (auto scope = comprehension_scopes_.rbegin(); scope != comprehension_scopes_.rend(); ++scope)
    if (auto it = scope->find(e.name); it != scope->end()) return it->second;
  if (is_local(e.name)) {
    // Outside loops, source order is execution order: a read before any assignment always
    // fails (CPython raises UnboundLocalError). Inside a loop an earlier iteration may assign.
    if (loop_depth_ == 0 && !assigned_so_far_.count(e.name))
      program_.report(DiagId::used_before_assignment, e.range, e.name);
    auto it = inst_.locals.find(e.name);
    return it == inst_.locals.end() ? types::unknown() : it->second;
  }
  if (is_self_name(e.name)) return lookup_variable(e.name);
  const ModuleScope& scope = program_.scope();
  if (scope.constant_names.count(e.name)) return program_.constant_type(e.name);
  if (auto it = scope.imported_constants.find(e.name); it != scope.imported_constants.end()) {
    program_.note_python_module(it->second->module);
    return it->second->type;
  }
  if (auto it = scope.functions.find(e.name); it != scope.functions.end())
    return named_function_value(e, nullptr, it->second);
  if (auto it = scope.imported_functions.find(e.name); it != scope.imported_functions.end())
    return named_function_value(e, it->second, nullptr);
  if (const auto* fn = find_builtin_function("", e.name)) return named_function_value(e, fn, nullptr);
  if (scope.module_aliases.count(e.name)) {
    program_.report(DiagId::unsupported_construct, e.range, "using module `" + e.name + "` as a value");
    return types::unknown();
  }
  if (e.name == "eval" || e.name == "exec") {
    program_.report(DiagId::unsupported_construct_hint, e.range, "`" + e.name + "`",
                    "pyxc compiles code it can see: write the code itself in the function");
    return types::unknown();
  }
  std::vector<std::string> candidates = scope.all_names();
  candidates.insert(candidates.end(), local_names_.begin(), local_names_.end());
  std::string hint = closest_name(e.name, candidates);
  if (hint.empty())
    program_.report(DiagId::unknown_name, e.range, e.name);
  else
    program_.report(DiagId::unknown_name_hint, e.range, e.name, hint);
  return types::unknown();
}

Type FunctionInferrer::binop(const Expr* exponent_expr, BinOp op, Type l, Type r, SourceRange at) {
  if (is_unknown(l) || is_unknown(r)) return types::unknown();
  if (l->kind == TypeKind::NdArray || r->kind == TypeKind::NdArray) return ndarray_binop(op, l, r, at);
  auto mismatch = [&]() -> Type {
    program_.report(DiagId::type_mismatch_binop, at, spelling(op), to_string(l), to_string(r));
    return types::unknown();
  };
  if (is_numeric(l) && is_numeric(r)) {
    Type joined = join(l, r);
    Type arith = joined->kind == TypeKind::Bool ? types::int_() : joined;  // True + True == 2
    bool complex = joined->kind == TypeKind::Complex;
    switch (op) {
      case BinOp::Add:
      case BinOp::Sub:
      case BinOp::Mult:
        return arith;
      case BinOp::Div:
        return complex ? joined : types::float_();
      case BinOp::FloorDiv:
      case BinOp::Mod:
        return complex ? mismatch() : arith;
      case BinOp::Pow:
        // int ** negative-constant is a float in Python (2 ** -1 == 0.5).
        if (arith->kind == TypeKind::Int && exponent_expr) {
          const Expr& exponent = *exponent_expr;
          if (exponent.kind == ExprKind::UnaryOp && exponent.unop == UnaryOp::Neg &&
              exponent.operands[0]->kind == ExprKind::IntLit && exponent.operands[0]->int_value > 0)
            return types::float_();
        }
        return arith;
      case BinOp::BitAnd:
      case BinOp::BitOr:
      case BinOp::BitXor:
        if (l->kind == TypeKind::Bool && r->kind == TypeKind::Bool) return types::boolean();
        [[fallthrough]];
      case BinOp::LShift:
      case BinOp::RShift:
        return is_intlike(l) && is_intlike(r) ? types::int_() : mismatch();
      case BinOp::MatMult:
        return mismatch();
    }
  }
  if (op == BinOp::Add && l == r && (l->kind == TypeKind::Str)) return l;
  if (op == BinOp::Mult && ((l->kind == TypeKind::Str && is_intlike(r)) || (r->kind == TypeKind::Str && is_intlike(l)))) {
    program_.note_feature("str");
    return types::str();
  }
  if (op == BinOp::Mod && l->kind == TypeKind::Str) {  // "%d items" % n
    program_.note_feature("str");
    return types::str();
  }
  if (l->kind == TypeKind::Set && r->kind == TypeKind::Set &&
      (op == BinOp::BitOr || op == BinOp::BitAnd || op == BinOp::Sub || op == BinOp::BitXor)) {
    Type joined = join(l, r);
    return joined ? joined : mismatch();
  }
  if (op == BinOp::Add && l->kind == TypeKind::List && r->kind == TypeKind::List) {
    Type joined = join(types::list(l->elem()), types::list(r->elem()));
    return joined ? joined : mismatch();
  }
  if (op == BinOp::Mult && l->kind == TypeKind::List && is_intlike(r)) return types::list(l->elem());
  if (op == BinOp::Mult && r->kind == TypeKind::List && is_intlike(l)) return types::list(r->elem());
  return mismatch();
}

Type FunctionInferrer::unary(const Expr& e) {
  Type t = e.unop == UnaryOp::Not ? expr_optional(*e.operands[0]) : expr(*e.operands[0]);
  unwrap_message(*e.operands[0], fmt::format("bad operand type for unary {}: 'NoneType'", spelling(e.unop)));
  if (is_unknown(t)) return t;
  if (t->kind == TypeKind::NdArray) return ndarray_unary(e, t);
  switch (e.unop) {
    case UnaryOp::Not: return types::boolean();
    case UnaryOp::Neg:
    case UnaryOp::Pos:
      if (is_numeric(t)) return t->kind == TypeKind::Bool ? types::int_() : t;
      break;
    case UnaryOp::Invert:
      if (is_intlike(t)) return types::int_();
      break;
  }
  program_.report(DiagId::type_mismatch_unary, e.range, spelling(e.unop), to_string(t));
  return types::unknown();
}

Type FunctionInferrer::boolop(const Expr& e) {
  // `a and b` returns one of its operands, so the operands must share a type (numbers widen).
  // Each operand runs only when the ones before it were truthy (and) or falsy (or): `x is None
  // or v > x` reads x proven non-None.
  std::set<std::string> before = non_none_;
  Type result = types::unknown();
  for (const auto& operand : e.operands) {
    // `x is None or x > 3` where x is None-typed: the first operand decides, the rest is dead.
    if (std::optional<bool> truth = static_truth(*operand); truth && *truth == (e.boolop == BoolOp::Or)) {
      inst_.static_tests[operand.get()] = *truth;
      Type t = expr_optional(*operand);
      result = join(result, t) ? join(result, t) : t;
      break;
    }
    Type t = expr_optional(*operand);
    if (is_unknown(t)) {
      result = t;
      break;
    }
    Type joined = join(result, t);
    if (!joined) {
      program_.report(DiagId::type_mismatch_binop, e.range, spelling(e.boolop), to_string(result),
                      to_string(t));
      result = types::unknown();
      break;
    }
    result = joined;
    narrow(*operand, e.boolop == BoolOp::And);
  }
  non_none_ = before;
  return result;
}

Type FunctionInferrer::compare(const Expr& e) {
  // An operand compared only by identity or equality may be None (`x is None`, `x == y`);
  // ordering and `in` unwrap it, raising CPython's TypeError when it is None.
  // The item tested by `in` may be None too: `None in [1, 2]` is False.
  auto equality = [](CmpOp op) { return op == CmpOp::Is || op == CmpOp::IsNot || op == CmpOp::Eq || op == CmpOp::NotEq; };
  auto membership = [](CmpOp op) { return op == CmpOp::In || op == CmpOp::NotIn; };
  std::vector<Type> operand_types;
  for (std::size_t i = 0; i < e.operands.size(); ++i) {
    bool keep = (i == 0 || equality(e.cmp_ops[i - 1])) &&
                (i == e.cmp_ops.size() || equality(e.cmp_ops[i]) || membership(e.cmp_ops[i]));
    const Expr& operand = *e.operands[i];
    operand_types.push_back(keep ? expr_optional(operand) : expr(operand));
    if (i > 0)
      unwrap_message(operand, fmt::format("'{}' not supported between instances of '{}' and 'NoneType'",
                                          spelling(e.cmp_ops[i - 1]), python_type_name(operand_types[i - 1])));
  }
  for (std::size_t i = 0; i + 1 < e.operands.size(); ++i)
    unwrap_message(*e.operands[i], fmt::format("'{}' not supported between instances of 'NoneType' and '{}'",
                                               spelling(e.cmp_ops[i]), python_type_name(operand_types[i + 1])));
  for (Type t : operand_types)
    if (is_unknown(t)) return types::boolean();
  for (Type t : operand_types)
    if (t->kind == TypeKind::NdArray) return ndarray_compare(e, operand_types);
  for (std::size_t i = 0; i < e.cmp_ops.size(); ++i) {
    Type l = operand_types[i], r = operand_types[i + 1];
    CmpOp op = e.cmp_ops[i];
    bool ok = false;
    switch (op) {
      case CmpOp::Eq:
      case CmpOp::NotEq:
      case CmpOp::Lt:
      case CmpOp::LtE:
      case CmpOp::Gt:
      case CmpOp::GtE: {
        bool ordering = op != CmpOp::Eq && op != CmpOp::NotEq;
        bool maybe_none = l->kind == TypeKind::None || r->kind == TypeKind::None ||
                          l->kind == TypeKind::Optional || r->kind == TypeKind::Optional;
        auto value_type = [](Type t) { return t->kind == TypeKind::Optional ? t->elem() : t; };
        if (!ordering && maybe_none)  // None equals only None: other values compare as usual
          ok = l->kind == TypeKind::None || r->kind == TypeKind::None || join(value_type(l), value_type(r)) != nullptr;
        else if (is_numeric(l) && is_numeric(r))
          ok = !ordering || (l->kind != TypeKind::Complex && r->kind != TypeKind::Complex);
        else if (l->kind == TypeKind::Str && r->kind == TypeKind::Str)
          ok = true;
        else if (l->kind == TypeKind::List && r->kind == TypeKind::List)
          ok = !l->borrowed && !r->borrowed && join(types::list(l->elem()), types::list(r->elem()));
        else if (l->kind == TypeKind::Tuple && r->kind == TypeKind::Tuple)
          ok = join(l, r) != nullptr;
        else if (l->kind == TypeKind::Set && r->kind == TypeKind::Set)
          ok = join(l, r) != nullptr;
        else if (l->kind == TypeKind::Dict && r->kind == TypeKind::Dict)
          ok = !ordering && join(l, r) != nullptr;
        else if (!ordering && l->kind == TypeKind::None && r->kind == TypeKind::None)
          ok = true;
        break;
      }
      case CmpOp::In:
      case CmpOp::NotIn: {
        Type elem = r->kind == TypeKind::Str ? types::str() : iterate(r);
        if (r->kind == TypeKind::Str && l->kind == TypeKind::Optional) {
          // `x in s` needs a str x: None raises CPython's TypeError.
          auto& u = inst_.unwraps[e.operands[i].get()];
          u.proven = proven_non_none(*e.operands[i]);
          u.message = "'in <string>' requires string as left operand, not NoneType";
          l = l->elem();
        }
        // None (or an optional value that is None) is in a container only if it can hold None
        // (see FunctionEmitter::compare_pair).
        Type item = l->kind == TypeKind::Optional ? l->elem() : l;
        auto value_of = [](Type t) { return t && t->kind == TypeKind::Optional ? t->elem() : t; };
        auto comparable = [&](Type a, Type b) { return a == b || (is_numeric(a) && is_numeric(b)) || is_unknown(b); };
        Type elem_value = value_of(elem);
        if (r->kind == TypeKind::Tuple) {
          // Each item is compared: all must be comparable with x (None with plain values or None).
          ok = true;
          for (Type child : r->items())
            ok = ok && (l->kind == TypeKind::None ? child->kind != TypeKind::Optional
                                                  : child->kind != TypeKind::None && comparable(item, value_of(child)) &&
                                                        (l->kind != TypeKind::Optional || child->kind != TypeKind::Optional));
        } else if (!elem)
          ok = false;
        else if (r->kind != TypeKind::Str && l->kind == TypeKind::None)
          ok = true;
        else if (r->kind != TypeKind::Str)
          ok = comparable(item, elem_value);
        else
          ok = elem == l;
        break;
      }
      case CmpOp::Is:
      case CmpOp::IsNot:
        // `x is None`: static unless x is optional. Values are not compared by identity.
        ok = l->kind == TypeKind::None || r->kind == TypeKind::None;
        break;
    }
    if (!ok) {
      program_.report(DiagId::type_mismatch_compare, e.range, to_string(l), to_string(r),
                      std::string("`") + spelling(op) + "`");
      return types::unknown();
    }
  }
  return types::boolean();
}

Type FunctionInferrer::ifexp(const Expr& e) {
  if (std::optional<bool> truth = static_truth(*e.operands[1])) {
    expr_optional(*e.operands[1]);
    inst_.static_tests[e.operands[1].get()] = *truth;
    return expr_optional(*e.operands[*truth ? 0 : 2]);
  }
  std::set<std::string> before = non_none_;
  expr_optional(*e.operands[1]);
  narrow(*e.operands[1], true);
  Type body = expr_optional(*e.operands[0]);
  non_none_ = before;
  narrow(*e.operands[1], false);
  Type orelse = expr_optional(*e.operands[2]);
  non_none_ = before;
  if (is_unknown(body) || is_unknown(orelse)) return join(body, orelse) ? join(body, orelse) : body;
  Type joined = join(body, orelse);
  if (!joined) {
    program_.report(DiagId::type_mismatch_binop, e.range, "a conditional expression",
                    to_string(body), to_string(orelse));
    return types::unknown();
  }
  return joined;
}

Type FunctionInferrer::subscript(const Expr& e) {
  Type container = expr(*e.operands[0]);
  unwrap_message(*e.operands[0], "'NoneType' object is not subscriptable");
  const Expr& index_expr = *e.operands[1];
  if (container->kind == TypeKind::NdArray) return ndarray_index(index_expr, container);
  if (index_expr.kind == ExprKind::Slice) {
    for (const auto& bound : index_expr.operands) {
      if (!bound) continue;
      Type b = expr(*bound);
      if (!is_unknown(b) && !is_intlike(b) && b->kind != TypeKind::None) {
        program_.report(DiagId::bad_index_type, bound->range, "slice", to_string(b));
        return types::unknown();
      }
    }
    inst_.expr_types[&index_expr] = types::unknown();
    if (is_unknown(container)) return container;
    if (container->kind == TypeKind::List) return types::list(container->elem());
    if (container->kind == TypeKind::Str) {
      program_.note_feature("str");
      return container;
    }
    program_.report(DiagId::not_subscriptable, e.operands[0]->range, to_string(container));
    return types::unknown();
  }
  Type index = expr(index_expr);
  if (is_unknown(container) || is_unknown(index)) return types::unknown();
  if (container->kind == TypeKind::Str) {
    if (!is_intlike(index)) {
      program_.report(DiagId::bad_index_type, index_expr.range, "string", to_string(index));
      return types::unknown();
    }
    program_.note_feature("str");
    return container;
  }
  if (container->kind == TypeKind::Dict) {
    Type key = container->children[0];
    if (!is_unknown(key) && join(key, index) != key) {
      program_.report(DiagId::bad_index_type, index_expr.range, to_string(container) + " keys are " + to_string(key) + ";",
                      to_string(index));
      return types::unknown();
    }
    none_key(index_expr, index, key, container, /*lookup=*/true);
    return container->children[1];
  }
  if (container->kind == TypeKind::List) {
    if (!is_intlike(index)) {
      program_.report(DiagId::bad_index_type, index_expr.range, "list", to_string(index));
      return types::unknown();
    }
    return container->elem();
  }
  if (container->kind == TypeKind::Tuple) {
    // A tuple is indexed by a constant (its items may differ in type).
    std::int64_t i = 0;
    bool constant = false;
    if (index_expr.kind == ExprKind::IntLit) {
      i = index_expr.int_value;
      constant = true;
    } else if (index_expr.kind == ExprKind::UnaryOp && index_expr.unop == UnaryOp::Neg &&
               index_expr.operands[0]->kind == ExprKind::IntLit) {
      i = -index_expr.operands[0]->int_value;
      constant = true;
    }
    auto n = static_cast<std::int64_t>(container->items().size());
    if (constant) {
      if (i < 0) i += n;
      if (i < 0 || i >= n) {
        program_.report(DiagId::bad_index_type, index_expr.range, "tuple",
                        "out-of-range constant " + std::to_string(i));
        return types::unknown();
      }
      return container->items()[i];
    }
    Type elem = iterate(container);
    if (elem && is_intlike(index)) return elem;
    program_.report(DiagId::bad_index_type, index_expr.range, "heterogeneous tuple",
                    "non-constant " + to_string(index));
    return types::unknown();
  }
  program_.report(DiagId::not_subscriptable, e.operands[0]->range, to_string(container));
  return types::unknown();
}

Type FunctionInferrer::list_literal(const Expr& e) {
  Type elem = types::unknown();
  for (const auto& item : e.operands) {
    Type t = expr_optional(*item);  // `[None, 1.0]` is a `float or None` list
    if (t->kind == TypeKind::List && t->borrowed) t = types::list(t->elem());
    if (t->kind == TypeKind::Function) {  // each function value has its own type
      program_.report(DiagId::unsupported_construct, item->range, "a function stored in a list");
      return types::unknown();
    }
    Type joined = join(elem, t);
    if (!joined) {
      program_.report(DiagId::list_element_conflict, item->range, to_string(elem), to_string(t));
      return types::unknown();
    }
    elem = joined;
  }
  return types::list(elem);
}

Type FunctionInferrer::list_comp(const Expr& e) {
  comprehension_scopes_.emplace_back();
  bool unknown = false;
  for (const auto& clause : e.comprehension) {
    Type iterable = expr(*clause.iter);
    unwrap_message(*clause.iter, "'NoneType' object is not iterable");
    Type elem = types::unknown();
    if (!is_unknown(iterable)) {
      elem = iterate(iterable);
      if (!elem) {
        report_not_iterable(clause.iter->range, iterable);
        elem = types::unknown();
      }
    }
    if (is_unknown(elem)) unknown = true;
    // Comprehension variables are local to the comprehension (Python 3 scoping).
    std::vector<const Expr*> names = {clause.target.get()};
    while (!names.empty()) {
      const Expr* n = names.back();
      names.pop_back();
      if (n->kind == ExprKind::Name) comprehension_scopes_.back()[n->name] = types::unknown();
      for (const auto& item : n->operands) names.push_back(item.get());
    }
    bind_target(*clause.target, elem);
    for (const auto& cond : clause.conditions) expr(*cond);
  }
  Type elem = e.kind == ExprKind::ListComp ? expr_optional(*e.operands[0]) : expr(*e.operands[0]);
  Type value = e.kind == ExprKind::DictComp ? expr_optional(*e.operands[1]) : nullptr;
  comprehension_scopes_.pop_back();
  if (unknown || is_unknown(elem) || (value && is_unknown(value))) return types::unknown();
  if (elem->kind == TypeKind::List && elem->borrowed) elem = types::list(elem->elem());
  if (value && value->kind == TypeKind::List && value->borrowed) value = types::list(value->elem());
  if (elem->kind == TypeKind::Function || (value && value->kind == TypeKind::Function)) {
    program_.report(DiagId::unsupported_construct, e.operands[0]->range, "a function stored in a container");
    return types::unknown();
  }
  if (e.kind == ExprKind::DictComp) return types::dict(elem, value);
  if (e.kind == ExprKind::SetComp) return types::set(elem);
  return types::list(elem);
}

bool printable(Type t) {
  switch (t->kind) {
    case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float: case TypeKind::Complex:
    case TypeKind::Str: case TypeKind::None:
      return true;
    case TypeKind::Optional:
      return printable(t->elem());
    case TypeKind::Exception:  // `except ValueError as e`: str(e) is its message
      return true;
    case TypeKind::List: case TypeKind::Tuple: case TypeKind::Dict: case TypeKind::Set:
      for (Type c : t->children)
        if (!printable(c)) return false;
      return !t->borrowed;
    default:
      return false;
  }
}

Type FunctionInferrer::fstring(const Expr& e) {
  program_.note_feature("str");
  for (const auto& part : e.operands) {
    if (part->kind != ExprKind::FormattedValue) {
      expr(*part);
      continue;
    }
    // `{x}` and `{x!r}` show None; a format spec needs a value (CPython's TypeError).
    Type t = part->str_value.empty() ? expr_optional(*part->operands[0]) : expr(*part->operands[0]);
    unwrap_message(*part->operands[0], "unsupported format string passed to NoneType.__format__");
    inst_.expr_types[part.get()] = types::str();
    if (is_unknown(t)) continue;
    bool scalar = is_numeric(t) || t->kind == TypeKind::Str || t->kind == TypeKind::None;
    if (!(part->str_value.empty() ? printable(t) : scalar)) {
      program_.report(DiagId::bad_argument_type, part->range, "an f-string field", to_string(t));
      return types::unknown();
    }
  }
  return types::str();
}

Type FunctionInferrer::attribute(const Expr& e) {
  const Expr& base = *e.operands[0];
  const ModuleScope& scope = program_.scope();
  if (base.kind == ExprKind::Name && !is_local(base.name)) {
    if (auto it = scope.module_aliases.find(base.name); it != scope.module_aliases.end()) {
      if (const auto* c = find_builtin_constant(it->second, e.name)) {
        program_.note_python_module(it->second);
        return c->type;
      }
      if (const auto* fn = find_builtin_function(it->second, e.name)) return named_function_value(e, fn, nullptr);
      program_.report(DiagId::unknown_attribute, e.range, it->second, e.name);
      return types::unknown();
    }
  }
  Type t = expr(base);
  if (is_unknown(t)) return t;
  if (t->kind == TypeKind::NdArray) return ndarray_attribute(e, t);
  program_.report(DiagId::unknown_method, e.range, to_string(t), e.name);
  return types::unknown();
}

}  // namespace pyxc::detail
