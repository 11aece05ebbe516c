// Private to frontend/infer*.cpp: the program-level driver of inference and the per-function
// inferrer, split by syntax category over infer.cpp (program, statements), infer_expr.cpp
// (operators, literals, subscripts) and infer_call.cpp (calls, builtins, methods).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "frontend/builtins.hpp"
#include "frontend/infer.hpp"
#include "frontend/numpy_calls.hpp"

namespace pyxc::detail {

/// What names mean at module level: functions, imported modules and imported members.
struct ModuleScope {
  std::map<std::string, const FunctionDef*> functions;
  std::map<std::string, std::string> module_aliases;  // local alias -> module ("m" -> "math")
  std::map<std::string, const BuiltinFunction*> imported_functions;  // from math import sqrt
  std::map<std::string, const BuiltinConstant*> imported_constants;  // from math import pi
  std::vector<const Stmt*> constant_stmts;  // module-level `NAME = value`, in order
  std::set<std::string> constant_names;

  std::vector<std::string> all_names() const;
};

/// Adds the names a block binds (assignments, loop targets, imports, defs, `except as`).
void collect_locals(const Block& block, std::set<std::string>& out);

/// Can print()/str()/an f-string field show a value of this type?
bool printable(Type t);

/// "a float", "an int list": types with an article, for sentences in diagnostics.
std::string with_article(Type t);

/// Python's name for a value's class, as in CPython's messages: `float`, `NoneType`, `list`.
std::string python_type_name(Type t);

/// For each function, which parameters are only read (never assigned, mutated, stored or
/// returned): a float-list argument in such a position can be read in place.
std::map<const FunctionDef*, std::vector<bool>> find_readonly_params(const ModuleScope& scope);

class ProgramInferrer {
 public:
  ProgramInferrer(const Module& module, Diagnostics& diags);

  /// Builds the module scope; false after reporting bad imports.
  bool build_scope();
  /// The instantiation of `def` at `args` (created, and queued for inference, if new).
  Instantiation* instantiate(const FunctionDef* def, const std::vector<Type>& args);
  std::optional<TypedProgram> run(const std::vector<ExportedFunction>& exports);
  /// Reports exports whose result holds a generator (it cannot become a Python object).
  bool check_exported_results(const std::vector<TypedExport>& exports);

  template <class... Args>
  void report(DiagId id, SourceRange range, const Args&... args) {
    if (!reporting_) return;
    auto key = std::make_tuple(static_cast<int>(id), range.begin.line, range.begin.col);
    if (!reported_.insert(key).second) return;
    diags_.report(id, range, args...);
  }
  bool reporting() const { return reporting_; }
  int error_count() const { return diags_.error_count(); }
  const ModuleScope& scope() const { return scope_; }
  const Module& module() const { return module_; }
  bool param_is_readonly(const FunctionDef* def, std::size_t index) const;
  void note_python_module(const std::string& name) { used_modules_.insert(name); }
  void note_feature(const std::string& name) { features_.insert(name); }
  /// Checks an `#omp` annotation once (not once per instantiation), in the reporting pass.
  void check_omp(const FunctionDef& function, const Stmt& s, const std::set<std::string>& locals);
  /// Reports np.random calls inside a parallel loop (numpy's generator is shared).
  void report_numpy_random_in(const Stmt& loop);
  /// The type of module constant `name` so far (Unknown until its assignment is inferred).
  Type constant_type(const std::string& name) const;
  /// The captures of a nested def or lambda (nullptr for a module-level function).
  const ClosureInfo* closure(const FunctionDef* def) const;
  /// The variables a stored generator expression reads that may change before it runs.
  const std::vector<std::string>* late_genexp_reads(const Expr* genexp) const {
    auto it = late_genexp_reads_.find(genexp);
    return it == late_genexp_reads_.end() ? nullptr : &it->second;
  }
  /// A closure decided the element type of a captured empty container (`acc = []` then
  /// `acc.append(v)` in a nested def): the enclosing function's variable takes it.
  void refine_capture(const FunctionDef* enclosing, const std::string& name, Type t) {
    Type& slot = capture_refinements_[{enclosing, name}];
    Type joined = slot ? join(slot, t) : t;
    if (joined) slot = joined;
  }
  const std::map<std::pair<const FunctionDef*, std::string>, Type>& capture_refinements() const {
    return capture_refinements_;
  }

