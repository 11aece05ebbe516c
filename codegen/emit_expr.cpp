// Typed AST -> C++: expressions. Every operand is converted to the operation's type first, so
// the runtime's overloads always see operands of one C++ type (pyxc::int_t, double or
// pyxc::complex_t) and Python's numeric widening is explicit in the generated code.
#include <fmt/format.h>

#include <functional>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

namespace {
Type arith_type(Type t) { return t->kind == TypeKind::Bool ? types::int_() : t; }

/// Whether evaluating `e` may raise an exception that another operand could raise differently:
/// then C++'s unspecified argument order would be visible, and operands are evaluated into
/// temporaries first, left to right as in Python.
bool may_raise(const Expr& e) {
  if (e.kind == ExprKind::Call || e.kind == ExprKind::Subscript) return true;
  if (e.kind == ExprKind::BinOp && (e.binop == BinOp::Div || e.binop == BinOp::FloorDiv ||
                                    e.binop == BinOp::Mod || e.binop == BinOp::Pow))
    return true;
  for (const auto& op : e.operands)
    if (op && may_raise(*op)) return true;
  for (const auto& arg : e.args)
    if (may_raise(*arg)) return true;
  for (const auto& kw : e.keywords)
    if (may_raise(*kw.value)) return true;
  return false;
}

bool is_simple(const Expr& e) {
  return e.kind == ExprKind::Name || e.kind == ExprKind::IntLit || e.kind == ExprKind::FloatLit ||
         e.kind == ExprKind::BoolLit;
}
}  // namespace

std::string FunctionEmitter::in_order(const std::vector<const Expr*>& operands, std::vector<std::string> codes,
                                      const std::function<std::string(const std::vector<std::string>&)>& build) {
  int risky = 0;
  for (const Expr* e : operands) risky += e && may_raise(*e);
  if (risky < 2) return build(codes);
  std::string body = "[&] { ";
  for (auto& code : codes) {
    std::string tmp = fresh("arg");
    body += fmt::format("auto {} = {}; ", tmp, strip_parens(code));
    code = tmp;
  }
  return body + "return " + strip_parens(build(codes)) + "; }()";
}

Type FunctionEmitter::type_of(const Expr& e) const {
  auto it = inst_.expr_types.find(&e);
  if (it == inst_.expr_types.end()) return types::unknown();
  if (it->second->kind == TypeKind::Optional && inst_.unwraps.count(&e) && !emitting_optional_.count(&e))
    return it->second->elem();
  return it->second;
}

std::string FunctionEmitter::expr_as(const Expr& e, Type target) {
  Type t = type_of(e);
  // A value stored where None may be: the value spelled in its own type, then wrapped.
  if (target->kind == TypeKind::Optional && t->kind != TypeKind::Optional && t->kind != TypeKind::None)
    return cpp_type(target) + "(" + strip_parens(expr_as(e, target->elem())) + ")";
  // Literals are spelled directly in the target type: `2.0` rather than a cast of `2L`.
  if (e.kind == ExprKind::IntLit && target->kind == TypeKind::Float) return float_literal(static_cast<double>(e.int_value));
  if (e.kind == ExprKind::List && target->kind == TypeKind::List && !target->borrowed) return list_literal(e, target);
  if (e.kind == ExprKind::ListComp && target->kind == TypeKind::List && !target->borrowed) return list_comp(e, target);
  if (e.kind == ExprKind::Tuple && target->kind == TypeKind::Tuple) return tuple_literal(e, target);
  if ((e.kind == ExprKind::Dict || e.kind == ExprKind::Set) && target->kind == t->kind) return container_literal(e, target);
  if ((e.kind == ExprKind::DictComp || e.kind == ExprKind::SetComp) && target->kind == t->kind) return list_comp(e, target);
  return convert(expr(e), t, target);
}

std::string FunctionEmitter::expr(const Expr& e) {
  auto unwrap = inst_.unwraps.find(&e);
  if (unwrap == inst_.unwraps.end() || type_of(e) == inst_.expr_types.at(&e)) return expr_value(e);
  emitting_optional_.insert(&e);
  std::string code = expr_value(e);
  emitting_optional_.erase(&e);
  if (unwrap->second.proven) return "(*" + code + ")";
  std::string message;
  for (char c : unwrap->second.message) message += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  return fmt::format("pyxc::unwrap({}, pyxc::exc_kind::{}, \"{}\")", strip_parens(code),
                     !unwrap->second.kind.empty() ? unwrap->second.kind
                     : unwrap->second.attribute   ? "AttributeError"
                                                  : "TypeError",
                     message);
}

