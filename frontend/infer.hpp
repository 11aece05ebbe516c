// Type inference: every export signature seeds a monomorphic instantiation of the function
// it names and of every function that one reaches; locals, list element types and return
// types are solved by a fixpoint over `join` (Python's numeric widening).
//
// Optional values: a variable, parameter or result that is None on some paths and a value on
// others has type `T or None` (TypeKind::Optional). Where such a value is used as a T (an
// operand, a subscripted or iterated container, a method's receiver, a builtin's argument) the
// expression is *unwrapped*: recorded in Instantiation::unwraps, it raises CPython's exception
// at run time when the value is None (TypeError, AttributeError for a method). Inference also
// tracks, in statement order, the locals proven non-None (after `x = 3.0`, inside `if x is not
// None:`, after `if x is None: return`, right of `x is None or ...`): those unwraps are
// `proven` and compile to a plain dereference. Places that accept None keep the optional:
// assignment, return, arguments of compiled functions, `is`/`==`/`!=`, truth tests, print/str.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/closures.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/export_spec.hpp"
#include "frontend/types.hpp"

namespace pyxc {

struct NumpyFunction;

/// One Python function at one tuple of argument types: becomes one C++ function.
struct Instantiation {
  const FunctionDef* def = nullptr;
  std::vector<Type> param_types;
  Type return_type = nullptr;
  std::string cpp_name;                // unique among instantiations
  std::map<std::string, Type> locals;  // every local variable, parameters included
  std::unordered_map<const Expr*, Type> expr_types;
  std::unordered_map<const Expr*, const Instantiation*> call_targets;  // calls of user functions
  /// For each call of a user function: the argument expression bound to each parameter, in
  /// parameter order (keywords matched by name; a parameter's default when omitted).
  std::unordered_map<const Expr*, std::vector<const Expr*>> call_args;
  /// A function value a builtin calls (map's, sorted's key=): the type of what it returns for
  /// the items the builtin passes (its instantiation, for a user function, is in call_targets).
  std::unordered_map<const Expr*, Type> callback_results;
  /// Calls of numpy functions and ndarray methods, as inference resolved them (the import
  /// aliases, `from numpy import`, submodules): codegen does not resolve names again.
  struct NumpyCall {
    const NumpyFunction* function = nullptr;
    const Expr* receiver = nullptr;  // an ndarray method's array, else nullptr
  };
  std::unordered_map<const Expr*, NumpyCall> numpy_calls;
  /// Optional-typed expressions used as their value type (see the top of this file).
  struct Unwrap {
    bool proven = false;      // a local known not to be None here: no check
    bool attribute = false;   // a method's receiver: AttributeError rather than TypeError
    std::string message;      // CPython's message when the value is None
    std::string kind;         // the exception when not TypeError/AttributeError (KeyError for d[k])
  };
  std::unordered_map<const Expr*, Unwrap> unwraps;
  /// Tests decided by a local's static type: `key is None` where key is None-typed (a
  /// parameter whose default None was kept) is true, where it holds a value false. The branch
  /// not taken is neither typed nor emitted; for `and`/`or`, operands after the deciding one.
  std::unordered_map<const Expr*, bool> static_tests;
  std::unordered_set<const Stmt*> unreachable;  // after a static branch that never falls through
};

/// How one export overload is called: `owned` converts the arguments into pyxc containers;
/// `borrowed`, when set, reads float-list arguments in place (tried first, see codegen).
struct TypedOverload {
  const ExportOverload* spec = nullptr;
  const Instantiation* owned = nullptr;
  const Instantiation* borrowed = nullptr;
  std::vector<bool> readonly_params;  // parameters the function only reads (never mutates)

  bool param_is_readonly(std::size_t i) const { return i < readonly_params.size() && readonly_params[i]; }
};

struct TypedExport {
  const ExportedFunction* function = nullptr;
  std::vector<TypedOverload> overloads;
};

struct TypedProgram {
  const Module* module = nullptr;
  /// Module-level constants (`SCALE = 2.5`), typed like the locals of a function without
  /// parameters (def is null): their types are in constants->locals.
  std::unique_ptr<Instantiation> constants;
  std::vector<const Stmt*> constant_stmts;  // in source order
  std::vector<std::unique_ptr<Instantiation>> instantiations;  // callees before callers where possible
  std::vector<TypedExport> exports;
  std::vector<std::string> exported_constants;  // `#export NAME`, names in constants->locals
  std::vector<std::string> python_modules;  // imported modules the program uses ("math")
  /// Runtime headers the program needs beyond the always-included ones ("str", "print").
  std::set<std::string> runtime_features;
  /// The captures of every nested def and lambda (the hidden trailing parameters of their
  /// instantiations, after the declared ones).
  ClosureMap closures;
};

struct BuiltinFunction;
/// Argument `index` of a call of an itertools or bisect function, given by position or by
/// its keyword (`bisect_left(a, x, hi=5)`); null when the call leaves it out.
const Expr* module_call_argument(const Expr& call, const BuiltinFunction& fn, std::size_t index);

/// Types the whole program. Returns nullopt after reporting located errors.
std::optional<TypedProgram> infer_program(const Module& module,
                                          const std::vector<ExportedFunction>& exports,
                                          Diagnostics& diags);

}  // namespace pyxc
