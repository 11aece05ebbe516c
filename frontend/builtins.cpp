#include "frontend/builtins.hpp"

#include "frontend/numpy_calls.hpp"

namespace pyxc {

namespace {

BuiltinFunction generic(std::string name, std::string cpp, BuiltinRule rule, std::string doc) {
  return {"", std::move(name), std::move(cpp), rule, {}, std::move(doc)};
}

/// A math function over floats: `math.sqrt(x: float) -> float` and friends.
BuiltinFunction math_fn(std::string name, int arity, Type result = types::float_()) {
  std::vector<Type> params(arity, types::float_());
  std::string doc = name + "(";
  for (int i = 0; i < arity; ++i) doc += i ? ", x" + std::to_string(i + 1) + ": float" : "x: float";
  doc += ") -> " + to_string(result);
  return {"math", name, "pyxc::math::" + name, BuiltinRule::Fixed, {{params, result}}, doc};
}

/// A function of `module` with fixed signatures, e.g. random.randrange's three forms.
BuiltinFunction fixed(std::string module, std::string name, std::vector<BuiltinSignature> signatures) {
  std::string doc;
  for (const auto& sig : signatures) {
    doc += (doc.empty() ? "" : " / ") + name + "(";
    for (std::size_t i = 0; i < sig.params.size(); ++i) doc += (i ? ", " : "") + to_string(sig.params[i]);
    doc += ") -> " + to_string(sig.result);
  }
  std::string cpp = "pyxc::" + module + "::" + name;
  return {std::move(module), std::move(name), std::move(cpp), BuiltinRule::Fixed, std::move(signatures), doc};
}

/// The `random` module: CPython's Mersenne Twister, same sequence after random.seed(n).
void add_random_functions(std::vector<BuiltinFunction>& table) {
  Type f = types::float_(), i = types::int_(), none = types::none();
  table.push_back(fixed("random", "random", {{{}, f}}));
  table.push_back(fixed("random", "seed", {{{}, none}, {{i}, none}, {{f}, none}}));
  table.push_back(fixed("random", "uniform", {{{f, f}, f}}));
  table.push_back(fixed("random", "randint", {{{i, i}, i}}));
  table.push_back(fixed("random", "randrange", {{{i}, i}, {{i, i}, i}, {{i, i, i}, i}}));
  table.push_back(fixed("random", "getrandbits", {{{i}, i}}));
  for (const char* name : {"gauss", "normalvariate"})
    table.push_back(fixed("random", name, {{{}, f}, {{f}, f}, {{f, f}, f}}));
  table.push_back(fixed("random", "triangular", {{{}, f}, {{f, f}, f}, {{f, f, f}, f}}));
  table.push_back(fixed("random", "expovariate", {{{f}, f}}));
  table.push_back(fixed("random", "paretovariate", {{{f}, f}}));
  for (const char* name : {"lognormvariate", "vonmisesvariate", "gammavariate", "betavariate", "weibullvariate"})
    table.push_back(fixed("random", name, {{{f, f}, f}}));
  table.push_back({"random", "choice", "pyxc::random::choice", BuiltinRule::Choice, {}, "choice(xs: T list | range) -> T"});
  table.push_back({"random", "shuffle", "pyxc::random::shuffle", BuiltinRule::Shuffle, {}, "shuffle(xs: T list) -> None"});
  table.push_back({"random", "sample", "pyxc::random::sample", BuiltinRule::Sample, {}, "sample(xs: T list | range, k: int) -> T list"});
}

/// `itertools` (lazy, each a pyxc::generator) and `bisect`: typed by their own rules
/// (frontend/infer_modules.cpp), since results depend on the arguments' types.
void add_itertools_bisect_functions(std::vector<BuiltinFunction>& table) {
  auto rule = [&](const char* module, const std::string& name, BuiltinRule r, const std::string& doc) {
    table.push_back({module, name, std::string("pyxc::") + module + "::" + name, r, {}, doc});
  };
  rule("itertools", "product", BuiltinRule::Itertools, "product(*iterables, repeat=n) -> tuple generator (n: int literal)");
  rule("itertools", "permutations", BuiltinRule::Itertools, "permutations(xs, r) -> (T, ...) generator (r: int literal)");
  rule("itertools", "combinations", BuiltinRule::Itertools, "combinations(xs, r) -> (T, ...) generator (r: int literal)");
  rule("itertools", "count", BuiltinRule::Itertools, "count(start=0, step=1) -> int | float generator");
  rule("itertools", "islice", BuiltinRule::Itertools, "islice(xs, stop) / islice(xs, start, stop[, step]) -> T generator");
  rule("itertools", "chain", BuiltinRule::Itertools, "chain(*iterables) -> T generator");
  rule("itertools", "accumulate", BuiltinRule::Itertools, "accumulate(xs[, initial=v]) -> T generator (running sums)");
  for (std::string name : {"bisect_left", "bisect_right", "bisect"})
    rule("bisect", name, BuiltinRule::Bisect, name + "(a: T list, x: T, lo=0, hi=len(a)) -> int");
  for (std::string name : {"insort_left", "insort_right", "insort"})
    rule("bisect", name, BuiltinRule::Bisect, name + "(a: T list, x: T, lo=0, hi=len(a)) -> None");
}

/// `cmath`: functions of complex numbers (ints and floats widen), CPython's errors.
void add_cmath_functions(std::vector<BuiltinFunction>& table) {
  Type c = types::complex_(), f = types::float_(), b = types::boolean();
  for (const char* name : {"sqrt", "exp", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
                           "tanh", "asinh", "acosh", "atanh"})
    table.push_back(fixed("cmath", name, {{{c}, c}}));
  table.push_back(fixed("cmath", "log", {{{c}, c}, {{c, c}, c}}));
  table.push_back(fixed("cmath", "phase", {{{c}, f}}));
  table.push_back(fixed("cmath", "polar", {{{c}, types::tuple({f, f})}}));
  table.push_back(fixed("cmath", "rect", {{{f, f}, c}}));
  for (const char* name : {"isfinite", "isinf", "isnan"}) table.push_back(fixed("cmath", name, {{{c}, b}}));
  table.push_back(fixed("cmath", "isclose", {{{c, c}, b}}));
}

/// The operator module: each function typed and compiled as the operator it names.
void add_operator_functions(std::vector<BuiltinFunction>& table) {
  auto op = [&](const char* name, const char* doc) {
    table.push_back({"operator", name, std::string("pyxc::op::") + name, BuiltinRule::Operator, {}, doc});
  };
  op("add", "add(a, b) -> a + b");
  op("sub", "sub(a, b) -> a - b");
  op("mul", "mul(a, b) -> a * b");
  op("truediv", "truediv(a, b) -> a / b");
  op("floordiv", "floordiv(a, b) -> a // b");
  op("mod", "mod(a, b) -> a % b");
  op("pow", "pow(a, b) -> a ** b");
  op("and_", "and_(a, b) -> a & b");
  op("or_", "or_(a, b) -> a | b");
  op("xor", "xor(a, b) -> a ^ b");
  op("lshift", "lshift(a, b) -> a << b");
  op("rshift", "rshift(a, b) -> a >> b");
  op("neg", "neg(a) -> -a");
  op("pos", "pos(a) -> +a");
  op("abs", "abs(a) -> abs(a)");
  op("not_", "not_(a) -> not a");
  op("truth", "truth(a) -> bool(a)");
  op("lt", "lt(a, b) -> a < b");
  op("le", "le(a, b) -> a <= b");
  op("eq", "eq(a, b) -> a == b");
  op("ne", "ne(a, b) -> a != b");
  op("gt", "gt(a, b) -> a > b");
  op("ge", "ge(a, b) -> a >= b");
  table.push_back({"operator", "itemgetter", "", BuiltinRule::ItemGetter, {}, "itemgetter(k: int constant) -> function x: x[k]"});
}

std::vector<BuiltinFunction> make_functions() {
  std::vector<BuiltinFunction> table = {
      generic("len", "pyxc::len", BuiltinRule::Len, "len(x: list | tuple | str | range) -> int"),
      generic("sum", "pyxc::sum", BuiltinRule::Sum, "sum(xs: T list | range) -> T"),
      generic("min", "pyxc::min", BuiltinRule::MinMax, "min(xs) / min(a, b, ...)"),
      generic("max", "pyxc::max", BuiltinRule::MinMax, "max(xs) / max(a, b, ...)"),
      generic("abs", "pyxc::abs", BuiltinRule::Abs, "abs(x: int | float | complex)"),
      generic("float", "pyxc::to_float", BuiltinRule::ToFloat, "float(x: int | float | bool) -> float"),
      generic("int", "pyxc::to_int", BuiltinRule::ToInt, "int(x: int | float | bool) -> int"),
      generic("bool", "pyxc::to_bool", BuiltinRule::ToBool, "bool(x) -> bool"),
      generic("complex", "pyxc::complex_t", BuiltinRule::ToComplex, "complex(re: float, im: float = 0) -> complex"),
      generic("range", "pyxc::range", BuiltinRule::Range, "range(stop) / range(start, stop[, step])"),
      generic("enumerate", "pyxc::enumerate", BuiltinRule::Enumerate, "enumerate(xs[, start: int]) -> (int, T) iterator"),
      generic("zip", "pyxc::zip", BuiltinRule::Zip, "zip(xs, ys[, zs]) -> (T, U[, V]) iterator"),
      generic("reversed", "pyxc::reversed", BuiltinRule::Reversed, "reversed(xs: T list | range) -> T iterator"),
      generic("sorted", "pyxc::sorted", BuiltinRule::Sorted, "sorted(xs) -> T list"),
      generic("list", "pyxc::to_list", BuiltinRule::ToList, "list() / list(xs) -> T list"),
      generic("print", "pyxc::print", BuiltinRule::Print, "print(*values, sep=' ', end='\\n')"),
      generic("str", "pyxc::to_str", BuiltinRule::ToStr, "str(x) -> str"),
      generic("repr", "pyxc::repr", BuiltinRule::Repr, "repr(x) -> str"),
      {"", "ord", "pyxc::ord", BuiltinRule::Fixed, {{{types::str()}, types::int_()}}, "ord(c: str) -> int"},
      {"", "chr", "pyxc::chr", BuiltinRule::Fixed, {{{types::int_()}, types::str()}}, "chr(i: int) -> str"},
      generic("set", "pyxc::to_set", BuiltinRule::ToSet, "set() / set(xs) -> T set"),
      generic("dict", "pyxc::dict", BuiltinRule::ToDict, "dict() -> K:V dict"),
      generic("any", "pyxc::any", BuiltinRule::AnyAll, "any(xs) -> bool"),
      generic("all", "pyxc::all", BuiltinRule::AnyAll, "all(xs) -> bool"),
      generic("round", "pyxc::round", BuiltinRule::Round, "round(x: float) -> int / round(x: float, n: int) -> float"),
      generic("divmod", "pyxc::divmod", BuiltinRule::Divmod, "divmod(a, b) -> (q, r)"),
      generic("pow", "pyxc::pow", BuiltinRule::Pow, "pow(a, b) / pow(a: int, b: int, m: int) -> int"),
      generic("next", "pyxc::next", BuiltinRule::Next, "next(g: T generator[, default: T]) -> T"),
      generic("map", "pyxc::map", BuiltinRule::Map, "map(f, xs[, ys, zs]) -> f(x[, y, z]) iterator (lazy)"),
      generic("filter", "pyxc::filter", BuiltinRule::Filter, "filter(f | None, xs) -> T iterator (lazy)"),
      generic("isinstance", "", BuiltinRule::IsInstance, "isinstance(x, int | float | bool | complex | str | list | tuple) -> bool"),
  };
  for (const char* name : {"sqrt", "exp", "expm1", "log2", "log10", "log1p", "sin", "cos", "tan",
                           "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
                           "fabs", "degrees", "radians", "erf", "erfc", "gamma", "lgamma"})
    table.push_back(math_fn(name, 1));
  for (const char* name : {"atan2", "hypot", "pow", "fmod", "copysign"}) table.push_back(math_fn(name, 2));
  for (const char* name : {"floor", "ceil", "trunc"}) table.push_back(math_fn(name, 1, types::int_()));
  for (const char* name : {"isnan", "isinf", "isfinite"}) table.push_back(math_fn(name, 1, types::boolean()));
  // math.log(x) and math.log(x, base).
  table.push_back({"math", "log", "pyxc::math::log", BuiltinRule::Fixed,
                   {{{types::float_()}, types::float_()},
                    {{types::float_(), types::float_()}, types::float_()}},
                   "log(x: float[, base: float]) -> float"});
  table.push_back({"math", "isclose", "pyxc::math::isclose", BuiltinRule::Fixed,
                   {{{types::float_(), types::float_()}, types::boolean()}},
                   "isclose(a: float, b: float) -> bool"});
  table.push_back({"math", "factorial", "pyxc::math::factorial", BuiltinRule::Fixed,
                   {{{types::int_()}, types::int_()}}, "factorial(n: int) -> int"});
  table.push_back({"math", "gcd", "pyxc::math::gcd", BuiltinRule::Fixed,
                   {{{types::int_(), types::int_()}, types::int_()}}, "gcd(a: int, b: int) -> int"});
  add_random_functions(table);
  add_itertools_bisect_functions(table);
  add_cmath_functions(table);
  add_operator_functions(table);
  table.push_back({"functools", "reduce", "pyxc::functools::reduce", BuiltinRule::Reduce, {},
                   "reduce(f, xs[, initial]) -> accumulator"});
  for (const char* name : {"time", "perf_counter", "monotonic"})
    table.push_back(fixed("time", name, {{{}, types::float_()}}));
  for (const auto& f : numpy_functions()) {
    if (!f.function) continue;
    std::string doc = f.name + "(";
    for (std::size_t i = 0; i < f.params.size(); ++i)
      doc += (i ? ", " : "") + f.params[i] + (i < f.required || f.params[i] == "*" ? "" : "=");
    if (f.varargs) doc += "*shape";
    std::string module = f.submodule.empty() ? "numpy" : "numpy." + f.submodule;
    std::string cpp = "pyxc::np::" + (f.submodule.empty() ? "" : f.submodule + "::") + f.op;
    table.push_back({module, f.name, cpp, BuiltinRule::Numpy, {}, doc + ")"});
  }
  return table;
}

}  // namespace

const std::vector<BuiltinFunction>& all_builtin_functions() {
  static const std::vector<BuiltinFunction> table = make_functions();
  return table;
}

const std::vector<BuiltinConstant>& all_builtin_constants() {
  static const std::vector<BuiltinConstant> table = {
      {"math", "pi", types::float_(), "pyxc::math::pi"},
      {"math", "e", types::float_(), "pyxc::math::e"},
      {"math", "tau", types::float_(), "pyxc::math::tau"},
      {"math", "inf", types::float_(), "pyxc::math::inf"},
      {"math", "nan", types::float_(), "pyxc::math::nan"},
      {"cmath", "pi", types::float_(), "pyxc::cmath::pi"},
      {"cmath", "e", types::float_(), "pyxc::cmath::e"},
      {"cmath", "tau", types::float_(), "pyxc::cmath::tau"},
      {"cmath", "inf", types::float_(), "pyxc::cmath::inf"},
      {"cmath", "nan", types::float_(), "pyxc::cmath::nan"},
      {"cmath", "infj", types::complex_(), "pyxc::cmath::infj"},
      {"cmath", "nanj", types::complex_(), "pyxc::cmath::nanj"},
      {"numpy", "pi", types::float_(), "pyxc::np::pi"},
      {"numpy", "e", types::float_(), "pyxc::np::e"},
      {"numpy", "inf", types::float_(), "pyxc::np::inf"},
      {"numpy", "nan", types::float_(), "pyxc::np::nan"},
      {"numpy", "newaxis", types::none(), "pyxc::np::newaxis{}"},
  };
  return table;
}

const BuiltinFunction* find_builtin_function(std::string_view module, std::string_view name) {
  for (const auto& f : all_builtin_functions())
    if (f.module == module && f.name == name) return &f;
  return nullptr;
}

const BuiltinConstant* find_builtin_constant(std::string_view module, std::string_view name) {
  for (const auto& c : all_builtin_constants())
    if (c.module == module && c.name == name) return &c;
  return nullptr;
}

bool builtin_accepts(Type param, Type arg) {
  if (param == arg) return true;
  return is_numeric(param) && is_numeric(arg) && numeric_rank(arg) <= numeric_rank(param);
}

const BuiltinSignature* match_signature(const BuiltinFunction& fn, const std::vector<Type>& args) {
  for (const auto& sig : fn.signatures) {
    if (sig.params.size() != args.size()) continue;
    bool ok = true;
    for (std::size_t i = 0; i < args.size(); ++i) ok = ok && builtin_accepts(sig.params[i], args[i]);
    if (ok) return &sig;
  }
  return nullptr;
}

const std::vector<StrMethod>& str_methods() {
  static const std::vector<StrMethod> methods = [] {
    Type s = types::str(), i = types::int_(), b = types::boolean();
    std::vector<StrMethod> m = {
        {"split", {s, i}, 0, types::list(s)},      {"rsplit", {s, i}, 0, types::list(s)},
        {"strip", {s}, 0, s},                      {"lstrip", {s}, 0, s},
        {"rstrip", {s}, 0, s},                     {"replace", {s, s, i}, 2, s},
        {"find", {s, i, i}, 1, i},                 {"rfind", {s, i, i}, 1, i},
        {"index", {s, i, i}, 1, i},                {"rindex", {s, i, i}, 1, i},
        {"count", {s, i, i}, 1, i},                {"startswith", {s, i, i}, 1, b},
        {"endswith", {s, i, i}, 1, b},             {"zfill", {i}, 1, s},
        {"ljust", {i, s}, 1, s},                   {"rjust", {i, s}, 1, s},
        {"center", {i, s}, 1, s},                  {"partition", {s}, 1, types::tuple({s, s, s})},
        {"rpartition", {s}, 1, types::tuple({s, s, s})}, {"splitlines", {b}, 0, types::list(s)},
        {"removeprefix", {s}, 1, s},               {"removesuffix", {s}, 1, s},
    };
    for (const char* name : {"upper", "lower", "title", "capitalize", "swapcase", "casefold"})
      m.push_back({name, {}, 0, s});
    for (const char* name : {"isdigit", "isalpha", "isspace", "isalnum", "isupper", "islower", "isdecimal",
                             "isnumeric", "istitle", "isidentifier", "isprintable", "isascii"})
      m.push_back({name, {}, 0, b});
    return m;
  }();
  return methods;
}

const StrMethod* find_str_method(std::string_view name) {
  for (const auto& m : str_methods())
    if (m.name == name) return &m;
  return nullptr;
}

const std::vector<std::string>& exception_class_names() {
  static const std::vector<std::string> names = {
      "Exception",      "ArithmeticError", "LookupError",    "ZeroDivisionError",   "OverflowError",
      "IndexError",     "KeyError",        "ValueError",     "TypeError",           "AssertionError",
      "RuntimeError",   "NotImplementedError", "MemoryError", "StopIteration", "UnboundLocalError",
      "AttributeError"};
  return names;
}

bool is_exception_class(std::string_view name) {
  for (const auto& n : exception_class_names())
    if (n == name) return true;
  return false;
}

const std::vector<std::string>& supported_modules() {
  static const std::vector<std::string> modules = {"math", "cmath", "random", "time", "itertools", "bisect", "numpy", "operator", "functools"};
  return modules;
}

std::vector<std::string> module_member_names(std::string_view module) {
  std::vector<std::string> names;
  for (const auto& f : all_builtin_functions())
    if (f.module == module) names.push_back(f.name);
  for (const auto& c : all_builtin_constants())
    if (c.module == module) names.push_back(c.name);
  return names;
}

Type zero_dim_element(const BuiltinFunction& fn, Type arg) {
  if (arg->kind != TypeKind::NdArray || arg->rank != 0) return nullptr;
  switch (fn.rule) {
    case BuiltinRule::ToFloat:
    case BuiltinRule::ToInt:
    case BuiltinRule::ToBool:
    case BuiltinRule::ToComplex: return dtype_scalar_type(arg->dtype);
    case BuiltinRule::Fixed:
      return fn.module == "math" || fn.module == "cmath" ? dtype_scalar_type(arg->dtype) : nullptr;
    default: return nullptr;
  }
}

}  // namespace pyxc