std::string FunctionEmitter::expr_value(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Name: return name(e);
    case ExprKind::IntLit: return int_literal(e.int_value);
    case ExprKind::FloatLit: return float_literal(e.float_value);
    case ExprKind::ImagLit: return fmt::format("pyxc::complex_t(0.0, {})", float_literal(e.float_value));
    case ExprKind::BoolLit: return e.bool_value ? "true" : "false";
    case ExprKind::NoneLit: return "pyxc::None";
    case ExprKind::StrLit: return string_literal(e.str_value);
    case ExprKind::BinOp:
      return in_order({e.operands[0].get(), e.operands[1].get()}, {expr(*e.operands[0]), expr(*e.operands[1])},
                      [&](const std::vector<std::string>& c) {
                        return binop_code(e.binop, c[0], type_of(*e.operands[0]), c[1],
                                          type_of(*e.operands[1]), type_of(e), e.operands[1].get());
                      });
    case ExprKind::UnaryOp: return unary(e);
    case ExprKind::BoolOp: return boolop(e);
    case ExprKind::Compare: return compare(e);
    case ExprKind::IfExp: {
      Type t = type_of(e);
      if (auto st = inst_.static_tests.find(e.operands[1].get()); st != inst_.static_tests.end())
        return expr_as(*e.operands[st->second ? 0 : 2], t);
      return fmt::format("({} ? {} : {})", condition(*e.operands[1]), expr_as(*e.operands[0], t),
                         expr_as(*e.operands[2], t));
    }
    case ExprKind::Call: return call(e);
    case ExprKind::Attribute: {
      // Only module constants (`math.pi`) and functions as values reach here; methods are
      // handled by call().
      if (type_of(e)->kind == TypeKind::Function) return function_value(type_of(e));
      const Expr& base = *e.operands[0];
      if (type_of(base)->kind == TypeKind::NdArray) return ndarray_attribute_code(e);
      for (const auto& s : program_.module->body)
        if (s->kind == StmtKind::Import)
          for (const auto& imp : s->imports)
            if (imp.alias == base.name)
              if (const auto* c = find_builtin_constant(imp.name, e.name)) return c->cpp;
      return "/* unsupported attribute */";
    }
    case ExprKind::Subscript: return subscript(e);
    case ExprKind::List: return list_literal(e, type_of(e));
    case ExprKind::Tuple: return tuple_literal(e, type_of(e));
    case ExprKind::ListComp:
    case ExprKind::DictComp:
    case ExprKind::SetComp: return list_comp(e, type_of(e));
    case ExprKind::Dict:
    case ExprKind::Set: return container_literal(e, type_of(e));
    case ExprKind::FString: {
      std::string out;
      for (const auto& part : e.operands) {
        std::string piece;
        if (part->kind == ExprKind::StrLit) {
          if (part->str_value.empty()) continue;
          piece = string_literal(part->str_value);
        } else {
          const Expr& value = *part->operands[0];
          std::string code = strip_parens(expr(value));
          if (part->name == "r" || part->name == "a") code = fmt::format("pyxc::repr({})", code);
          piece = part->str_value.empty() && part->name.empty() ? fmt::format("pyxc::to_str({})", code)
                  : part->str_value.empty()                     ? code
                  : fmt::format("pyxc::format_value({}, {})", code, string_literal(part->str_value));
        }
        out += (out.empty() ? "" : " + ") + piece;
      }
      return out.empty() ? "pyxc::str()" : "(" + out + ")";
    }
    case ExprKind::FormattedValue: return "";  // only inside FString
    case ExprKind::GenExp: return gen_exp_value(e);
    case ExprKind::Yield: return yield_code(e);
    case ExprKind::Slice: return "/* slice */";
    case ExprKind::Lambda: return function_value(type_of(e));
    case ExprKind::Ellipsis: return "pyxc::np::ellipsis{}";
  }
  return "";
}

std::string FunctionEmitter::name(const Expr& e) {
  if (maybe_unbound_.reads.count(&e) && !comprehension_names_.count(e.name))
    return fmt::format("(pyxc::check_bound(bound_{}, \"{}\"), {})", e.name, e.name, cpp_ident(e.name));
  if (comprehension_names_.count(e.name) || inst_.locals.count(e.name)) return cpp_ident(e.name);
  if (type_of(e)->kind == TypeKind::Function) return function_value(type_of(e));  // `square`, `len`
  // Imported constants: `from math import pi`.
  for (const auto& s : program_.module->body) {
    if (s->kind != StmtKind::ImportFrom) continue;
    for (const auto& imp : s->imports)
      if (imp.alias == e.name)
        if (const auto* c = find_builtin_constant(s->module, imp.name)) return c->cpp;
  }
  return cpp_ident(e.name);
}

std::string FunctionEmitter::binop_code(BinOp op, const std::string& l, Type lt, const std::string& r,
                                        Type rt, Type result, const Expr* exponent) {
  if (lt->kind == TypeKind::NdArray || rt->kind == TypeKind::NdArray) return ndarray_binop_code(op, l, lt, r, rt, result, exponent);
  if (lt->kind == TypeKind::Str && op == BinOp::Mod) {
    // "%d of %s" % (n, name): the tuple's items are the format's arguments.
    if (rt->kind == TypeKind::Tuple)
      return fmt::format("std::apply([&](const auto&... item) {{ return pyxc::percent_format({}, item...); }}, {})", l, r);
    return fmt::format("pyxc::percent_format({}, {})", l, r);
  }
  if (op == BinOp::Mult && (lt->kind == TypeKind::Str || rt->kind == TypeKind::Str))
    return lt->kind == TypeKind::Str ? fmt::format("pyxc::str_repeat({}, {})", l, convert(r, rt, types::int_()))
                                     : fmt::format("pyxc::str_repeat({}, {})", r, convert(l, lt, types::int_()));
  if (lt->kind == TypeKind::Str) return fmt::format("({} + {})", l, r);
  if (lt->kind == TypeKind::List || rt->kind == TypeKind::List) {
    if (op == BinOp::Add) return fmt::format("pyxc::concat({}, {})", convert(l, lt, result), convert(r, rt, result));
    if (lt->kind == TypeKind::List) return fmt::format("pyxc::repeat({}, {})", convert(l, lt, result), convert(r, rt, types::int_()));
    return fmt::format("pyxc::repeat({}, {})", convert(r, rt, result), convert(l, lt, types::int_()));
  }
  // The type both operands are converted to before the operation.
  Type operand = arith_type(join(lt, rt));
  if (op == BinOp::Div && operand->kind == TypeKind::Int) operand = types::int_();  // truediv(int, int)
  if (op == BinOp::Pow && result->kind == TypeKind::Float) operand = types::float_();
  if ((op == BinOp::BitAnd || op == BinOp::BitOr || op == BinOp::BitXor) && result->kind == TypeKind::Bool) {
    const char* sym = op == BinOp::BitAnd ? "&" : op == BinOp::BitOr ? "|" : "^";
    return fmt::format("static_cast<bool>({} {} {})", l, sym, r);
  }
  std::string a = convert(l, lt, operand), b = convert(r, rt, operand);
  // x ** 2 with a literal 2: one correctly rounded multiplication (see pyxc::square).
  if (op == BinOp::Pow && operand->kind == TypeKind::Float && exponent &&
      exponent->kind == ExprKind::IntLit && exponent->int_value == 2)
    return fmt::format("pyxc::square({})", strip_parens(a));
  bool is_int = operand->kind == TypeKind::Int;
  // std::complex's * and / differ from CPython's algorithms (inf/nan handling, last bits).
  if (operand->kind == TypeKind::Complex && op == BinOp::Mult) return fmt::format("pyxc::mul({}, {})", a, b);
  switch (op) {
    case BinOp::Add: return is_int ? fmt::format("pyxc::add({}, {})", a, b) : fmt::format("({} + {})", a, b);
    case BinOp::Sub: return is_int ? fmt::format("pyxc::sub({}, {})", a, b) : fmt::format("({} - {})", a, b);
    case BinOp::Mult: return is_int ? fmt::format("pyxc::mul({}, {})", a, b) : fmt::format("({} * {})", a, b);
    case BinOp::Div: return fmt::format("pyxc::truediv({}, {})", a, b);
    case BinOp::FloorDiv: return fmt::format("pyxc::floordiv({}, {})", a, b);
    case BinOp::Mod: return fmt::format("pyxc::mod({}, {})", a, b);
    case BinOp::Pow: return fmt::format("pyxc::pow({}, {})", a, b);
    case BinOp::LShift: return fmt::format("pyxc::lshift({}, {})", a, b);
    case BinOp::RShift: return fmt::format("pyxc::rshift({}, {})", a, b);
    case BinOp::BitAnd: return fmt::format("({} & {})", a, b);
    case BinOp::BitOr: return fmt::format("({} | {})", a, b);
    case BinOp::BitXor: return fmt::format("({} ^ {})", a, b);
    case BinOp::MatMult: break;
  }
  return "/* unsupported operator */";
}

