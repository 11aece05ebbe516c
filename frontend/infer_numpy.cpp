// Type inference for numpy: calls of numpy functions and ndarray methods (typed from the table
// in numpy_calls.cpp), operators on arrays (numpy's promotion, ranks broadcast to the
// largest), subscripts (integers drop an axis, slices keep it), attributes and stores.
#include <algorithm>
#include <map>

#include "frontend/infer_internal.hpp"
#include "frontend/numpy_calls.hpp"

namespace pyxc::detail {

namespace {
bool is_unknown(Type t) { return t->kind == TypeKind::Unknown; }
bool is_array(Type t) { return t->kind == TypeKind::NdArray; }
bool is_intlike(Type t) { return t->kind == TypeKind::Int || t->kind == TypeKind::Bool; }
bool is_int_dtype(Dtype d) { return dtype_kind(d) == DtypeKind::Signed || dtype_kind(d) == DtypeKind::Unsigned; }

int rank_of(Type t) { return is_array(t) ? t->rank : 0; }

/// The array (or scalar, for rank 0) of dtype d.
Type array_or_scalar(Dtype d, int rank) { return rank == 0 ? dtype_scalar_type(d) : types::ndarray(d, rank); }

/// The numpy functions pyxc gives 0-d arrays: ufuncs (numpy scalars out), reductions,
/// creation from them, copies, casts, reshapes and the shape queries.
bool accepts_zero_dim(NumpyRule rule) {
  switch (rule) {
    case NumpyRule::UnaryFloat:
    case NumpyRule::UnarySame:
    case NumpyRule::UnaryBool:
    case NumpyRule::UnaryPart:
    case NumpyRule::BinaryArith:
    case NumpyRule::BinaryFloat:
    case NumpyRule::BinaryCompare:
    case NumpyRule::Reduce:
    case NumpyRule::Cumulative:
    case NumpyRule::CreateLike:
    case NumpyRule::Array:
    case NumpyRule::Reshape:
    case NumpyRule::Ravel:
    case NumpyRule::Transpose:
    case NumpyRule::Copy:
    case NumpyRule::Astype:
    case NumpyRule::Len: return true;
    default: return false;
  }
}

/// The rank of `a @ b`: the broadcast batch axes, then n (unless a is 1-d) and m (unless b is).
int matmul_rank(int ra, int rb) {
  int ca = ra == 1 ? 1 : 2, cb = rb == 1 ? 1 : 2;
  return std::max(ra - ca, rb - cb) + (ca - 1) + (cb - 1);
}

Dtype real_part(Dtype d) {
  return d == Dtype::Complex64 ? Dtype::Float32 : d == Dtype::Complex128 ? Dtype::Float64 : d;
}
}  // namespace

bool FunctionInferrer::reject_zero_dim(Type t, SourceRange at) {
  if (!is_array(t) || t->rank != 0) return false;
  program_.report(DiagId::unsupported_construct_hint, at, "this use of a 0-d array",
                  "take its element with x[()] (0-d arrays work in arithmetic, comparisons, ufuncs, "
                  "reductions, float()/int(), copies, casts and reshapes)");
  return true;
}

std::vector<std::string> FunctionInferrer::numpy_aliases() const {
  std::vector<std::string> out;
  for (const auto& [alias, module] : program_.scope().module_aliases)
    if (module == "numpy" && !is_local(alias)) out.push_back(alias);
  return out;
}

const NumpyFunction* FunctionInferrer::numpy_callee(const Expr& callee) const {
  const ModuleScope& scope = program_.scope();
  if (callee.kind == ExprKind::Attribute && callee.operands[0]->kind == ExprKind::Name) {
    const std::string& base = callee.operands[0]->name;
    auto it = scope.module_aliases.find(base);
    if (it != scope.module_aliases.end() && it->second == "numpy" && !is_local(base))
      return find_numpy_function(callee.name);
  }
  // np.random.rand, np.linalg.norm: a function of a numpy submodule.
  if (callee.kind == ExprKind::Attribute && callee.operands[0]->kind == ExprKind::Attribute &&
      callee.operands[0]->operands[0]->kind == ExprKind::Name && is_numpy_submodule(callee.operands[0]->name)) {
    const std::string& base = callee.operands[0]->operands[0]->name;
    auto it = scope.module_aliases.find(base);
    if (it != scope.module_aliases.end() && it->second == "numpy" && !is_local(base))
      return find_numpy_function(callee.name, callee.operands[0]->name);
  }
  if (callee.kind == ExprKind::Name && !is_local(callee.name)) {
    auto it = scope.imported_functions.find(callee.name);
    if (it != scope.imported_functions.end() && it->second->module == "numpy") return find_numpy_function(callee.name);
  }
  return nullptr;
}

void FunctionInferrer::note_blas_product(Dtype d) {
  if (dtype_kind(d) == DtypeKind::Float || dtype_kind(d) == DtypeKind::Complex) program_.note_feature("blas");
}

void FunctionInferrer::note_stacked_product(Type a, Type b) {
  if (a->rank > 2 || b->rank > 2) program_.note_feature("numpy/dot_nd");
}

void FunctionInferrer::note_svd_norm() {
  program_.note_feature("blas");
  program_.note_feature("numpy/linalg_svd");
}

Type FunctionInferrer::numpy_call(const Expr& e, bool* handled) {
  *handled = false;
  const Expr& callee = *e.operands[0];
  const NumpyFunction* fn = numpy_callee(callee);
  const Expr* receiver = nullptr;
  std::string display;
  if (fn) {
    display = "numpy." + (fn->submodule.empty() ? "" : fn->submodule + ".") + fn->name;
    program_.note_python_module("numpy");
    if (!fn->header.empty()) program_.note_feature("numpy/" + fn->header);
  } else if (callee.kind == ExprKind::Attribute) {
    const Expr& base = *callee.operands[0];
    // np.random.rand(...), np.linalg.norm(...): submodules are not supported yet.
    if (base.kind == ExprKind::Attribute && base.operands[0]->kind == ExprKind::Name) {
      auto aliases = numpy_aliases();
      if (std::find(aliases.begin(), aliases.end(), base.operands[0]->name) != aliases.end()) {
        *handled = true;
        program_.report(DiagId::unsupported_construct, callee.range,
                        "numpy function `numpy." + base.name + "." + callee.name + "`");
        return types::unknown();
      }
    }
    bool module_name = base.kind == ExprKind::Name && !is_local(base.name) &&
                       program_.scope().module_aliases.count(base.name);
    if (module_name) return nullptr;
    // Without numpy imported no value is an array: leave the receiver to call_method().
    bool numpy_imported = false;
    for (const auto& [alias, module] : program_.scope().module_aliases) numpy_imported = numpy_imported || module == "numpy";
    for (const auto& [name, fn] : program_.scope().imported_functions) numpy_imported = numpy_imported || fn->module == "numpy";
    for (const auto& [name, c] : program_.scope().imported_constants) numpy_imported = numpy_imported || c->module == "numpy";
    if (!numpy_imported) return nullptr;
    Type t = expr(base);
    if (!is_array(t)) return nullptr;
    *handled = true;
    fn = find_ndarray_method(callee.name);
    if (!fn) {
      for (const auto& arg : e.args) expr(*arg);
      program_.report(DiagId::unknown_method, callee.range, to_string(t), callee.name);
      return types::unknown();
    }
    receiver = &base;
    display = "ndarray." + fn->name;
    program_.note_python_module("numpy");
    if (!fn->header.empty()) program_.note_feature("numpy/" + fn->header);
  } else {
    return nullptr;
  }
  *handled = true;
  inst_.numpy_calls[&e] = {fn, receiver};
  std::vector<const Expr*> slots;
  std::string error = bind_numpy_args(*fn, e, receiver, slots);
  if (!error.empty()) {
    for (const auto& arg : e.args) expr(*arg);
    program_.report(DiagId::unsupported_construct_hint, e.range, "this call of " + display, error);
    return types::unknown();
  }
  std::vector<Type> args(slots.size(), nullptr);
  bool varargs = fn->rule == NumpyRule::Reshape && slots.size() > 1 && slots[1] == &e;
  bool extents = fn->varargs;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if (!slots[i] || (varargs && i == 1)) continue;
    // dtype arguments are names of types, not values.
    if (fn->params[i] == "dtype") continue;
    args[i] = expr(*slots[i]);
    if (is_unknown(args[i])) return types::unknown();
    if (!accepts_zero_dim(fn->rule) && reject_zero_dim(args[i], slots[i]->range)) return types::unknown();
  }
  if (varargs || extents)
    for (const auto& a : e.args)
      if (is_unknown(expr(*a))) return types::unknown();
  return numpy_result(e, *fn, slots, args, display);
}