 private:
  bool infer_all_once();  // one pass over every instantiation; true if anything changed
  void keep_reachable(TypedProgram& program, const std::vector<const Instantiation*>& roots);

  const Module& module_;
  Diagnostics& diags_;
  ModuleScope scope_;
  bool reporting_ = false;
  std::set<std::tuple<int, std::uint32_t, std::uint32_t>> reported_;
  std::vector<std::unique_ptr<Instantiation>> instantiations_;
  std::unique_ptr<Instantiation> constants_;  // def == nullptr: the module's constants
  std::map<std::pair<const FunctionDef*, std::vector<Type>>, Instantiation*> index_;
  std::map<const FunctionDef*, std::vector<bool>> readonly_;
  std::set<std::string> used_modules_;
  std::set<std::string> features_;
  std::set<const Stmt*> omp_checked_;
  ClosureMap closures_;
  LateGenexpReads late_genexp_reads_;
  std::map<std::pair<const FunctionDef*, std::string>, Type> capture_refinements_;
};

/// One bound numpy call being typed (infer_numpy.cpp, infer_numpy_library.cpp): the argument
/// bound to each parameter (slots, null when omitted) and its type, and the diagnostics every
/// typing rule reports about them.
struct NumpyCallSite {
  ProgramInferrer& program;
  const NumpyFunction& fn;
  const std::vector<const Expr*>& slots;
  const std::vector<Type>& args;
  const std::string& display;  // `numpy.sum`, `ndarray.sort`

  /// Reports argument i's type as unsupported by the function.
  Type bad_arg(std::size_t i) const {
    program.report(DiagId::bad_argument_type, slots[i]->range, display, to_string(args[i]));
    return types::unknown();
  }
  Type unsupported(const Expr& where, const std::string& what, const std::string& hint) const {
    program.report(DiagId::unsupported_construct_hint, where.range, what, hint);
    return types::unknown();
  }
  /// The slot of parameter `name` (slots.size() when the function has none).
  std::size_t slot_index(const char* name) const {
    for (std::size_t i = 0; i < fn.params.size(); ++i)
      if (fn.params[i] == name) return i;
    return slots.size();
  }
  /// Was parameter `name` given a value other than None?
  bool given(const char* name) const {
    std::size_t i = slot_index(name);
    return i < slots.size() && slots[i] && slots[i]->kind != ExprKind::NoneLit;
  }
};

/// Infers one instantiation: one pass over its body, widening its locals and return type.
class FunctionInferrer {
 public:
  FunctionInferrer(ProgramInferrer& program, Instantiation& inst);
  /// One pass; true when a local's type or the return type changed.
  bool run();

 private:
  // statements (infer.cpp)
  void block(const Block& stmts);
  void stmt(const Stmt& s);
  void assign(const Stmt& s);
  void aug_assign(const Stmt& s);
  void for_loop(const Stmt& s);
  void bind_target(const Expr& target, Type value);
  void assign_name(const std::string& name, Type value, SourceRange at);
  void add_return(Type t, SourceRange at);
  void check_condition(const Expr& test);
  void try_stmt(const Stmt& s);
  void raise_stmt(const Stmt& s);
  /// Checks `except X` / `except (X, Y)`: every name must be a builtin exception class.
  void check_exception_classes(const Expr& type);

  // expressions (infer_expr.cpp)
 public:
  /// The type of e as a value: an optional is unwrapped (see infer.hpp).
  Type expr(const Expr& e);
  /// The type of e where None is accepted too (assignment, return, `is`, truth tests, ...).
  Type expr_optional(const Expr& e);
  /// iteration_type(t), noting the runtime support that iterating t needs.
  Type iterate(Type t);