std::string FunctionEmitter::unary(const Expr& e) {
  const Expr& operand = *e.operands[0];
  Type t = type_of(operand);
  if (t->kind == TypeKind::NdArray) return ndarray_unary_code(e);
  switch (e.unop) {
    case UnaryOp::Not: return "!" + condition(operand);
    case UnaryOp::Neg:
      // A negative literal stays a literal.
      if (operand.kind == ExprKind::IntLit) return int_literal(-operand.int_value);
      if (operand.kind == ExprKind::FloatLit) return float_literal(-operand.float_value);
      if (arith_type(t)->kind == TypeKind::Int) return "pyxc::neg(" + convert(expr(operand), t, types::int_()) + ")";
      return "(-" + expr(operand) + ")";
    case UnaryOp::Pos: return convert(expr(operand), t, arith_type(t));
    case UnaryOp::Invert: return "(~" + convert(expr(operand), t, types::int_()) + ")";
  }
  return "";
}

std::string FunctionEmitter::boolop(const Expr& e) {
  Type t = type_of(e);
  const char* sym = e.boolop == BoolOp::And ? " && " : " || ";
  // Operands after one decided by a type (`x is None or ...` with x None) are not emitted.
  std::size_t live = e.operands.size();
  for (std::size_t i = 0; i < e.operands.size(); ++i)
    if (inst_.static_tests.count(e.operands[i].get())) {
      live = i + 1;
      break;
    }
  if (t->kind == TypeKind::Bool) {
    std::string out = "(";
    for (std::size_t i = 0; i < live; ++i) out += (i ? sym : "") + expr(*e.operands[i]);
    return out + ")";
  }
  // `a and b` yields a itself when a is falsy (b otherwise); `or` the reverse.
  std::string code = expr_as(*e.operands[live - 1], t);
  for (std::size_t i = live - 1; i-- > 0;) {
    std::string value = fresh("operand");
    code = fmt::format("[&]() -> {} {{ {} {} = {}; return {}pyxc::to_bool({}) ? {} : {}; }}()", cpp_type(t),
                       cpp_type(t), value, expr_as(*e.operands[i], t), "", value,
                       e.boolop == BoolOp::And ? code : value, e.boolop == BoolOp::And ? value : code);
  }
  return code;
}