Type FunctionInferrer::numpy_result(const Expr& e, const NumpyFunction& fn, const std::vector<const Expr*>& slots,
                                    const std::vector<Type>& args, const std::string& display) {
  const NumpyCallSite call{program_, fn, slots, args, display};
  auto numeric_or_array = [&](std::size_t i) { return args[i] && (is_array(args[i]) || is_numeric(args[i])); };
  auto dtype_slot = [&](std::size_t i, std::optional<Dtype> fallback) -> std::optional<Dtype> {
    if (i >= slots.size() || !slots[i]) return fallback;
    auto d = dtype_argument(*slots[i], numpy_aliases());
    if (!d) call.unsupported(*slots[i], "this dtype", "write a numpy dtype such as np.float64, np.int32, float or int");
    return d;
  };
  auto float_of = [&](Dtype d, const Expr& where) -> std::optional<Dtype> {
    auto f = float_result(d);
    if (!f) call.unsupported(where, display + "() of " + dtype_name(d) + " values", "numpy computes it in float16, which pyxc does not support; convert with .astype(np.float64) first");
    return f;
  };

  switch (fn.rule) {
    case NumpyRule::UnaryFloat:
    case NumpyRule::UnarySame:
    case NumpyRule::UnaryBool:
    case NumpyRule::UnaryPart: {
      if (!numeric_or_array(0)) return call.bad_arg(0);
      Dtype d = *elementwise_dtype({args[0]});
      int rank = rank_of(args[0]);
      if (fn.rule == NumpyRule::UnaryBool) {
        if (dtype_kind(d) == DtypeKind::Complex && fn.name != "logical_not") return call.bad_arg(0);
        return array_or_scalar(Dtype::Bool, rank);
      }
      if (fn.rule == NumpyRule::UnaryPart && (fn.op == "real" || fn.op == "imag") && is_array(args[0]) && rank == 0)
        return call.unsupported(e, display + "() of a 0-d array", "numpy returns a 0-d view here; take it of the element x[()]");
      if (fn.rule == NumpyRule::UnaryPart)
        return array_or_scalar(fn.name == "conj" || fn.name == "conjugate" ? d : real_part(d), rank);
      if (fn.rule == NumpyRule::UnarySame) {
        if (d == Dtype::Bool && (fn.op == "neg" || fn.op == "sign")) return call.bad_arg(0);
        if (rank == 0 && fn.op != "abs" && !is_array(args[0]))
          return call.unsupported(e, display + "() of a scalar", "use it on arrays, or the math module for scalars");
        return array_or_scalar(fn.op == "abs" ? real_part(d) : d, rank);
      }
      if (dtype_kind(d) == DtypeKind::Complex && (fn.name == "floor" || fn.name == "ceil" || fn.name == "trunc" ||
                                                  fn.name == "rint" || fn.name == "log1p" || fn.name == "expm1" ||
                                                  fn.name == "log2" || fn.name.rfind("arc", 0) == 0))
        return call.bad_arg(0);
      auto f = float_of(d, e);
      if (!f) return types::unknown();
      return array_or_scalar(*f, rank);
    }
    case NumpyRule::BinaryArith:
    case NumpyRule::BinaryFloat:
    case NumpyRule::BinaryCompare: {
      for (std::size_t i = 0; i < 2; ++i)
        if (!numeric_or_array(i)) return call.bad_arg(i);
      if (!is_array(args[0]) && !is_array(args[1]))
        return call.unsupported(e, display + "() of two scalars", "use Python's operators or the math module");
      // (a 0-d array makes the result a numpy scalar, as numpy's)
      static const std::map<std::string, BinOp> ops = {
          {"add", BinOp::Add}, {"sub", BinOp::Sub}, {"mul", BinOp::Mult}, {"power", BinOp::Pow},
          {"floordiv", BinOp::FloorDiv}, {"mod", BinOp::Mod}, {"truediv", BinOp::Div}};
      if (auto it = ops.find(fn.op); it != ops.end()) return ndarray_binop(it->second, args[0], args[1], e.range);
      Dtype d = *elementwise_dtype({args[0], args[1]});
      int rank = std::max(rank_of(args[0]), rank_of(args[1]));
      if (fn.rule == NumpyRule::BinaryCompare) {
        bool ordering = fn.op == "lt" || fn.op == "le" || fn.op == "gt" || fn.op == "ge";
        if (ordering && dtype_kind(d) == DtypeKind::Complex) return call.bad_arg(0);
        return array_or_scalar(Dtype::Bool, rank);
      }
      if (dtype_kind(d) == DtypeKind::Complex) return call.bad_arg(0);  // minimum, arctan2, hypot of complex
      if (fn.rule == NumpyRule::BinaryFloat) {
        auto f = float_of(d, e);
        return f ? array_or_scalar(*f, rank) : types::unknown();
      }
      return array_or_scalar(d, rank);
    }
    case NumpyRule::Where:
    case NumpyRule::Clip: {
      for (std::size_t i = 0; i < 3; ++i)
        if (!numeric_or_array(i)) return call.bad_arg(i);
      std::vector<Type> values = fn.rule == NumpyRule::Where ? std::vector<Type>{args[1], args[2]} : args;
      Dtype d = *elementwise_dtype(values);
      if (fn.rule == NumpyRule::Where && !(is_array(args[0]) && args[0]->dtype == Dtype::Bool) &&
          args[0]->kind != TypeKind::Bool)
        return call.unsupported(*slots[0], "a non-boolean condition in numpy.where", "compare it: np.where(c != 0, x, y)");
      if (fn.rule == NumpyRule::Clip && dtype_kind(d) == DtypeKind::Complex) return call.bad_arg(0);
      int rank = std::max({rank_of(args[0]), rank_of(args[1]), rank_of(args[2])});
      if (rank == 0) return call.unsupported(e, display + "() of scalars", "use a conditional expression or min/max");
      return types::ndarray(d, rank);
    }
    case NumpyRule::Reduce:
    case NumpyRule::Cumulative: {
      if (!is_array(args[0])) return call.bad_arg(0);
      Type a = args[0];
      Dtype d = a->dtype;
      if (call.given("dtype") || call.given("out"))
        return call.unsupported(*slots[call.slot_index(call.given("dtype") ? "dtype" : "out")], "the `dtype`/`out` arguments of " + display, "leave them out");
      std::size_t ddof = call.slot_index("ddof");
      if (ddof < slots.size() && slots[ddof] && !is_intlike(args[ddof])) return call.bad_arg(ddof);
      bool axis = call.given("axis");
      if (axis && !is_intlike(args[1])) {
        if (args[1]->kind == TypeKind::Tuple)
          return call.unsupported(*slots[1], "a tuple of axes", "reduce one axis at a time");
        return call.bad_arg(1);
      }
      if (fn.rule == NumpyRule::Cumulative) {
        if (axis) return call.unsupported(*slots[1], "`axis` in " + display, "cumulate a 1-d array (ravel() it first)");
        return types::ndarray(sum_dtype(d), 1);
      }
      const std::string& op = fn.op;
      if (dtype_kind(d) == DtypeKind::Complex && (op == "var" || op == "std"))
        return call.unsupported(e, display + "() of complex values", "compute it from np.abs(x) ** 2");
      if (dtype_kind(d) == DtypeKind::Complex && (op == "min" || op == "max" || op == "argmin" || op == "argmax"))
        return call.bad_arg(0);
      Dtype result = reduce_dtype(op, d);
      // keepdims=True (a literal: it decides the rank) keeps the reduced axes as extents of 1.
      if (std::size_t kd = call.slot_index("keepdims"); kd < slots.size() && slots[kd]) {
        if (slots[kd]->kind != ExprKind::BoolLit)
          return call.unsupported(*slots[kd], "a `keepdims` that is not a literal True or False", "it decides the result's rank");
        if (slots[kd]->bool_value && a->rank > 0) {  // (of a 0-d array: a numpy scalar)
          program_.note_feature("numpy/keepdims");
          return types::ndarray(result, a->rank);
        }
      }
      int rank = axis && a->rank > 1 ? a->rank - 1 : 0;
      return array_or_scalar(result, rank);
    }
    case NumpyRule::Create:
    case NumpyRule::Eye: {
      int rank = 0;
      if (fn.rule == NumpyRule::Eye) {
        for (const char* p : {"N", "M"})
          if (call.given(p) && !is_intlike(args[call.slot_index(p)])) return call.bad_arg(call.slot_index(p));
        if (call.given("k")) return call.unsupported(*slots[2], "`k` in numpy.eye", "leave it out");
        rank = 2;
      } else if (is_intlike(args[0])) {
        rank = 1;
      } else if (args[0]->kind == TypeKind::Tuple) {  // (): a 0-d array
        for (Type item : args[0]->items())
          if (!is_intlike(item)) return call.bad_arg(0);
        rank = static_cast<int>(args[0]->items().size());
      } else {
        return call.bad_arg(0);
      }
      std::optional<Dtype> fallback = Dtype::Float64;
      if (fn.name == "full") {
        if (!is_numeric(args[1])) return call.bad_arg(1);
        fallback = scalar_dtype(args[1]);
      }
      auto d = dtype_slot(call.slot_index("dtype"), fallback);
      return d ? types::ndarray(*d, rank) : types::unknown();
    }
    case NumpyRule::CreateLike: {
      if (!is_array(args[0])) return call.bad_arg(0);
      if (fn.name == "full_like" && !is_numeric(args[1])) return call.bad_arg(1);
      auto d = dtype_slot(call.slot_index("dtype"), args[0]->dtype);
      return d ? types::ndarray(*d, args[0]->rank) : types::unknown();
    }
    case NumpyRule::Arange: {
      bool any_float = false;
      for (std::size_t i = 0; i < 3; ++i) {
        if (!slots[i]) continue;
        if (!is_intlike(args[i]) && args[i]->kind != TypeKind::Float) return call.bad_arg(i);
        any_float = any_float || args[i]->kind == TypeKind::Float;
      }
      auto d = dtype_slot(3, any_float ? Dtype::Float64 : Dtype::Int64);
      if (d && dtype_kind(*d) != DtypeKind::Float && !(*d == Dtype::Int64 && !any_float))
        return call.unsupported(*slots[3], "this dtype in numpy.arange", "use int64 or a float dtype");
      return d ? types::ndarray(*d, 1) : types::unknown();
    }
    case NumpyRule::Linspace: {
      for (std::size_t i = 0; i < 2; ++i)
        if (!is_intlike(args[i]) && args[i]->kind != TypeKind::Float) return call.bad_arg(i);
      if (slots[2] && !is_intlike(args[2])) return call.bad_arg(2);
      if (slots[3] && args[3]->kind != TypeKind::Bool) return call.bad_arg(3);
      return types::ndarray(Dtype::Float64, 1);
    }
    case NumpyRule::Array: {
      Type a = args[0];
      int rank = 0;
      std::optional<Dtype> natural;
      if (is_array(a)) {
        rank = a->rank;
        natural = a->dtype;
      } else if (is_numeric(a)) {  // np.array(3.0): a 0-d array
        natural = scalar_dtype(a);
      } else if (a->kind == TypeKind::List && !a->borrowed) {
        Type elem = a->elem();
        rank = 1;
        if (elem->kind == TypeKind::List) {
          elem = elem->elem();
          rank = 2;
        }
        natural = scalar_dtype(elem);
        if (!natural) return call.bad_arg(0);
      } else {
        return call.bad_arg(0);
      }
      auto d = dtype_slot(1, natural);
      if (d && dtype_kind(*d) != DtypeKind::Complex && natural && dtype_kind(*natural) == DtypeKind::Complex)
        return call.bad_arg(0);
      return d ? types::ndarray(*d, rank) : types::unknown();
    }
    case NumpyRule::Dot: {
      if (!is_array(args[0])) return call.bad_arg(0);
      if (!is_array(args[1])) return call.bad_arg(1);
      Dtype d = promote(args[0]->dtype, args[1]->dtype);
      if (d == Dtype::Bool) return call.bad_arg(0);
      note_blas_product(d);
      note_stacked_product(args[0], args[1]);
      int rank = fn.name == "matmul" ? matmul_rank(args[0]->rank, args[1]->rank) : args[0]->rank + args[1]->rank - 2;
      return array_or_scalar(d, rank);
    }
    case NumpyRule::Reshape: {
      if (!is_array(args[0])) return call.bad_arg(0);
      int rank = 0;
      if (slots[1] == &e) {  // a.reshape(2, 3)
        for (const auto& arg : e.args)
          if (!is_intlike(expr(*arg))) return call.unsupported(*arg, "this extent", "reshape takes ints");
        rank = static_cast<int>(e.args.size());
      } else if (is_intlike(args[1])) {
        rank = 1;
      } else if (args[1]->kind == TypeKind::Tuple) {  // (): a 0-d array of a one-element one
        for (Type item : args[1]->items())
          if (!is_intlike(item)) return call.bad_arg(1);
        rank = static_cast<int>(args[1]->items().size());
      } else {
        return call.bad_arg(1);
      }
      return types::ndarray(args[0]->dtype, rank);
    }
    case NumpyRule::Ravel:
      if (!is_array(args[0])) return call.bad_arg(0);
      return types::ndarray(args[0]->dtype, 1);
    case NumpyRule::Transpose:
    case NumpyRule::Copy:
      if (!is_array(args[0])) return call.bad_arg(0);
      return types::ndarray(args[0]->dtype, args[0]->rank);
    case NumpyRule::Astype: {
      if (!is_array(args[0])) return call.bad_arg(0);
      auto d = dtype_slot(1, std::nullopt);
      if (d && dtype_kind(*d) != DtypeKind::Complex && dtype_kind(args[0]->dtype) == DtypeKind::Complex)
        return call.unsupported(e, "casting complex values to " + std::string(dtype_name(*d)), "take np.real(x) or np.abs(x) first");
      return d ? types::ndarray(*d, args[0]->rank) : types::unknown();
    }
    case NumpyRule::Random:
    case NumpyRule::Sort:
    case NumpyRule::Join:
    case NumpyRule::Norm:
    case NumpyRule::LinalgLU:
      return numpy_library_result(e, fn, slots, args, display);
    case NumpyRule::Len:
      if (!is_array(args[0])) return call.bad_arg(0);
      if (fn.name == "shape") return types::tuple(std::vector<Type>(args[0]->rank, types::int_()));
      return types::int_();
  }
  return types::unknown();
}

