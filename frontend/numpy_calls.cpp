#include "frontend/numpy_calls.hpp"

#include <algorithm>
#include <limits>

namespace pyxc {

namespace {
using R = NumpyRule;

/// np.random's legacy functions on the global RandomState (runtime: pyxc/numpy/random.hpp).
void add_random_functions(std::vector<NumpyFunction>& t) {
  auto fn = [&](const char* name, std::vector<std::string> params, std::size_t required, const char* op) {
    NumpyFunction f{name, R::Random, std::move(params), required, op};
    f.submodule = "random";
    f.header = "random";
    t.push_back(std::move(f));
  };
  fn("seed", {"seed"}, 0, "seed");
  fn("rand", {}, 0, "random_sample");
  t.back().varargs = true;
  fn("randn", {}, 0, "standard_normal");
  t.back().varargs = true;
  fn("random", {"size"}, 0, "random_sample");
  fn("random_sample", {"size"}, 0, "random_sample");
  fn("standard_normal", {"size"}, 0, "standard_normal");
  fn("uniform", {"low", "high", "size"}, 0, "uniform");
  fn("normal", {"loc", "scale", "size"}, 0, "normal");
  fn("randint", {"low", "high", "size", "dtype"}, 1, "randint");
}

/// Sorting, joining and np.linalg (runtime: pyxc/numpy/sort.hpp, join.hpp, linalg.hpp).
void add_sort_join_functions(std::vector<NumpyFunction>& t) {
  auto fn = [&](const char* name, std::vector<std::string> params, const char* op, const char* header,
                R rule, bool method, bool function) {
    NumpyFunction f{name, rule, std::move(params), 1, op, method, function};
    f.header = header;
    t.push_back(std::move(f));
  };
  fn("sort", {"a", "axis", "kind", "order"}, "sort", "sort", R::Sort, false, true);
  fn("sort", {"a", "axis", "kind", "order"}, "sort_inplace", "sort", R::Sort, true, false);
  fn("argsort", {"a", "axis", "kind", "order"}, "argsort", "sort", R::Sort, true, true);
  fn("unique", {"ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan"}, "unique", "sort", R::Sort,
     false, true);
  fn("concatenate", {"arrays", "axis"}, "concatenate", "join", R::Join, false, true);
  fn("stack", {"arrays", "axis"}, "stack", "join", R::Join, false, true);
  fn("vstack", {"tup"}, "vstack", "join", R::Join, false, true);
  fn("hstack", {"tup"}, "hstack", "join", R::Join, false, true);
  NumpyFunction norm{"norm", R::Norm, {"x", "ord", "axis", "keepdims"}, 1, "norm"};
  norm.submodule = "linalg";
  norm.header = "linalg";
  t.push_back(norm);
  for (auto [name, params] : std::vector<std::pair<const char*, std::vector<std::string>>>{
           {"det", {"a"}}, {"inv", {"a"}}, {"solve", {"a", "b"}}}) {
    NumpyFunction f{name, R::LinalgLU, params, params.size(), name};
    f.submodule = "linalg";
    f.header = "linalg_lu";
    t.push_back(f);
  }
}

std::vector<NumpyFunction> make_table() {
  std::vector<NumpyFunction> t;
  auto ufunc = [&](const char* name, R rule, const char* op, int arity) {
    std::vector<std::string> params = arity == 1 ? std::vector<std::string>{"x"} : std::vector<std::string>{"x1", "x2"};
    t.push_back({name, rule, params, static_cast<std::size_t>(arity), op});
  };
  for (const char* n : {"sqrt", "exp", "log", "log10", "log2", "log1p", "expm1", "sin", "cos", "tan", "arcsin",
                        "arccos", "arctan", "sinh", "cosh", "tanh", "floor", "ceil", "trunc", "rint"})
    ufunc(n, R::UnaryFloat, n, 1);
  ufunc("abs", R::UnarySame, "abs", 1);
  ufunc("absolute", R::UnarySame, "abs", 1);
  ufunc("negative", R::UnarySame, "neg", 1);
  ufunc("square", R::UnarySame, "square", 1);
  ufunc("sign", R::UnarySame, "sign", 1);
  for (const char* n : {"isnan", "isinf", "isfinite"}) ufunc(n, R::UnaryBool, n, 1);
  ufunc("logical_not", R::UnaryBool, "logical_not", 1);
  for (const char* n : {"real", "imag", "conj", "conjugate"}) ufunc(n, R::UnaryPart, n == std::string("conjugate") ? "conj" : n, 1);
  ufunc("add", R::BinaryArith, "add", 2);
  ufunc("subtract", R::BinaryArith, "sub", 2);
  ufunc("multiply", R::BinaryArith, "mul", 2);
  ufunc("power", R::BinaryArith, "power", 2);
  ufunc("minimum", R::BinaryArith, "minimum", 2);
  ufunc("maximum", R::BinaryArith, "maximum", 2);
  ufunc("fmin", R::BinaryArith, "fmin", 2);
  ufunc("fmax", R::BinaryArith, "fmax", 2);
  ufunc("floor_divide", R::BinaryArith, "floordiv", 2);
  ufunc("remainder", R::BinaryArith, "mod", 2);
  ufunc("mod", R::BinaryArith, "mod", 2);
  ufunc("divide", R::BinaryFloat, "truediv", 2);
  ufunc("true_divide", R::BinaryFloat, "truediv", 2);
  ufunc("arctan2", R::BinaryFloat, "arctan2", 2);
  ufunc("hypot", R::BinaryFloat, "hypot", 2);
  for (auto [n, op] : std::vector<std::pair<const char*, const char*>>{
           {"equal", "eq"}, {"not_equal", "ne"}, {"less", "lt"}, {"less_equal", "le"}, {"greater", "gt"},
           {"greater_equal", "ge"}, {"logical_and", "logical_and"}, {"logical_or", "logical_or"}})
    ufunc(n, R::BinaryCompare, op, 2);
  t.push_back({"where", R::Where, {"condition", "x", "y"}, 3, "where"});
  t.push_back({"clip", R::Clip, {"a", "a_min", "a_max"}, 3, "clip", true});

  // keepdims is keyword-only here ("*"): numpy's positional slots before it (dtype, out) are not supported.
  for (const char* n : {"sum", "prod", "mean", "min", "max", "argmin", "argmax", "any", "all"})
    t.push_back({n, R::Reduce, {"a", "axis", "*", "keepdims"}, 1, n, true});
  t.push_back({"amin", R::Reduce, {"a", "axis", "*", "keepdims"}, 1, "min"});
  t.push_back({"amax", R::Reduce, {"a", "axis", "*", "keepdims"}, 1, "max"});
  for (const char* n : {"var", "std"})
    t.push_back({n, R::Reduce, {"a", "axis", "dtype", "out", "ddof", "keepdims"}, 1, n, true});
  t.push_back({"cumsum", R::Cumulative, {"a", "axis"}, 1, "cumsum", true});
  t.push_back({"cumprod", R::Cumulative, {"a", "axis"}, 1, "cumprod", true});

  for (const char* n : {"zeros", "ones", "empty"}) t.push_back({n, R::Create, {"shape", "dtype"}, 1, n});
  t.push_back({"full", R::Create, {"shape", "fill_value", "dtype"}, 2, "full"});
  for (const char* n : {"zeros_like", "ones_like", "empty_like"}) t.push_back({n, R::CreateLike, {"a", "dtype"}, 1, n});
  t.push_back({"full_like", R::CreateLike, {"a", "fill_value", "dtype"}, 2, "full_like"});
  t.push_back({"arange", R::Arange, {"start", "stop", "step", "dtype"}, 1, "arange"});
  t.push_back({"linspace", R::Linspace, {"start", "stop", "num", "endpoint"}, 2, "linspace"});
  t.push_back({"array", R::Array, {"object", "dtype"}, 1, "array_from"});
  t.push_back({"asarray", R::Array, {"a", "dtype"}, 1, "array_from"});
  t.push_back({"eye", R::Eye, {"N", "M", "k", "dtype"}, 1, "eye"});
  t.push_back({"dot", R::Dot, {"a", "b"}, 2, "dot", true});
  t.push_back({"matmul", R::Dot, {"x1", "x2"}, 2, "dot"});
  t.push_back({"reshape", R::Reshape, {"a", "newshape"}, 2, "reshape", true});
  t.push_back({"ravel", R::Ravel, {"a"}, 1, "ravel", true});
  t.push_back({"flatten", R::Ravel, {"a"}, 1, "flatten", true, false});
  t.push_back({"transpose", R::Transpose, {"a"}, 1, "transposed", true});
  t.push_back({"copy", R::Copy, {"a"}, 1, "copy", true, false});             // a.copy(): C order
  t.push_back({"copy", R::Copy, {"a"}, 1, "copy_keep_order"});              // np.copy(a): order='K'
  t.push_back({"astype", R::Astype, {"a", "dtype"}, 2, "astype", true, false});
  t.push_back({"size", R::Len, {"a"}, 1, "size"});
  t.push_back({"ndim", R::Len, {"a"}, 1, "ndim"});
  t.push_back({"shape", R::Len, {"a"}, 1, "shape"});
  add_random_functions(t);
  add_sort_join_functions(t);
  return t;
}
}  // namespace

const std::vector<NumpyFunction>& numpy_functions() {
  static const std::vector<NumpyFunction> table = make_table();
  return table;
}

const NumpyFunction* find_numpy_function(const std::string& name, const std::string& submodule) {
  for (const auto& f : numpy_functions())
    if (f.function && f.name == name && f.submodule == submodule) return &f;
  return nullptr;
}

bool is_numpy_submodule(const std::string& name) { return name == "random" || name == "linalg"; }

const NumpyFunction* find_ndarray_method(const std::string& name) {
  for (const auto& f : numpy_functions())
    if (f.method && f.name == name) return &f;
  return nullptr;
}

/// How many parameters can be given positionally (those before a "*").
static std::size_t positional_count(const NumpyFunction& fn) {
  auto star = std::find(fn.params.begin(), fn.params.end(), "*");
  return static_cast<std::size_t>(star - fn.params.begin());
}

std::string bind_numpy_args(const NumpyFunction& fn, const Expr& call, const Expr* receiver,
                            std::vector<const Expr*>& slots) {
  slots.assign(fn.params.size(), nullptr);
  std::size_t next = 0;
  if (receiver) slots[next++] = receiver;
  // a.reshape(2, 3): the extents as separate arguments.
  if (receiver && fn.rule == NumpyRule::Reshape && call.args.size() > 1) {
    slots[1] = &call;  // marks varargs: codegen and inference read call.args
    return call.keywords.empty() ? "" : "reshape() takes no keyword arguments here";
  }
  for (const auto& arg : call.args) {
    if (fn.varargs) break;  // extents: inference and codegen read call.args
    if (next >= fn.params.size() || fn.params[next] == "*")
      return fn.name + "() takes at most " + std::to_string(positional_count(fn) - (receiver ? 1 : 0)) + " arguments";
    slots[next++] = arg.get();
  }
  for (const auto& kw : call.keywords) {
    auto it = std::find(fn.params.begin(), fn.params.end(), kw.name);
    if (it == fn.params.end() || kw.name == "*" || (receiver && it == fn.params.begin()))
      return fn.name + "() got an unexpected keyword argument `" + kw.name + "`";
    auto i = static_cast<std::size_t>(it - fn.params.begin());
    if (slots[i]) return fn.name + "() got multiple values for argument `" + kw.name + "`";
    slots[i] = kw.value.get();
  }
  for (std::size_t i = 0; i < fn.required; ++i)
    if (!slots[i]) return fn.name + "() missing required argument `" + fn.params[i] + "`";
  return "";
}

std::optional<Dtype> dtype_argument(const Expr& e, const std::vector<std::string>& numpy_aliases) {
  if (e.kind == ExprKind::Name && (e.name == "float" || e.name == "int" || e.name == "bool" || e.name == "complex"))
    return dtype_from_name(e.name);
  if (e.kind == ExprKind::StrLit) return dtype_from_name(e.str_value);
  if (e.kind == ExprKind::Attribute && e.operands[0]->kind == ExprKind::Name &&
      std::find(numpy_aliases.begin(), numpy_aliases.end(), e.operands[0]->name) != numpy_aliases.end())
    return dtype_from_name(e.name);
  return std::nullopt;
}

Dtype reduce_dtype(const std::string& op, Dtype d) {
  if (op == "sum" || op == "prod" || op == "cumsum" || op == "cumprod") return sum_dtype(d);
  if (op == "mean" || op == "var" || op == "std") {
    if (dtype_kind(d) == DtypeKind::Complex) return op == "mean" ? d : d == Dtype::Complex64 ? Dtype::Float32 : Dtype::Float64;
    return dtype_kind(d) == DtypeKind::Float ? d : Dtype::Float64;
  }
  if (op == "argmin" || op == "argmax") return Dtype::Int64;
  if (op == "any" || op == "all") return Dtype::Bool;
  return d;  // min, max
}

std::optional<double> literal_norm_order(const Expr& e) {
  if (e.kind == ExprKind::IntLit) return static_cast<double>(e.int_value);
  if (e.kind == ExprKind::FloatLit) return e.float_value;
  if (e.kind == ExprKind::Attribute && e.name == "inf" && e.operands[0]->kind == ExprKind::Name)
    return std::numeric_limits<double>::infinity();
  if (e.kind == ExprKind::UnaryOp && e.unop == UnaryOp::Neg)
    if (auto v = literal_norm_order(*e.operands[0])) return -*v;
  return std::nullopt;
}

Dtype sum_dtype(Dtype d) {
  switch (dtype_kind(d)) {
    case DtypeKind::Bool:
    case DtypeKind::Signed: return Dtype::Int64;
    case DtypeKind::Unsigned: return Dtype::UInt64;
    default: return d;
  }
}

}  // namespace pyxc