std::string FunctionEmitter::compare_pair(CmpOp op, const std::string& l, Type lt, const std::string& r, Type rt) {
  switch (op) {
    case CmpOp::In:
    case CmpOp::NotIn: {
      Type elem = rt->kind == TypeKind::Str ? rt : iteration_type(rt);
      bool elem_optional = elem && elem->kind == TypeKind::Optional;
      auto contains = [&](const std::string& container, const std::string& item, Type item_type) {
        if (rt->kind == TypeKind::Dict || rt->kind == TypeKind::Set)
          return fmt::format("{}.contains({})", container, convert(item, item_type, elem));
        if (elem_optional) return fmt::format("pyxc::contains({}, {})", container, convert(item, item_type, elem));
        return fmt::format("pyxc::contains({}, {})", container, item);
      };
      std::string test;
      if (lt->kind == TypeKind::None && rt->kind == TypeKind::Tuple) {
        // Decided by the items' types (inference allows no optional item here).
        bool found = false;
        for (Type item : rt->items()) found = found || item->kind == TypeKind::None;
        test = fmt::format("((void){}, (void){}, {})", l, r, found ? "true" : "false");
      } else if (lt->kind == TypeKind::None && !elem_optional) {
        // Nothing in a container that cannot hold None is None (both sides still evaluated).
        test = fmt::format("((void){}, (void){}, false)", l, r);
      } else if (lt->kind == TypeKind::Optional && !elem_optional) {
        // An optional item is looked for only when it holds a value; the container is
        // evaluated after it either way, as in Python.
        test = fmt::format("[&](const auto& item) {{ const auto& container = {}; return item.has_value() && {}; }}({})",
                           strip_parens(r), contains("container", "(*item)", lt->elem()), strip_parens(l));
      } else {
        test = contains(r, l, lt);
      }
      return op == CmpOp::In ? test : "!" + test;
    }
    case CmpOp::Is:
    case CmpOp::IsNot: {
      // `x is None` for an optional x tests it; otherwise it is known statically (x is still
      // evaluated).
      if (lt->kind == TypeKind::Optional || rt->kind == TypeKind::Optional) {
        const std::string& value = lt->kind == TypeKind::Optional ? l : r;
        const std::string& none = lt->kind == TypeKind::Optional ? r : l;
        std::string test = fmt::format("{}.has_value()", value);
        if (none != "pyxc::None") test = fmt::format("((void){}, {})", none, test);
        return op == CmpOp::Is ? "!" + test : test;
      }
      bool same = lt->kind == TypeKind::None && rt->kind == TypeKind::None;
      bool result = op == CmpOp::Is ? same : !same;
      return fmt::format("((void){}, (void){}, {})", l, r, result ? "true" : "false");
    }
    default: break;
  }
  if ((op == CmpOp::Eq || op == CmpOp::NotEq) &&
      (lt->kind == TypeKind::Optional || rt->kind == TypeKind::Optional ||
       ((lt->kind == TypeKind::None) != (rt->kind == TypeKind::None)))) {
    std::string test = fmt::format("pyxc::optional_eq({}, {})", l, r);
    return op == CmpOp::Eq ? test : "!" + test;
  }
  const char* sym = op == CmpOp::Eq ? "==" : op == CmpOp::NotEq ? "!=" : op == CmpOp::Lt ? "<"
                  : op == CmpOp::LtE ? "<=" : op == CmpOp::Gt ? ">" : ">=";
  Type la = arith_type(lt), ra = arith_type(rt);
  // An int literal compared with a float is spelled as a float literal: `x > 0.0`.
  if (la->kind == TypeKind::Float && ra->kind == TypeKind::Int && convert(r, rt, la) != r &&
      convert(r, rt, la).find("static_cast") == std::string::npos)
    return fmt::format("({} {} {})", l, sym, convert(r, rt, la));
  if (ra->kind == TypeKind::Float && la->kind == TypeKind::Int && convert(l, lt, ra) != l &&
      convert(l, lt, ra).find("static_cast") == std::string::npos)
    return fmt::format("({} {} {})", convert(l, lt, ra), sym, r);
  if (is_numeric(lt) && is_numeric(rt) && la != ra && la->kind != TypeKind::Complex &&
      ra->kind != TypeKind::Complex) {
    // int vs float: Python compares exactly, even above 2**53.
    const char* fn = op == CmpOp::Eq ? "eq" : op == CmpOp::NotEq ? "ne" : op == CmpOp::Lt ? "lt"
                   : op == CmpOp::LtE ? "le" : op == CmpOp::Gt ? "gt" : "ge";
    return fmt::format("pyxc::{}({}, {})", fn, convert(l, lt, la), convert(r, rt, ra));
  }
  if (is_numeric(lt) && is_numeric(rt)) {
    Type common = join(la, ra);
    return fmt::format("({} {} {})", convert(l, lt, common), sym, convert(r, rt, common));
  }
  return fmt::format("({} {} {})", l, sym, r);
}

std::string FunctionEmitter::compare(const Expr& e) {
  if (type_of(e)->kind == TypeKind::NdArray || (e.cmp_ops.size() == 1 && (type_of(*e.operands[0])->kind == TypeKind::NdArray ||
                                                                          type_of(*e.operands[1])->kind == TypeKind::NdArray)))
    return ndarray_compare_code(e);  // (x < 1 of a 0-d x is a numpy scalar)
  if (e.cmp_ops.size() == 1)
    return in_order({e.operands[0].get(), e.operands[1].get()}, {expr(*e.operands[0]), expr(*e.operands[1])},
                    [&](const std::vector<std::string>& c) {
                      return compare_pair(e.cmp_ops[0], c[0], type_of(*e.operands[0]), c[1],
                                          type_of(*e.operands[1]));
                    });
  // Chains evaluate each middle operand once: `a < f(x) < c`.
  bool simple = true;
  for (std::size_t i = 1; i + 1 < e.operands.size(); ++i) simple = simple && is_simple(*e.operands[i]);
  if (simple) {
    std::string out = "(";
    for (std::size_t i = 0; i < e.cmp_ops.size(); ++i)
      out += (i ? " && " : "") + compare_pair(e.cmp_ops[i], expr(*e.operands[i]), type_of(*e.operands[i]),
                                              expr(*e.operands[i + 1]), type_of(*e.operands[i + 1]));
    return out + ")";
  }
  std::string body;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < e.operands.size(); ++i) {
    names.push_back(fresh("operand"));
    if (i == 0) body += fmt::format("auto {} = {}; ", names[i], expr(*e.operands[i]));
  }
  for (std::size_t i = 0; i < e.cmp_ops.size(); ++i) {
    body += fmt::format("auto {} = {}; ", names[i + 1], expr(*e.operands[i + 1]));
    body += fmt::format("if (!{}) return false; ",
                        compare_pair(e.cmp_ops[i], names[i], type_of(*e.operands[i]), names[i + 1],
                                     type_of(*e.operands[i + 1])));
  }
  return "[&]() -> bool { " + body + "return true; }()";
}

std::string FunctionEmitter::subscript(const Expr& e) {
  const Expr& base = *e.operands[0];
  const Expr& index = *e.operands[1];
  Type container = type_of(base);
  if (container->kind == TypeKind::NdArray) return ndarray_subscript_code(e);
  if (index.kind == ExprKind::Slice) {
    std::string bounds;
    for (const auto& bound : index.operands)
      bounds += ", " + (bound ? "std::optional<pyxc::int_t>(" + expr_as(*bound, types::int_()) + ")"
                              : std::string("std::nullopt"));
    if (container->kind == TypeKind::Str) return fmt::format("pyxc::str_slice({}{})", expr(base), bounds);
    if (slice_views_.count(&e))
      return fmt::format("pyxc::list_slice_view<{}>({}{})", cpp_type(container->elem()), expr(base), bounds);
    return fmt::format("pyxc::slice({}{})", expr(base), bounds);
  }
  if (container->kind == TypeKind::Str)
    return fmt::format("pyxc::str_getitem({}, {})", expr(base), strip_parens(expr_as(index, types::int_())));
  if (container->kind == TypeKind::Dict)
    return fmt::format("{}.getitem({})", expr(base), strip_parens(expr_as(index, container->children[0])));
  if (container->kind == TypeKind::Tuple) {
    if (index.kind == ExprKind::IntLit || (index.kind == ExprKind::UnaryOp && index.operands[0]->kind == ExprKind::IntLit)) {
      std::int64_t i = index.kind == ExprKind::IntLit ? index.int_value : -index.operands[0]->int_value;
      if (i < 0) i += static_cast<std::int64_t>(container->items().size());
      return fmt::format("std::get<{}>({})", i, expr(base));
    }
    return fmt::format("pyxc::tuple_item({}, {})", expr(base), expr_as(index, types::int_()));
  }
  return fmt::format("{}[{}]", expr(base), expr_as(index, types::int_()));
}