Type FunctionInferrer::ndarray_binop(BinOp op, Type l, Type r, SourceRange at) {
  auto mismatch = [&]() -> Type {
    program_.report(DiagId::type_mismatch_binop, at, spelling(op), to_string(l), to_string(r));
    return types::unknown();
  };
  if (!(is_array(l) || is_numeric(l)) || !(is_array(r) || is_numeric(r))) return mismatch();
  program_.note_python_module("numpy");
  // A 0-d operand acts as a numpy scalar: with scalars and 0-d arrays only, the result is a
  // numpy scalar (a Python scalar to pyxc), as numpy's is.
  int rank = std::max(rank_of(l), rank_of(r));
  if (op == BinOp::MatMult) {
    if (reject_zero_dim(l, at) || reject_zero_dim(r, at)) return types::unknown();  // numpy: ValueError
    if (!is_array(l) || !is_array(r)) return mismatch();
    Dtype d = promote(l->dtype, r->dtype);
    if (d == Dtype::Bool) return mismatch();
    note_blas_product(d);
    note_stacked_product(l, r);
    return array_or_scalar(d, matmul_rank(l->rank, r->rank));
  }
  Dtype d = *elementwise_dtype({l, r});
  DtypeKind k = dtype_kind(d);
  switch (op) {
    case BinOp::Add:
    case BinOp::Mult:
      return array_or_scalar(d, rank);
    case BinOp::Sub:
      return k == DtypeKind::Bool ? mismatch() : array_or_scalar(d, rank);
    case BinOp::Div:
      if (k == DtypeKind::Float || k == DtypeKind::Complex) return array_or_scalar(d, rank);
      return array_or_scalar(Dtype::Float64, rank);
    case BinOp::FloorDiv:
    case BinOp::Mod:
    case BinOp::Pow:
      if (k == DtypeKind::Bool || (k == DtypeKind::Complex && op != BinOp::Pow)) return mismatch();
      return array_or_scalar(d, rank);
    case BinOp::BitAnd:
    case BinOp::BitOr:
    case BinOp::BitXor:
      if (k != DtypeKind::Bool && !is_int_dtype(d)) return mismatch();
      return array_or_scalar(d, rank);
    default:
      return mismatch();
  }
}

