// The one declarative table of builtin functions, module functions and module constants
// pyxc supports: it drives inference (signatures), code generation (runtime symbols) and the
// "supported functions" listing (`pyxc --list-builtins`).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/types.hpp"

namespace pyxc {

/// How a builtin's result type is computed. `Fixed` functions have plain signatures; the
/// others are generic over their argument (`sum` of an int list is an int) and typed by
/// a dedicated rule in frontend/infer_call.cpp.
enum class BuiltinRule {
  Fixed, Len, Sum, MinMax, Abs, ToFloat, ToInt, ToBool, ToComplex, Range,
  Choice,   // random.choice(xs): an element of xs
  Shuffle,  // random.shuffle(xs): shuffles a list in place
  Sample,   // random.sample(xs, k): a new list of k elements
  Enumerate, Zip, Reversed,  // lazy iterators over their arguments
  Sorted, ToList, ToSet, ToDict, AnyAll, Round, Divmod, Pow, IsInstance,
  Print, ToStr, Repr,  // any printable value (numbers, str, None, containers of them)
  Next,  // next(g[, default]) on a generator
  Itertools,  // itertools.*: lazy generators, typed in infer_modules.cpp
  Bisect,     // bisect.*: binary search / insertion in a sorted list
  Numpy,    // a numpy function: typed by frontend/infer_numpy.cpp from frontend/numpy_calls.hpp
  Operator,    // the operator module: typed as the operator it names (operator.add as `+`)
  ItemGetter,  // operator.itemgetter(k): a function value (k a constant)
  Map, Filter, Reduce,  // take a function value (see frontend/infer_functional.cpp)
};

struct BuiltinSignature {
  std::vector<Type> params;  // int and bool arguments widen to float/complex parameters
  Type result;
};

struct BuiltinFunction {
  std::string module;  // "" for Python's builtins, else the module ("math")
  std::string name;
  std::string cpp;     // the runtime symbol generated code calls
  BuiltinRule rule;
  std::vector<BuiltinSignature> signatures;  // Fixed only; the first that accepts wins
  std::string doc;     // one-line signature for listings, e.g. "sqrt(x: float) -> float"
};

struct BuiltinConstant {
  std::string module;
  std::string name;
  Type type;
  std::string cpp;
};

const std::vector<BuiltinFunction>& all_builtin_functions();
const std::vector<BuiltinConstant>& all_builtin_constants();

/// nullptr when `module.name` (or builtin `name` when module is "") is not supported.
const BuiltinFunction* find_builtin_function(std::string_view module, std::string_view name);
const BuiltinConstant* find_builtin_constant(std::string_view module, std::string_view name);

/// The scalar a builtin reads from a 0-d array argument `arg` (float(x), int(x), complex(x),
/// bool(x) and the math/cmath functions take its element, as Python's __float__/__index__
/// give it), else nullptr.
Type zero_dim_element(const BuiltinFunction& fn, Type arg);
/// Can an argument of type `arg` be passed where a builtin expects `param` (numbers widen)?
bool builtin_accepts(Type param, Type arg);
/// The first signature of a Fixed builtin that accepts `args` (nullptr if none).
const BuiltinSignature* match_signature(const BuiltinFunction& fn, const std::vector<Type>& args);

/// A method of `str`: positional parameters (the first `required` are mandatory) and result.
struct StrMethod {
  std::string name;
  std::vector<Type> params;
  std::size_t required;
  Type result;
};
/// The str methods pyxc compiles (runtime: pyxc::str_<name>); join and format are special.
const std::vector<StrMethod>& str_methods();
const StrMethod* find_str_method(std::string_view name);

/// Python's builtin exception classes pyxc can raise and catch (runtime: pyxc::exc_kind).
const std::vector<std::string>& exception_class_names();
bool is_exception_class(std::string_view name);

/// Modules `import` accepts.
const std::vector<std::string>& supported_modules();
/// Every name the module provides (for "did you mean").
std::vector<std::string> module_member_names(std::string_view module);

}  // namespace pyxc