std::string FunctionEmitter::list_literal(const Expr& e, Type target) {
  Type elem = target->elem();
  // `any([])`: an empty literal whose element type nothing decides; any type will do.
  if (elem->kind == TypeKind::Unknown) return "pyxc::list<bool>()";
  std::string out = cpp_type(target) + "{";
  for (std::size_t i = 0; i < e.operands.size(); ++i) out += (i ? ", " : "") + expr_as(*e.operands[i], elem);
  return out + "}";
}

std::string FunctionEmitter::container_literal(const Expr& e, Type target) {
  if (contains_unknown(target)) return target->kind == TypeKind::Dict ? "pyxc::dict<bool, bool>()" : "pyxc::set<bool>()";
  if (target->kind == TypeKind::Set) {
    std::string out = cpp_type(target) + "{";
    for (std::size_t i = 0; i < e.operands.size(); ++i) out += (i ? ", " : "") + expr_as(*e.operands[i], target->elem());
    return out + "}";
  }
  std::string out = cpp_type(target) + "{";
  for (std::size_t i = 0; i + 1 < e.operands.size(); i += 2)
    out += fmt::format("{}{{{}, {}}}", i ? ", " : "", expr_as(*e.operands[i], target->children[0]),
                       expr_as(*e.operands[i + 1], target->children[1]));
  return out + "}";
}

std::string FunctionEmitter::tuple_literal(const Expr& e, Type target) {
  // Braces: list-initialization evaluates the items left to right, as Python does.
  std::string out = cpp_type(target) + "{";
  for (std::size_t i = 0; i < e.operands.size(); ++i)
    out += (i ? ", " : "") + expr_as(*e.operands[i], target->items()[i]);
  return out + "}";
}

std::string FunctionEmitter::comprehension_loops(const Expr& e, std::vector<std::string>& closers,
                                                 const std::string& indent, const std::string& first_iter) {
  std::string out;
  std::string pad = indent;
  for (const auto& clause : e.comprehension) {
    Type elem = iteration_type(type_of(*clause.iter));
    bool first = &clause == &e.comprehension.front();
    std::string iter_code = first && !first_iter.empty() ? first_iter : loop_iterable(*clause.iter);
    const Expr& target = *clause.target;
    if (target.kind == ExprKind::Name) {
      comprehension_names_.insert(target.name);
      out += fmt::format("{}for ({} {} : {}) {{\n", pad, cpp_type(elem), cpp_ident(target.name), iter_code);
    } else {
      std::string item = fresh("item");
      out += fmt::format("{}for (const auto& {} : {}) {{\n", pad, item, iter_code);
      for (std::size_t i = 0; i < target.operands.size(); ++i) {
        const Expr& part = *target.operands[i];
        comprehension_names_.insert(part.name);
        out += fmt::format("{}  {} {} = std::get<{}>({});\n", pad, cpp_type(type_of(part)),
                           cpp_ident(part.name), i, item);
      }
    }
    closers.push_back(pad + "}\n");
    pad += "  ";
    for (const auto& cond : clause.conditions) {
      out += fmt::format("{}if ({}) {{\n", pad, condition(*cond));
      closers.push_back(pad + "}\n");
      pad += "  ";
    }
  }
  return out;
}

void FunctionEmitter::forget_comprehension_names(const Expr& comp) {
  // The names a comprehension's `for` clauses bound are local to it (Python 3 scoping).
  for (const auto& clause : comp.comprehension) {
    if (clause.target->kind == ExprKind::Name) comprehension_names_.erase(clause.target->name);
    for (const auto& part : clause.target->operands) comprehension_names_.erase(part->name);
  }
}

std::string FunctionEmitter::list_comp(const Expr& e, Type target) {
  std::string pad(static_cast<std::size_t>(indent_ + 1) * 2, ' ');
  std::vector<std::string> closers;
  std::string result = fresh("result");
  std::string out = fmt::format("[&] {{\n{}{} {};\n", pad, cpp_type(target), result);
  TypeKind source = type_of(*e.comprehension[0].iter)->kind;
  if (target->kind == TypeKind::List && e.comprehension.size() == 1 && e.comprehension[0].conditions.empty() &&
      (source == TypeKind::List || source == TypeKind::Range))
    out += fmt::format("{}{}.reserve(pyxc::len({}));\n", pad, result, expr(*e.comprehension[0].iter));
  out += comprehension_loops(e, closers, pad);
  std::string inner(pad.size() + 2 * closers.size(), ' ');
  if (target->kind == TypeKind::Dict)
    out += fmt::format("{}{}.setitem({}, {});\n", inner, result, expr_as(*e.operands[0], target->children[0]),
                       expr_as(*e.operands[1], target->children[1]));
  else
    out += fmt::format("{}{}.{}({});\n", inner, result, target->kind == TypeKind::Set ? "add" : "append",
                       expr_as(*e.operands[0], target->elem()));
  for (auto it = closers.rbegin(); it != closers.rend(); ++it) out += *it;
  forget_comprehension_names(e);
  out += fmt::format("{}return {};\n{}}}()", pad, result, std::string(pad.size() - 2, ' '));
  return out;
}