Type FunctionInferrer::ndarray_unary(const Expr& e, Type t) {
  program_.note_python_module("numpy");
  switch (e.unop) {
    case UnaryOp::Neg:
      if (t->dtype == Dtype::Bool) break;
      if (t->rank == 0) return dtype_scalar_type(t->dtype);  // -x of a 0-d array: a numpy scalar
      return t->c_contiguous ? types::ndarray(t->dtype, t->rank) : t;
    case UnaryOp::Pos:
      return array_or_scalar(t->dtype, t->rank);
    case UnaryOp::Invert:
      if (t->dtype != Dtype::Bool && !is_int_dtype(t->dtype)) break;
      return array_or_scalar(t->dtype, t->rank);
    case UnaryOp::Not:
      if (t->rank == 0) return types::boolean();  // bool(x) of a 0-d array is its element's truth
      program_.report(DiagId::unsupported_construct_hint, e.range, "`not` of an array",
                      "its truth value is ambiguous; use np.logical_not(a) or ~a");
      return types::unknown();
  }
  program_.report(DiagId::type_mismatch_unary, e.range, spelling(e.unop), to_string(t));
  return types::unknown();
}

Type FunctionInferrer::ndarray_compare(const Expr& e, const std::vector<Type>& operands) {
  if (e.cmp_ops.size() != 1) {
    bool scalars = std::all_of(operands.begin(), operands.end(), [](Type t) { return rank_of(t) == 0; });
    if (scalars)
      program_.report(DiagId::unsupported_construct_hint, e.range, "a chained comparison with a 0-d array",
                      "compare its element x[()]");
    else
      program_.report(DiagId::unsupported_construct_hint, e.range, "a chained comparison of arrays",
                      "numpy raises here; combine the comparisons with `&`");
    return types::unknown();
  }
  Type l = operands[0], r = operands[1];
  CmpOp op = e.cmp_ops[0];
  bool ok = (is_array(l) || is_numeric(l)) && (is_array(r) || is_numeric(r)) && op != CmpOp::In &&
            op != CmpOp::NotIn && op != CmpOp::Is && op != CmpOp::IsNot;
  if (ok && op != CmpOp::Eq && op != CmpOp::NotEq)
    ok = dtype_kind(*elementwise_dtype({l, r})) != DtypeKind::Complex;
  if (!ok) {
    program_.report(DiagId::type_mismatch_compare, e.range, to_string(l), to_string(r),
                    std::string("`") + spelling(op) + "`");
    return types::unknown();
  }
  program_.note_python_module("numpy");
  return array_or_scalar(Dtype::Bool, std::max(rank_of(l), rank_of(r)));
}

