// Typed AST -> C++ for numpy: operators and ufuncs on arrays become lazy
// pyxc::np::map<op<C>>(...) nodes (C: numpy's compute dtype), which fuse until something
// needs an array (an assignment, a reduction, a call); subscripts become views; reductions and
// creation functions call the runtime in pyxc/numpy/.
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "frontend/numpy_calls.hpp"

namespace pyxc::codegen {

namespace {
bool is_array(Type t) { return t->kind == TypeKind::NdArray; }
/// An operand that makes a loop: an array of rank 1 or more (a 0-d array is a scalar to it).
bool is_loop_array(Type t) { return is_array(t) && t->rank > 0; }
bool is_zero_dim(Type t) { return is_array(t) && t->rank == 0; }

std::string cpp_of(Dtype d) { return dtype_cpp(d); }

/// `pyxc::np::ops::add<double>`.
std::string op_name(const std::string& op, Dtype compute) { return fmt::format("pyxc::np::ops::{}<{}>", op, cpp_of(compute)); }

const char* binop_op(BinOp op) {
  switch (op) {
    case BinOp::Add: return "add";
    case BinOp::Sub: return "sub";
    case BinOp::Mult: return "mul";
    case BinOp::Div: return "truediv";
    case BinOp::FloorDiv: return "floordiv";
    case BinOp::Mod: return "mod";
    case BinOp::Pow: return "power";
    case BinOp::BitAnd: return "bit_and";
    case BinOp::BitOr: return "bit_or";
    case BinOp::BitXor: return "bit_xor";
    default: return "";
  }
}

const char* compare_op(CmpOp op) {
  switch (op) {
    case CmpOp::Eq: return "eq";
    case CmpOp::NotEq: return "ne";
    case CmpOp::Lt: return "lt";
    case CmpOp::LtE: return "le";
    case CmpOp::Gt: return "gt";
    default: return "ge";
  }
}
}  // namespace

std::string FunctionEmitter::numpy_operand(const std::string& code, Type t, Dtype compute) {
  if (is_loop_array(t)) return code;
  // Scalars (and a 0-d array's element) enter the loop already converted to the compute type.
  if (is_zero_dim(t)) return fmt::format("static_cast<{}>(*({}).data())", cpp_of(compute), strip_parens(code));
  return fmt::format("static_cast<{}>({})", cpp_of(compute), strip_parens(code));
}

std::string FunctionEmitter::numpy_map(const std::string& op, Dtype compute, const std::vector<std::string>& codes,
                                       const std::vector<Type>& types) {
  std::vector<std::string> args;
  for (std::size_t i = 0; i < codes.size(); ++i) args.push_back(numpy_operand(codes[i], types[i], compute));
  bool any_array = false, zero_dim = false;
  for (Type t : types) any_array = any_array || is_loop_array(t), zero_dim = zero_dim || is_zero_dim(t);
  // Of 0-d arrays (and scalars) numpy gives a numpy scalar: a Python scalar to pyxc.
  if (!any_array && zero_dim) return fmt::format("pyxc::np::py_scalar({}{{}}({}))", op_name(op, compute), join_args(args));
  if (!any_array) return fmt::format("{}{{}}({})", op_name(op, compute), join_args(args));
  return fmt::format("pyxc::np::map<{}>({})", op_name(op, compute), join_args(args));
}

std::string FunctionEmitter::ndarray_binop_code(BinOp op, const std::string& l, Type lt, const std::string& r, Type rt,
                                                Type result, const Expr* exponent) {
  // x ** e of a 0-d x: numpy's fast scalar powers decided by e's value (zero_dim.hpp).
  if (op == BinOp::Pow && is_zero_dim(lt) && !is_loop_array(rt)) {
    std::string e = is_zero_dim(rt) ? fmt::format("*({}).data()", strip_parens(r)) : strip_parens(r);
    return fmt::format("pyxc::np::power_zero_dim<{}>(*({}).data(), {})", cpp_of(*elementwise_dtype({lt, rt})),
                       strip_parens(l), e);
  }
  // numpy's fast scalar powers: a ** 2 is a * a (what numpy computes), a ** 0.5 is sqrt(a).
  if (op == BinOp::Pow && is_loop_array(lt) && exponent && !is_array(rt)) {
    bool two = (exponent->kind == ExprKind::IntLit && exponent->int_value == 2) ||
               (exponent->kind == ExprKind::FloatLit && exponent->float_value == 2.0);
    bool half = exponent->kind == ExprKind::FloatLit && exponent->float_value == 0.5;
    Dtype d = *elementwise_dtype({lt, rt});
    if (two) return numpy_map("square", d, {l}, {lt});
    if (half && (dtype_kind(d) == DtypeKind::Float || dtype_kind(d) == DtypeKind::Complex)) return numpy_map("sqrt", d, {l}, {lt});
  }
  if (op == BinOp::MatMult) {
    Dtype d = promote(lt->dtype, rt->dtype);
    return fmt::format("pyxc::np::matmul<{}>({}, {})", cpp_of(d), l, r);
  }
  Dtype compute = *elementwise_dtype({lt, rt});
  if (op == BinOp::Div) compute = float_result(compute).value_or(Dtype::Float64);  // ints divide in float64
  return numpy_map(binop_op(op), compute, {l, r}, {lt, rt});
}

std::string FunctionEmitter::ndarray_compare_code(const Expr& e) {
  Type lt = type_of(*e.operands[0]), rt = type_of(*e.operands[1]);
  Dtype compute = *elementwise_dtype({lt, rt});
  return numpy_map(compare_op(e.cmp_ops[0]), compute, {expr(*e.operands[0]), expr(*e.operands[1])}, {lt, rt});
}

std::string FunctionEmitter::ndarray_unary_code(const Expr& e) {
  Type t = type_of(*e.operands[0]);
  if (e.unop == UnaryOp::Not) return fmt::format("!pyxc::to_bool(pyxc::np::item({}))", strip_parens(expr(*e.operands[0])));
  const char* op = e.unop == UnaryOp::Neg ? "neg" : e.unop == UnaryOp::Pos ? "pos" : "invert";
  return numpy_map(op, t->dtype, {expr(*e.operands[0])}, {t});
}

std::string FunctionEmitter::array_code(const Expr& e) {
  // A lazy expression becomes an array where an array is needed (methods, subscripts, loops).
  std::string code = expr(e);
  if (e.kind == ExprKind::Name) return code;
  return fmt::format("pyxc::np::eval({})", strip_parens(code));
}

std::string FunctionEmitter::ndarray_index_args(const Expr& index) {
  std::vector<const Expr*> items;
  if (index.kind == ExprKind::Tuple)
    for (const auto& item : index.operands) items.push_back(item.get());
  else
    items.push_back(&index);
  std::vector<std::string> codes;
  for (const Expr* item : items) {
    if (item->kind == ExprKind::Ellipsis || type_of(*item)->kind == TypeKind::None) {
      codes.push_back(item->kind == ExprKind::Ellipsis ? "pyxc::np::ellipsis{}" : "pyxc::np::newaxis{}");
      continue;
    }
    if (item->kind != ExprKind::Slice) {
      codes.push_back(fmt::format("static_cast<pyxc::int_t>({})", strip_parens(expr_as(*item, types::int_()))));
      continue;
    }
    std::string fields[3] = {"0", "0", "1"};
    bool has[2] = {false, false};
    for (int k = 0; k < 3; ++k) {
      const auto& bound = item->operands[k];
      if (!bound || bound->kind == ExprKind::NoneLit) continue;
      fields[k] = strip_parens(expr_as(*bound, types::int_()));
      if (k < 2) has[k] = true;
    }
    codes.push_back(fmt::format("pyxc::np::slice{{{}, {}, {}, {}, {}}}", fields[0], fields[1], fields[2],
                                has[0] ? "true" : "false", has[1] ? "true" : "false"));
  }
  return join_args(codes);
}

/// The index of a[mask] / a[idx] (an array), else nullptr.
static const Expr* fancy_index(const FunctionEmitter& fe, const Expr& subscript) {
  const Expr& index = *subscript.operands[1];
  return index.kind != ExprKind::Tuple && index.kind != ExprKind::Slice && is_array(fe.type_of(index)) ? &index : nullptr;
}

std::string FunctionEmitter::ndarray_subscript_code(const Expr& e) {
  if (const Expr* index = fancy_index(*this, e))
    return fmt::format("pyxc::np::{}({}, {})", type_of(*index)->dtype == Dtype::Bool ? "mask_get" : "take",
                       array_code(*e.operands[0]), expr(*index));
  return fmt::format("{}.get({})", array_code(*e.operands[0]), ndarray_index_args(*e.operands[1]));
}

std::string FunctionEmitter::ndarray_attribute_code(const Expr& e) {
  const Expr& base = *e.operands[0];
  Type t = type_of(base);
  if (e.name == "shape") return fmt::format("pyxc::np::shape_tuple({})", array_code(base));
  if (e.name == "ndim") return fmt::format("static_cast<pyxc::int_t>({})", t->rank);
  if (e.name == "size") return fmt::format("static_cast<pyxc::int_t>({}.size())", array_code(base));
  if (e.name == "T") return fmt::format("{}.transposed()", array_code(base));
  return numpy_map(e.name, t->dtype, {expr(base)}, {t});  // real, imag
}

void FunctionEmitter::ndarray_store(const Expr& target, const std::string& value, Type value_type) {
  Type slot = type_of(target);
  if (const Expr* index = fancy_index(*this, target)) {
    Type container = type_of(*target.operands[0]);
    std::string v = is_loop_array(value_type) ? value : numpy_operand(value, value_type, container->dtype);
    line(fmt::format("pyxc::np::{}({}, {}, {});", type_of(*index)->dtype == Dtype::Bool ? "mask_set" : "put",
                     expr(*target.operands[0]), expr(*index), strip_parens(v)));
    return;
  }
  std::string place = ndarray_subscript_code(target);
  if (!is_array(slot)) {
    Type container = type_of(*target.operands[0]);
    line(fmt::format("{} = {};", place, strip_parens(numpy_operand(value, value_type, container->dtype))));
    return;
  }
  std::string v = is_loop_array(value_type) ? value : numpy_operand(value, value_type, slot->dtype);
  line(fmt::format("pyxc::np::assign({}, {});", place, strip_parens(v)));
}

bool FunctionEmitter::ndarray_aug_assign(const Stmt& s) {
  const Expr& target = *s.targets[0];
  Type current = type_of(target);
  if (!is_array(current)) {
    // `a[i, j] += v` on one element: read and write it through one reference.
    if (target.kind != ExprKind::Subscript || !is_array(type_of(*target.operands[0]))) return false;
    Type container = type_of(*target.operands[0]);
    std::string item = fresh("item");
    line(fmt::format("auto& {} = {};", item, ndarray_subscript_code(target)));
    Type value = type_of(*s.value);
    Type result = join(current, value);
    if (result->kind == TypeKind::Bool) result = types::int_();
    if (s.binop == BinOp::Div) result = types::float_();
    std::string old = fmt::format("static_cast<{}>({})", cpp_type(current), item);
    line(fmt::format("{} = static_cast<{}>({});", item, cpp_of(container->dtype),
                     strip_parens(binop_code(s.binop, old, current, expr(*s.value), value, result, s.value.get()))));
    return true;
  }
  if (target.kind == ExprKind::Subscript)
    if (const Expr* index = fancy_index(*this, target)) {  // a[mask] += v: read, combine, write back
      Type value = type_of(*s.value);
      std::string combined = ndarray_binop_code(s.binop, ndarray_subscript_code(target), current, expr(*s.value), value,
                                                current);
      line(fmt::format("pyxc::np::{}({}, {}, {});", type_of(*index)->dtype == Dtype::Bool ? "mask_set" : "put",
                       expr(*target.operands[0]), expr(*index), strip_parens(combined)));
      return true;
    }
  std::string place = target.kind == ExprKind::Name ? expr(target) : fresh("view");
  if (target.kind != ExprKind::Name) line(fmt::format("auto {} = {};", place, ndarray_subscript_code(target)));
  Type value = type_of(*s.value);
  Dtype compute = *elementwise_dtype({current, value});
  if (s.binop == BinOp::Div && !(dtype_kind(compute) == DtypeKind::Float || dtype_kind(compute) == DtypeKind::Complex))
    compute = Dtype::Float64;
  if (current->rank == 0) {  // its element, cast back as numpy's same_kind casting does
    line(fmt::format("pyxc::np::update_zero_dim<{}>({}, {});", op_name(binop_op(s.binop), compute), place,
                     strip_parens(numpy_operand(expr(*s.value), value, compute))));
    return true;
  }
  line(fmt::format("pyxc::np::update<{}>({}, {});", op_name(binop_op(s.binop), compute), place,
                   strip_parens(numpy_operand(expr(*s.value), value, compute))));
  return true;
}

std::string FunctionEmitter::numpy_call_code(const Expr& e, bool* handled) {
  *handled = false;
  const Expr& callee = *e.operands[0];
  const NumpyFunction* fn = nullptr;
  const Expr* receiver = nullptr;
  // Inference resolved the callee (import aliases, submodules, ndarray methods).
  if (auto found = inst_.numpy_calls.find(&e); found != inst_.numpy_calls.end()) {
    fn = found->second.function;
    receiver = found->second.receiver;
  }
  if (!fn && callee.kind == ExprKind::Name && callee.name == "abs" && e.args.size() == 1 &&
      is_array(type_of(*e.args[0]))) {
    *handled = true;
    Type t = type_of(*e.args[0]);
    return numpy_map("abs", t->dtype, {expr(*e.args[0])}, {t});
  }
  if (!fn) return "";
  *handled = true;
  std::vector<const Expr*> slots;
  bind_numpy_args(*fn, e, receiver, slots);
  Type result = type_of(e);
  auto arg = [&](std::size_t i) { return expr(*slots[i]); };
  auto type = [&](std::size_t i) { return type_of(*slots[i]); };
  auto slot_of = [&](const char* name) -> const Expr* {
    for (std::size_t i = 0; i < fn->params.size(); ++i)
      if (fn->params[i] == name) return slots[i] && slots[i]->kind != ExprKind::NoneLit ? slots[i] : nullptr;
    return nullptr;
  };
  Dtype result_dtype = is_array(result) ? result->dtype : scalar_dtype(result).value_or(Dtype::Float64);
  const std::string& op = fn->op;
  switch (fn->rule) {
    case NumpyRule::UnaryFloat:
    case NumpyRule::UnarySame:
    case NumpyRule::UnaryBool:
    case NumpyRule::UnaryPart: {
      Dtype in = *elementwise_dtype({type(0)});
      Dtype compute = fn->rule == NumpyRule::UnaryFloat ? *float_result(in) : in;
      return numpy_map(op, compute, {arg(0)}, {type(0)});
    }
    case NumpyRule::BinaryArith:
    case NumpyRule::BinaryFloat:
    case NumpyRule::BinaryCompare: {
      Dtype compute = *elementwise_dtype({type(0), type(1)});
      if (fn->rule == NumpyRule::BinaryFloat) compute = *float_result(compute);
      return numpy_map(op, compute, {arg(0), arg(1)}, {type(0), type(1)});
    }
    case NumpyRule::Where:
      return fmt::format("pyxc::np::map<{}>({}, {}, {})", op_name("where", result_dtype), arg(0),
                         numpy_operand(arg(1), type(1), result_dtype), numpy_operand(arg(2), type(2), result_dtype));
    case NumpyRule::Clip:
      return numpy_map("clip", result_dtype, {arg(0), arg(1), arg(2)}, {type(0), type(1), type(2)});
    case NumpyRule::Reduce: {
      result_dtype = reduce_dtype(op, type(0)->dtype);
      const Expr* axis = slot_of("axis");
      const Expr* ddof = slot_of("ddof");
      bool along = axis && type(0)->rank > 1;
      std::string name = op == "std" ? "std" : op;
      std::string acc;
      if (op == "sum" || op == "prod" || op == "mean" || op == "var" || op == "std")
        acc = fmt::format("<{}>", cpp_of(result_dtype));
      std::string a = arg(0);
      // A 0-d array reduces as its one element; an axis of it is numpy's AxisError.
      if (type(0)->rank == 0) {
        bool moments = op == "mean" || op == "var" || op == "std", arg_reduce = op == "argmin" || op == "argmax";
        a = axis ? fmt::format("pyxc::np::as_1d({}, {}, {}, {})", a, strip_parens(expr_as(*axis, types::int_())),
                               moments ? "false" : "true", arg_reduce ? 1 : 0)
                 : fmt::format("pyxc::np::as_1d({})", a);
      }
      const Expr* keepdims = slot_of("keepdims");
      // (numpy's reductions of a 0-d array give a numpy scalar even with keepdims=True)
      bool keep = keepdims && keepdims->kind == ExprKind::BoolLit && keepdims->bool_value && type(0)->rank > 0;
      if (along) {
        std::string extra = ddof ? ", " + expr_as(*ddof, types::int_()) : "";
        std::string axis_code = strip_parens(expr_as(*axis, types::int_()));
        std::string code = fmt::format("pyxc::np::{}_axis{}({}, {}{})", name, acc, a, axis_code, extra);
        return keep ? fmt::format("pyxc::np::keep_axis({}, {})", code, axis_code) : code;
      }
      if (name == "std") name = "std_";
      std::string extra = ddof ? ", " + strip_parens(expr_as(*ddof, types::int_())) : "";
      std::string code = fmt::format("pyxc::np::{}{}({}{})", name, acc, a, extra);
      // A whole-array reduction kept as an array of extents 1 (a 1-d one with axis= checks it).
      if (keep && axis)
        return fmt::format("pyxc::np::keep_all<{}>({}, {})", type(0)->rank, code, strip_parens(expr_as(*axis, types::int_())));
      return keep ? fmt::format("pyxc::np::keep_all<{}>({})", type(0)->rank, code) : code;
    }
    case NumpyRule::Cumulative: {
      std::string a = type(0)->rank == 0 ? fmt::format("pyxc::np::as_1d({})", arg(0)) : arg(0);
      return fmt::format("pyxc::np::cumulative<{}, {}>({})", cpp_of(result_dtype), op == "cumprod" ? "true" : "false", a);
    }
    case NumpyRule::Create: {
      std::string shape = strip_parens(type(0)->kind == TypeKind::Tuple ? arg(0) : expr_as(*slots[0], types::int_()));
      if (op == "full")
        return fmt::format("pyxc::np::full<{}>({}, {})", cpp_of(result_dtype), shape, strip_parens(arg(1)));
      return fmt::format("pyxc::np::{}<{}>({})", op, cpp_of(result_dtype), shape);
    }
    case NumpyRule::CreateLike:
      if (op == "full_like")
        return fmt::format("pyxc::np::full_like<{}>({}, {})", cpp_of(result_dtype), arg(0), strip_parens(arg(1)));
      return fmt::format("pyxc::np::{}<{}>({})", op, cpp_of(result_dtype), arg(0));
    case NumpyRule::Arange: {
      std::string t = cpp_of(result_dtype);
      auto as_t = [&](std::size_t i) { return fmt::format("static_cast<{}>({})", t, strip_parens(arg(i))); };
      std::string start = slots[1] ? as_t(0) : fmt::format("static_cast<{}>(0)", t);
      std::string stop = slots[1] ? as_t(1) : as_t(0);
      std::string step = slots[2] ? as_t(2) : fmt::format("static_cast<{}>(1)", t);
      return fmt::format("pyxc::np::arange<{}>({}, {}, {})", t, start, stop, step);
    }
    case NumpyRule::Linspace: {
      std::string num = slots[2] ? strip_parens(expr_as(*slots[2], types::int_())) : "50";
      std::string endpoint = slots[3] ? strip_parens(arg(3)) : "true";
      return fmt::format("pyxc::np::linspace({}, {}, {}, {})", strip_parens(expr_as(*slots[0], types::float_())),
                         strip_parens(expr_as(*slots[1], types::float_())), num, endpoint);
    }
    case NumpyRule::Array:
      // np.asarray of an array of its dtype is that array (numpy: no copy, writes show in both).
      if (fn->name == "asarray" && is_array(type(0)) && type(0)->dtype == result_dtype) return array_code(*slots[0]);
      return fmt::format("pyxc::np::array_from<{}>({})", cpp_of(result_dtype), strip_parens(arg(0)));
    case NumpyRule::Eye: {
      std::string n = strip_parens(expr_as(*slots[0], types::int_()));
      std::string m = slots[1] ? strip_parens(expr_as(*slots[1], types::int_())) : n;
      return fmt::format("pyxc::np::eye<{}>({}, {})", cpp_of(result_dtype), n, m);
    }
    case NumpyRule::Dot:
      result_dtype = promote(type(0)->dtype, type(1)->dtype);
      return fmt::format("pyxc::np::{}<{}>({}, {})", fn->name == "matmul" ? "matmul" : "dot", cpp_of(result_dtype), arg(0), arg(1));
    case NumpyRule::Reshape: {
      int rank = result->rank;
      std::string shape;
      if (slots[1] == &e) {
        std::vector<std::string> extents;
        for (const auto& a : e.args) extents.push_back(strip_parens(expr_as(*a, types::int_())));
        shape = fmt::format("pyxc::np::shape_t<{}>{{{}}}", rank, join_args(extents));
      } else {
        std::string code = type(1)->kind == TypeKind::Tuple ? arg(1) : expr_as(*slots[1], types::int_());
        shape = fmt::format("pyxc::np::detail::shape_from({})", strip_parens(code));
      }
      return fmt::format("{}.reshape<{}>({})", array_code(*slots[0]), rank, shape);
    }
    case NumpyRule::Ravel:
    case NumpyRule::Transpose:
    case NumpyRule::Copy:
      return fmt::format("{}.{}()", array_code(*slots[0]), op);
    case NumpyRule::Astype:
      return fmt::format("{}.astype<{}>()", array_code(*slots[0]), cpp_of(result_dtype));
    case NumpyRule::Random:
    case NumpyRule::Sort:
    case NumpyRule::Join:
    case NumpyRule::Norm:
    case NumpyRule::LinalgLU:
      return numpy_library_code(e, *fn, slots);
    case NumpyRule::Len:
      if (op == "shape") return fmt::format("pyxc::np::shape_tuple({})", array_code(*slots[0]));
      if (op == "ndim") return fmt::format("static_cast<pyxc::int_t>({})", type(0)->rank);
      return fmt::format("static_cast<pyxc::int_t>({}.size())", array_code(*slots[0]));
  }
  return "";
}

}  // namespace pyxc::codegen