std::string FunctionEmitter::fused_sum(const Expr& comp, Type result, const Expr* start) {
  // sum([f(x) for x in xs]) adds as it goes: no temporary list.
  std::string pad(static_cast<std::size_t>(indent_ + 1) * 2, ' ');
  std::vector<std::string> closers;
  std::string total = fresh("total");
  std::string init = start ? expr_as(*start, result) : (result->kind == TypeKind::Int ? "0L" : result->kind == TypeKind::Complex ? "pyxc::complex_t(0.0, 0.0)" : "0.0");
  std::string out = fmt::format("[&] {{\n{}{} {} = {};\n", pad, cpp_type(result), total, init);
  out += comprehension_loops(comp, closers, pad);
  std::string inner(pad.size() + 2 * closers.size(), ' ');
  std::string item = expr_as(*comp.operands[0], result);
  if (result->kind == TypeKind::Int)
    out += fmt::format("{}{} = pyxc::add({}, {});\n", inner, total, total, item);
  else
    out += fmt::format("{}{} += {};\n", inner, total, item);
  for (auto it = closers.rbegin(); it != closers.rend(); ++it) out += *it;
  forget_comprehension_names(comp);
  out += fmt::format("{}return {};\n{}}}()", pad, total, std::string(pad.size() - 2, ' '));
  return out;
}

std::string join_args(const std::vector<std::string>& codes) {
  std::string out;
  for (std::size_t i = 0; i < codes.size(); ++i) out += (i ? ", " : "") + strip_parens(codes[i]);
  return out;
}

const BuiltinFunction* FunctionEmitter::builtin_callee(const Expr& callee) const {
  if (callee.kind == ExprKind::Name && !inst_.locals.count(callee.name)) {
    for (const auto& s : program_.module->body) {
      if (s->kind == StmtKind::FunctionDef && s->function->name == callee.name) return nullptr;
      if (s->kind == StmtKind::ImportFrom)
        for (const auto& imp : s->imports)
          if (imp.alias == callee.name) return find_builtin_function(s->module, imp.name);
    }
    return find_builtin_function("", callee.name);
  }
  if (callee.kind == ExprKind::Attribute && callee.operands[0]->kind == ExprKind::Name) {
    const std::string& base = callee.operands[0]->name;
    if (inst_.locals.count(base)) return nullptr;
    for (const auto& s : program_.module->body)
      if (s->kind == StmtKind::Import)
        for (const auto& imp : s->imports)
          if (imp.alias == base) return find_builtin_function(imp.name, callee.name);
  }
  return nullptr;
}

std::string FunctionEmitter::call(const Expr& e) {
  if (type_of(*e.operands[0])->kind == TypeKind::Function) return call_value(e);
  if (e.operands[0]->kind == ExprKind::Name && e.operands[0]->name == "tuple" && !inst_.call_targets.count(&e) &&
      type_of(e)->kind == TypeKind::Tuple) {
    // tuple(), tuple([a, b]) and tuple(t) of a tuple t (see FunctionInferrer::call).
    if (e.args.empty()) return "std::tuple<>{}";
    if (e.args[0]->kind == ExprKind::List) return tuple_literal(*e.args[0], type_of(e));
    return expr(*e.args[0]);
  }
  bool numpy = false;
  if (std::string code = numpy_call_code(e, &numpy); numpy) return code;
  if (auto it = inst_.call_targets.find(&e); it != inst_.call_targets.end()) {
    const Instantiation& target = *it->second;
    const std::vector<const Expr*>& args = inst_.call_args.at(&e);
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < target.param_types.size(); ++i) codes.push_back(expr_as(*args[i], target.param_types[i]));
    return in_order(args, codes, [&](const std::vector<std::string>& c) {
      return fmt::format("{}({})", cpp_function_name(target), join_args(c));
    });
  }
  if (const BuiltinFunction* fn = builtin_callee(*e.operands[0])) return call_builtin(e, *fn);
  // A method call: xs.append(v), d.get(k, 0), s.add(x), text.split(",").
  const Expr& callee = *e.operands[0];
  const Expr& receiver = *callee.operands[0];
  Type t = type_of(receiver);
  if (t->kind == TypeKind::Str) return str_method(e, callee.name);
  if (t->kind == TypeKind::List && callee.name == "sort") return list_sort(e);
  std::vector<std::string> args;
  for (std::size_t i = 0; i < e.args.size(); ++i) {
    Type slot = type_of(*e.args[i]);
    if (t->kind == TypeKind::List) slot = t->elem();
    if (t->kind == TypeKind::Set && slot->kind != TypeKind::Set) slot = t->elem();
    if (t->kind == TypeKind::Dict && slot->kind != TypeKind::Dict) slot = t->children[i == 0 ? 0 : 1];
    if (t->kind == TypeKind::Dict && i == 1) slot = type_of(e);  // get/pop/setdefault's default
    args.push_back(expr_as(*e.args[i], slot));
  }
  std::string method = callee.name == "union" ? "union_" : callee.name;
  return fmt::format("{}.{}({})", expr(receiver), method, join_args(args));
}

std::string FunctionEmitter::iterable(const Expr& e) {
  // A str iterates over one-character strings, not bytes.
  if (type_of(e)->kind == TypeKind::NdArray) return array_code(e);
  if (type_of(e)->kind == TypeKind::Tuple && iteration_type(type_of(e)) && !type_of(e)->items().empty())
    return fmt::format("pyxc::tuple_items<{}>({})", cpp_type(iteration_type(type_of(e))), strip_parens(expr(e)));
  return type_of(e)->kind == TypeKind::Str ? fmt::format("pyxc::str_chars({})", expr(e)) : expr(e);
}

/// A list that no Python name can reach: a comprehension or a str method's fresh result.
static bool fresh_list(const Expr& e, const Type& type, const Type& receiver) {
  if (type->kind != TypeKind::List) return false;
  if (e.kind == ExprKind::ListComp) return true;
  if (e.kind != ExprKind::Call || e.operands[0]->kind != ExprKind::Attribute || !receiver) return false;
  const std::string& m = e.operands[0]->name;
  return receiver->kind == TypeKind::Str && (m == "split" || m == "rsplit" || m == "splitlines");
}