Type FunctionInferrer::ndarray_index(const Expr& index, Type container) {
  std::vector<const Expr*> items;
  if (index.kind == ExprKind::Tuple)
    for (const auto& item : index.operands) items.push_back(item.get());
  else
    items.push_back(&index);
  // Ints drop an axis, slices keep one, None (np.newaxis) adds one of length 1, and one `...`
  // stands for the axes the other items leave.
  int dropped = 0, added = 0, consumed = 0;
  const Expr* ellipsis = nullptr;
  for (const Expr* item : items) {
    if (item->kind == ExprKind::Slice) {
      inst_.expr_types[item] = types::unknown();
      ++consumed;
      for (const auto& bound : item->operands) {
        if (!bound) continue;
        Type b = expr(*bound);
        if (!is_unknown(b) && !is_intlike(b) && b->kind != TypeKind::None) {
          program_.report(DiagId::bad_index_type, bound->range, "slice", to_string(b));
          return types::unknown();
        }
      }
      continue;
    }
    if (item->kind == ExprKind::Ellipsis) {
      inst_.expr_types[item] = types::unknown();
      if (ellipsis) {
        program_.report(DiagId::unsupported_construct_hint, item->range, "a second `...` in an index",
                        "numpy raises IndexError: an index can only have a single ellipsis");
        return types::unknown();
      }
      ellipsis = item;
      continue;
    }
    Type t = expr(*item);
    if (is_unknown(t)) return t;
    if (t->kind == TypeKind::None) {
      ++added;
      continue;
    }
    if (is_intlike(t)) {
      ++dropped;
      ++consumed;
      continue;
    }
    // a[mask] (a bool array of a's shape) and a[idx] (ints into a 1-d a): 1-d copies.
    if (is_array(t) && items.size() == 1 &&
        ((t->dtype == Dtype::Bool && t->rank == container->rank) ||
         (is_int_dtype(t->dtype) && t->rank == 1 && container->rank == 1))) {
      program_.note_python_module("numpy");
      return types::ndarray(container->dtype, 1);
    }
    std::string what = is_array(t) ? (t->dtype == Dtype::Bool ? "boolean mask indexing with a mask of another rank" : "integer array indexing beyond a 1-d array by a 1-d index")
                                   : "an index of type `" + to_string(t) + "`";
    program_.report(DiagId::unsupported_construct_hint, item->range, what,
                    "index with ints, slices, None/np.newaxis, `...`, a boolean mask of the array's shape or 1-d int indices into a 1-d array");
    return types::unknown();
  }
  if (index.kind == ExprKind::Tuple) inst_.expr_types[&index] = types::unknown();
  if (consumed > container->rank) {
    program_.report(DiagId::bad_index_type, index.range,
                    "too many indices for an array of " + std::to_string(container->rank) + " dimension(s):",
                    std::to_string(consumed) + " indices");
    return types::unknown();
  }
  program_.note_python_module("numpy");
  int rank = container->rank - dropped + added;
  // numpy's 0-d array: a[0, ...] of a 1-d a, x[...] of a 0-d x (x[()] is its element).
  if (rank == 0 && ellipsis) return types::ndarray(container->dtype, 0);
  return array_or_scalar(container->dtype, rank);
}