 private:
  Type expr_uncached(const Expr& e);
  /// Is e a local proven non-None at this point of the function?
  bool proven_non_none(const Expr& e) const;
  /// CPython's exception for e's unwrap when it is None (no effect when e is not unwrapped).
  void unwrap_message(const Expr& e, std::string message, bool attribute = false);
  /// A dict key or set item `key` that may be None, used with a container whose keys are
  /// `slot`: kept optional when the container can hold None; otherwise a lookup raises
  /// KeyError(None) and a store (or a lookup with a default) is a located error. Returns the
  /// key's type as used.
  Type none_key(const Expr& key, Type key_type, Type slot, Type container, bool lookup);

  // optional values: which locals are proven non-None (infer_optional.cpp)
  /// Adds the locals that `test` evaluating to `truth` proves non-None.
  void narrow(const Expr& test, bool truth);
  /// After an assignment of `value` to local `name`.
  void note_assigned(const std::string& name, Type value);
  void if_stmt(const Stmt& s);
  /// The value of `x is None` (`is not`, `==`, `!=`, `not ...`) when x's type decides it.
  std::optional<bool> static_truth(const Expr& test) const;
  /// Forgets the proofs of the locals a loop or try statement assigns anywhere in it.
  void forget_assigned_in(const Stmt& s);
  Type name(const Expr& e);
  /// `exponent` is the right operand when it is an expression (for `int ** -2`), else null.
  Type binop(const Expr* exponent, BinOp op, Type l, Type r, SourceRange at);
  Type unary(const Expr& e);
  Type boolop(const Expr& e);
  Type compare(const Expr& e);
  Type ifexp(const Expr& e);
  Type subscript(const Expr& e);
  Type list_literal(const Expr& e);
  Type list_comp(const Expr& e);
  Type attribute(const Expr& e);

  // generators (infer_generator.cpp)
  Type gen_exp(const Expr& e);
  bool in_generator() const;
  /// A generator function's result starts as `? generator`, before any yield is typed.
  void start_generator();
  void yield_stmt(const Expr& y);
  Type yield_value(const Expr& y);  // `yield` anywhere but as a statement: rejected
  void generator_return(const Stmt& s);
  Type next_builtin(const Expr& e, const std::vector<Type>& args);

  // itertools and bisect (infer_modules.cpp)
  /// The module function `callee` names (`itertools.product`, an imported `bisect_left`).
  const BuiltinFunction* module_function(const Expr& callee) const;
  /// Does the callee check its keyword arguments itself (itertools, bisect)?
  bool checks_own_keywords(const Expr& callee) const;
  Type module_call(const Expr& e, const BuiltinFunction& fn, const std::vector<Type>& args);

  // calls (infer_call.cpp)
  Type call(const Expr& e);
  Type call_builtin(const Expr& e, const BuiltinFunction& fn, const std::vector<Type>& args);
  Type isinstance(const Expr& e);
  Type str_method(const Expr& e, const std::string& method, const std::vector<Type>& args);
  Type fstring(const Expr& e);
  Type container_method(const Expr& e, const Expr& receiver, Type t, const std::string& method,
                        const std::vector<Type>& args);
  Type call_user(const Expr& e, const FunctionDef& def, const std::vector<Type>& captures = {});
  Type call_method(const Expr& e, const Expr& receiver, const std::string& method,
                   const std::vector<Type>& args);

  bool is_local(const std::string& name) const;

  // numpy (infer_numpy.cpp)
 public:
  /// A call of a numpy function or ndarray method: sets *handled and returns its type;
  /// returns nullptr with *handled false for any other call.
  Type numpy_call(const Expr& e, bool* handled);
  Type ndarray_binop(BinOp op, Type l, Type r, SourceRange at);
  Type ndarray_unary(const Expr& e, Type t);
  Type ndarray_compare(const Expr& e, const std::vector<Type>& operands);
  /// The type of `container[index]` for an array container (a view, or an element).
  Type ndarray_index(const Expr& index, Type container);
  Type ndarray_attribute(const Expr& e, Type t);
  void ndarray_store(const Expr& target, Type container, Type value);
  /// `a op= v` for an array a (in place); false when current is not an array.
  bool ndarray_aug_assign(const Stmt& s, Type current, Type value);
  std::vector<std::string> numpy_aliases() const;
  const NumpyFunction* numpy_callee(const Expr& callee) const;
  /// Reports t used at `at` when it is a 0-d array, where pyxc does not take one (len, dot,
  /// sort, joins, np.random, np.linalg, ...); true when reported.
  bool reject_zero_dim(Type t, SourceRange at);
  /// `for x in t` of a t that is not iterable (a 0-d array: numpy's TypeError, worded as such).
  void report_not_iterable(SourceRange at, Type t);