std::string FunctionEmitter::loop_iterable(const Expr& e) {
  Type receiver = e.kind == ExprKind::Call && e.operands[0]->kind == ExprKind::Attribute
                      ? type_of(*e.operands[0]->operands[0])
                      : nullptr;
  if (fresh_list(e, type_of(e), receiver)) return fmt::format("pyxc::consume({})", strip_parens(expr(e)));
  return iterable(e);
}

std::string FunctionEmitter::str_method(const Expr& e, const std::string& method) {
  std::string receiver = expr(*e.operands[0]->operands[0]);
  std::vector<std::string> args = {receiver};
  if (method == "join" && e.args[0]->kind == ExprKind::GenExp) return fused_join(receiver, *e.args[0]);
  if (method == "join" && type_of(*e.args[0])->kind == TypeKind::Generator)  // str_join reads twice
    return fmt::format("pyxc::str_join({}, pyxc::to_list({}))", receiver, expr(*e.args[0]));
  if (method == "join") return fmt::format("pyxc::str_join({}, {})", receiver, iterable(*e.args[0]));
  if (method == "format") {
    for (const auto& a : e.args) args.push_back(expr(*a));
    return fmt::format("pyxc::str_format({})", join_args(args));
  }
  const StrMethod* m = find_str_method(method);
  for (std::size_t i = 0; i < e.args.size(); ++i) args.push_back(expr_as(*e.args[i], m->params[i]));
  return fmt::format("pyxc::str_{}({})", method, join_args(args));
}