Type FunctionInferrer::ndarray_attribute(const Expr& e, Type t) {
  program_.note_python_module("numpy");
  if (e.name == "shape") return types::tuple(std::vector<Type>(t->rank, types::int_()));
  if (e.name == "ndim" || e.name == "size") return types::int_();
  if (e.name == "T") return types::ndarray(t->dtype, t->rank);
  if (reject_zero_dim(t, e.range)) return types::unknown();
  if (e.name == "real" || e.name == "imag") return types::ndarray(real_part(t->dtype), t->rank);
  program_.report(DiagId::unknown_method, e.range, to_string(t), e.name);
  return types::unknown();
}

void FunctionInferrer::ndarray_store(const Expr& target, Type container, Type value) {
  Type slot = ndarray_index(*target.operands[1], container);
  inst_.expr_types[&target] = slot;
  if (is_unknown(slot) || is_unknown(value)) return;
  Dtype into = container->dtype;
  bool ok = is_array(value) || is_numeric(value);
  if (ok) {
    Dtype from = *elementwise_dtype({value});
    ok = dtype_kind(from) != DtypeKind::Complex || dtype_kind(into) == DtypeKind::Complex;
  }
  if (ok && is_array(value) && value->rank > 0) ok = is_array(slot) && value->rank <= slot->rank;  // (a 0-d value is its element)
  if (!ok)
    program_.report(DiagId::assign_to_undefined_element, target.range,
                    to_string(slot) + " from " + with_article(value));
}

bool FunctionInferrer::ndarray_aug_assign(const Stmt& s, Type current, Type value) {
  if (!is_array(current)) return false;
  Type result = ndarray_binop(s.binop, current, value, s.range);
  if (is_unknown(result)) return true;
  auto order = [](Dtype d) {
    switch (dtype_kind(d)) {
      case DtypeKind::Bool: return 0;
      case DtypeKind::Signed:
      case DtypeKind::Unsigned: return 1;
      case DtypeKind::Float: return 2;
      default: return 3;
    }
  };
  // `x += v` of a 0-d x: the result of x + v is a numpy scalar (numeric_rank gives its kind).
  int result_order = is_array(result) ? order(result->dtype) : numeric_rank(result);
  if (result_order > order(current->dtype) || rank_of(result) > current->rank)
    program_.report(DiagId::assign_to_undefined_element, s.range,
                    "this array in place: the result is " + to_string(result) + " but the array is " +
                        to_string(current));
  return true;
}

}  // namespace pyxc::detail