 private:
  Type numpy_result(const Expr& e, const NumpyFunction& fn, const std::vector<const Expr*>& slots,
                    const std::vector<Type>& args, const std::string& display);
  /// np.random, sorting, joining and np.linalg (infer_numpy_library.cpp).
  Type numpy_library_result(const Expr& e, const NumpyFunction& fn, const std::vector<const Expr*>& slots,
                            const std::vector<Type>& args, const std::string& display);
  /// dot/matmul/`@` with result dtype d: float and complex products may call BLAS, so the
  /// program notes the "blas" feature (the driver then links the module with OpenBLAS).
  void note_blas_product(Dtype d);
  /// dot/@ with an operand of rank 3 or more: pyxc/numpy/dot_nd.hpp.
  void note_stacked_product(Type a, Type b);
  /// norm(A, 2 / -2 / 'nuc'): singular values from LAPACK (pyxc/numpy/linalg_svd.hpp, linked
  /// from OpenBLAS like the products).
  void note_svd_norm();
  // function values, lambdas, nested defs, calls through values (infer_function_values.cpp)
 public:
  /// Calls function value `fn` with arguments of types `args` on behalf of `site`: a call, or
  /// (`callback`) the function argument a builtin like map calls. Instantiates a user function.
  Type invoke(const Expr& site, SourceRange at, Type fn, std::vector<Type> args, bool callback = true);

 private:
  /// The value of a function named at module level (`square`, `len`, `math.sqrt`), or null.
  Type named_function_value(const Expr& e, const BuiltinFunction* builtin, const FunctionDef* def);
  /// A nested def or lambda evaluated here: its closure value, with its captures' types.
  Type closure_value(const FunctionDef& def, SourceRange at);
  /// The type of a captured variable at the closure's creation.
  Type lookup_variable(const std::string& name);
  /// Inside a nested def, its own name: the closure being run.
  bool is_self_name(const std::string& name) const;
  Type call_value(const Expr& e, Type fn);
  Type builtin_value_call(SourceRange at, Type fn, const std::vector<Type>& args);

  // builtins that take function values: map, filter, functools.reduce; sorted, min and max
  // with key= and list.sort (infer_functional.cpp)
  Type functional_builtin(const Expr& e, const BuiltinFunction& fn, const std::vector<Type>& args);
  /// Does the call pass a key= function (not None)?
  bool has_key(const Expr& e) const;
  /// Types the call's key= function on items of type `elem`; false after reporting.
  bool check_key(const Expr& e, Type elem);
  /// min/max's result: the items' type, joined with default='s.
  Type minmax_default(const Expr& e, Type elem);
  /// Reports returning a by-reference closure out of the function that made it.
  void check_escape(Type t, SourceRange at);

  ProgramInferrer& program_;
  Instantiation& inst_;
  std::set<std::string> local_names_;                // names assigned anywhere in the function
  std::map<std::string, SourceRange> first_binding_;  // where each local got its first type
  std::vector<std::map<std::string, Type>> comprehension_scopes_;
  bool changed_ = false;
  int loop_depth_ = 0;
  /// Loop depth at each enclosing `finally:` block: the block runs inside a C++ lambda, so a
  /// return, or a break/continue to a loop outside it, cannot be compiled.
  std::vector<int> finally_loop_depths_;
  std::set<std::string> assigned_so_far_;  // locals assigned earlier in source order
  SourceRange return_range_;  // first return, for conflict messages
  SourceRange yield_range_;   // first yield, for conflict messages
  int handler_depth_ = 0;     // inside `except` blocks (a coroutine cannot yield there)
  std::set<std::string> non_none_;  // optional locals proven non-None here (source order)
  bool unreachable_ = false;        // after a static branch that never falls through
};

}  // namespace pyxc::detail