std::string FunctionEmitter::call_builtin(const Expr& e, const BuiltinFunction& fn) {
  std::vector<Type> arg_types;
  for (const auto& a : e.args) arg_types.push_back(type_of(*a));
  Type result = type_of(e);
  // float(x), int(x), math.sqrt(x) of a 0-d array x read its element (zero_dim_element).
  std::vector<bool> element(e.args.size(), false);
  for (std::size_t i = 0; i < e.args.size(); ++i)
    if (Type scalar = zero_dim_element(fn, arg_types[i])) {
      element[i] = true;
      arg_types[i] = scalar;
    }
  // Arguments that are iterated (sum, sorted, ...) go through iterable(): str yields characters.
  auto arg = [&](std::size_t i) {
    return element[i] ? fmt::format("pyxc::np::item({})", strip_parens(expr(*e.args[i]))) : iterable(*e.args[i]);
  };
  if (!e.args.empty() && e.args[0]->kind == ExprKind::GenExp)
    if (std::string fused = fused_consumer(e, fn); !fused.empty()) return fused;
  switch (fn.rule) {
    case BuiltinRule::Numpy:
      return "/* numpy call */";  // numpy_call_code() handles these
    case BuiltinRule::Fixed: {
      const BuiltinSignature* sig = match_signature(fn, arg_types);
      std::vector<const Expr*> args;
      std::vector<std::string> codes;
      for (std::size_t i = 0; i < e.args.size(); ++i) {
        args.push_back(e.args[i].get());
        codes.push_back(expr_as(*e.args[i], sig->params[i]));
      }
      // In a parallel loop, draw from this thread's generator (looked up once per thread).
      std::string callee = fn.module == "random" && !thread_rng_.empty() ? thread_rng_ + "." + fn.name : fn.cpp;
      return in_order(args, codes, [&](const std::vector<std::string>& c) {
        return fmt::format("{}({})", callee, join_args(c));
      });
    }
    case BuiltinRule::Len:
      if (arg_types[0]->kind == TypeKind::Tuple)
        return fmt::format("((void){}, {})", arg(0), int_literal(arg_types[0]->items().size()));
      return fmt::format("pyxc::len({})", expr(*e.args[0]));
    case BuiltinRule::Sum:
      if (e.args[0]->kind == ExprKind::ListComp)
        return fused_sum(*e.args[0], result, e.args.size() > 1 ? e.args[1].get() : nullptr);
      if (e.args.size() == 2) return fmt::format("pyxc::sum({}, {})", arg(0), expr_as(*e.args[1], result));
      return fmt::format("pyxc::sum({})", arg(0));
    case BuiltinRule::MinMax: {
      if (!e.keywords.empty()) return keyed_builtin(e, fn);
      if (e.args.size() == 1) return fmt::format("{}({})", fn.cpp, arg(0));
      std::vector<const Expr*> args;
      std::vector<std::string> codes;
      for (const auto& a : e.args) {
        args.push_back(a.get());
        codes.push_back(expr_as(*a, result));
      }
      // In a parallel loop, draw from this thread's generator (looked up once per thread).
      std::string callee = fn.module == "random" && !thread_rng_.empty() ? thread_rng_ + "." + fn.name : fn.cpp;
      return in_order(args, codes, [&](const std::vector<std::string>& c) {
        return fmt::format("{}({})", callee, join_args(c));
      });
    }
    case BuiltinRule::Abs:
      return fmt::format("pyxc::abs({})", convert(arg(0), arg_types[0], arith_type(arg_types[0])));
    case BuiltinRule::ToFloat:
      if (e.args.empty()) return "0.0";
      if (arg_types[0]->kind == TypeKind::Str) return fmt::format("pyxc::str_to_float({})", expr(*e.args[0]));
      return expr_as(*e.args[0], types::float_());
    case BuiltinRule::ToInt:
      if (e.args.empty()) return "0L";
      if (arg_types[0]->kind == TypeKind::Str) return fmt::format("pyxc::str_to_int({})", expr(*e.args[0]));
      if (arg_types[0]->kind == TypeKind::Float) return fmt::format("pyxc::to_int({})", arg(0));
      return expr_as(*e.args[0], types::int_());
    case BuiltinRule::ToBool:
      if (e.args.empty()) return "false";
      return arg_types[0]->kind == TypeKind::Bool ? arg(0) : fmt::format("pyxc::to_bool({})", arg(0));
    case BuiltinRule::ToComplex:
      if (e.args.size() == 1 && arg_types[0]->kind == TypeKind::Complex) return arg(0);
      return fmt::format("pyxc::complex_t({}, {})",
                         e.args.empty() ? "0.0" : expr_as(*e.args[0], types::float_()),
                         e.args.size() < 2 ? "0.0" : expr_as(*e.args[1], types::float_()));
    case BuiltinRule::Sorted:
      for (const auto& kw : e.keywords)
        if (kw.name == "key" && type_of(*kw.value)->kind == TypeKind::Function) return keyed_builtin(e, fn);
      [[fallthrough]];
    case BuiltinRule::Enumerate:
    case BuiltinRule::Zip:
    case BuiltinRule::Reversed:
    case BuiltinRule::AnyAll: {
      std::vector<std::string> codes;
      for (const auto& a : e.args) codes.push_back(iterable(*a));
      for (const auto& kw : e.keywords)  // sorted(xs, reverse=...)
        if (kw.name == "reverse") codes.push_back(fmt::format("pyxc::to_bool({})", strip_parens(expr(*kw.value))));
      if (fn.rule == BuiltinRule::Enumerate && codes.size() == 2) codes[1] = expr_as(*e.args[1], types::int_());
      return fmt::format("{}({})", fn.cpp, join_args(codes));
    }
    case BuiltinRule::ToList:
      if (e.args.empty()) return cpp_type(result) + "()";
      return fmt::format("pyxc::to_list({})", arg(0));
    case BuiltinRule::ToSet:
      if (e.args.empty()) return contains_unknown(result) ? "pyxc::set<bool>()" : cpp_type(result) + "()";
      return fmt::format("pyxc::to_set({})", arg(0));
    case BuiltinRule::ToDict:
      return contains_unknown(result) ? "pyxc::dict<bool, bool>()" : cpp_type(result) + "()";
    case BuiltinRule::Round: {
      bool is_float = arg_types[0]->kind == TypeKind::Float;
      if (e.args.size() == 1)
        return is_float ? fmt::format("pyxc::round_to_int({})", arg(0)) : expr_as(*e.args[0], types::int_());
      return fmt::format("pyxc::{}({}, {})", is_float ? "round_digits" : "round_int",
                         is_float ? arg(0) : expr_as(*e.args[0], types::int_()), expr_as(*e.args[1], types::int_()));
    }
    case BuiltinRule::Divmod: {
      Type t = result->items()[0];
      return fmt::format("pyxc::divmod({}, {})", expr_as(*e.args[0], t), expr_as(*e.args[1], t));
    }
    case BuiltinRule::Pow:
      if (e.args.size() == 3)
        return fmt::format("pyxc::pow_mod({}, {}, {})", expr_as(*e.args[0], types::int_()),
                           expr_as(*e.args[1], types::int_()), expr_as(*e.args[2], types::int_()));
      return binop_code(BinOp::Pow, arg(0), arg_types[0], arg(1), arg_types[1], result, e.args[1].get());
    case BuiltinRule::Print: {
      std::string sep = "pyxc::str(\" \", 1)", end = "pyxc::str(\"\\n\", 1)";
      for (const auto& kw : e.keywords) (kw.name == "sep" ? sep : end) = strip_parens(expr(*kw.value));
      std::vector<std::string> codes = {sep, end};
      for (const auto& a : e.args) codes.push_back(expr(*a));
      return fmt::format("pyxc::print({})", join_args(codes));
    }
    case BuiltinRule::ToStr:
      return e.args.empty() ? "pyxc::str()" : fmt::format("pyxc::to_str({})", strip_parens(expr(*e.args[0])));
    case BuiltinRule::Repr:
      return fmt::format("pyxc::repr({})", strip_parens(expr(*e.args[0])));
    case BuiltinRule::IsInstance: {
      // Decided statically from the argument's type; bool counts as an int, as in Python.
      Type t = type_of(*e.args[0]);
      std::vector<const Expr*> classes;
      if (e.args[1]->kind == ExprKind::Tuple)
        for (const auto& c : e.args[1]->operands) classes.push_back(c.get());
      else
        classes.push_back(e.args[1].get());
      bool match = false;
      for (const Expr* c : classes) {
        const std::string& n = c->name;
        match = match || (n == "int" && (t->kind == TypeKind::Int || t->kind == TypeKind::Bool)) ||
                (n == "float" && t->kind == TypeKind::Float) || (n == "bool" && t->kind == TypeKind::Bool) ||
                (n == "complex" && t->kind == TypeKind::Complex) || (n == "str" && t->kind == TypeKind::Str) ||
                (n == "list" && t->kind == TypeKind::List) || (n == "tuple" && t->kind == TypeKind::Tuple);
      }
      return fmt::format("((void){}, {})", arg(0), match ? "true" : "false");
    }
    case BuiltinRule::Choice:
    case BuiltinRule::Shuffle:
      return fmt::format("{}({})", fn.cpp, arg(0));
    case BuiltinRule::Sample:
      return fmt::format("{}({}, {})", fn.cpp, arg(0), expr_as(*e.args[1], types::int_()));
    case BuiltinRule::Itertools:
    case BuiltinRule::Bisect:
      return module_call(e, fn);
    case BuiltinRule::Next:
      if (e.args.size() == 1) return fmt::format("pyxc::next({})", expr(*e.args[0]));
      return fmt::format("pyxc::next({}, {})", expr(*e.args[0]), expr_as(*e.args[1], result));
    case BuiltinRule::Operator: {
      std::vector<const Expr*> operands;
      std::vector<std::string> codes;
      for (const auto& a : e.args) {
        operands.push_back(a.get());
        codes.push_back(expr(*a));
      }
      return in_order(operands, codes, [&](const std::vector<std::string>& c) {
        return call_builtin_value(types::builtin_function(&fn), c, arg_types, result);
      });
    }
    case BuiltinRule::ItemGetter:
      return function_value(result);
    case BuiltinRule::Map:
    case BuiltinRule::Filter:
    case BuiltinRule::Reduce:
      return functional_builtin(e, fn);
    case BuiltinRule::Range: {
      std::string args;
      for (std::size_t i = 0; i < e.args.size(); ++i) args += (i ? ", " : "") + expr_as(*e.args[i], types::int_());
      return fmt::format("pyxc::range({})", args);
    }
  }
  return "";
}

}  // namespace pyxc::codegen
