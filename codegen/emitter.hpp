// Private to codegen/: the per-function C++ emitter and the naming helpers it shares with the
// module-glue emitter. emit.cpp holds statements, emit_expr.cpp expressions, emit_glue.cpp the
// CPython module, cpp_names.cpp spelling (types, identifiers, literals).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "codegen/emit.hpp"
#include "frontend/builtins.hpp"
#include "frontend/numpy_types.hpp"
#include "frontend/definite_assignment.hpp"
#include "frontend/omp.hpp"

namespace pyxc {
struct NumpyFunction;
}

namespace pyxc::codegen {

/// The C++ type for a pyxc type: `double`, `pyxc::list<pyxc::int_t>`, `std::tuple<...>`.
std::string cpp_type(Type t);
/// A Python identifier made safe as a C++ identifier (keywords and our namespaces get a `_`).
std::string cpp_ident(const std::string& name);
/// The C++ name of an instantiation: the Python name (made safe) plus its `__types` suffix.
std::string cpp_function_name(const Instantiation& inst);
/// C++ literal text for Python literals.
std::string int_literal(std::int64_t v);
std::string float_literal(double v);
std::string string_literal(const std::string& utf8);
/// Converts C++ expression `code` of type `from` to type `to` (numeric widening, empty lists).
std::string convert(const std::string& code, Type from, Type to);

/// `(a + b)` -> `a + b` when the outer parentheses enclose the whole expression.
std::string strip_parens(const std::string& code);
/// `a, b, c` with each argument's redundant outer parentheses removed.
std::string join_args(const std::vector<std::string>& codes);
/// Whether the exported functions run with the GIL released (see emit_glue.cpp).
bool releases_gil(const TypedProgram& program);
/// The structs that represent the program's function values (one per function-value type;
/// a closure's struct holds its captures), before the functions that use them.
void emit_function_structs(const TypedProgram& program, const EmitOptions& options, std::string& out);
/// Emits the glue that makes `program` a CPython extension module (appended to `out`).
void emit_module_glue(const TypedProgram& program, const EmitOptions& options, std::string& out);

class FunctionEmitter {
 public:
  FunctionEmitter(const TypedProgram& program, const Instantiation& inst, const EmitOptions& options,
                  std::string& out);
  void emit_definition();
  /// For the constants pseudo-instantiation: the globals and init_module_constants().
  void emit_constants(const std::vector<const Stmt*>& stmts);
  std::string prototype() const;

  // expressions (emit_expr.cpp)
  /// e's C++ code, unwrapped when inference uses an optional e as its value (see infer.hpp).
  std::string expr(const Expr& e);
  std::string expr_as(const Expr& e, Type target);
  /// The type of e's value as its consumer sees it (unwrapped when e is).
  Type type_of(const Expr& e) const;

 private:
  // statements (emit.cpp)
  void block(const Block& stmts);
  void stmt(const Stmt& s);
  void plain_stmt(const Stmt& s);
  bool uses_random(const Block& block) const;
  void omp_stmt(const Stmt& s, const OmpDirective& d);
  void omp_region(const Stmt& s, const OmpDirective& d);
  std::string omp_clauses(const OmpDirective& d, const std::set<std::string>& extra_private);
  bool dict_get_update(const Stmt& s);  // `d[k] = d.get(k, c) + v` in one lookup
  bool effect_free_operand(const Expr& e) const;
  void assign(const Stmt& s);
  void aug_assign(const Stmt& s);
  void for_loop(const Stmt& s);
  void while_loop(const Stmt& s);
  void if_chain(const Stmt& s, bool is_elif);
  // try/except and raise (emit_try.cpp)
  void raise_stmt(const Stmt& s);
  void try_stmt(const Stmt& s);
  /// A try statement being emitted whose handlers a jump can reach.
  struct ActiveTry {
    std::string caught;  // the pyxc::exception the handlers test
    std::string label;   // where the handlers start
    std::vector<const ExceptHandler*> handlers;
  };
  /// The innermost try of this function whose handlers catch `raised`, or null.
  const ActiveTry* local_handler(const std::string& raised) const;
  void jump_to_handler(const ActiveTry& t, const std::string& kind, const std::string& message);
  /// An error a statement may raise before its last step: division by zero (dict null) or a
  /// missing dict key.
  struct RaiseCheck {
    const Expr* operand;  // the divisor, or the key
    const Expr* dict;
    std::string kind;
    std::string message;
  };
  /// The checks of `s` in evaluation order; false when s has other side effects before its
  /// last step (then it is left to the exception path).
  bool statement_raise_checks(const Stmt& s, std::vector<RaiseCheck>& checks) const;
  bool collect_raise_checks(const Expr& e, std::vector<RaiseCheck>& checks) const;
  /// Before a statement of a try body: the checks whose errors a local handler catches.
  void emit_raise_checks(const Stmt& s);
  /// C++ condition: does the caught pyxc::exception match `except <type>`?
  std::string exception_test(const Expr& type, const std::string& caught);
  void assign_target(const Expr& target, const std::string& value_code, Type value_type);
  void line(const std::string& text);
  void source_comment(const Stmt& s);
  std::string fresh(const std::string& base);
  /// expr() without the unwrap: the code of e as inference typed it.
  std::string expr_value(const Expr& e);
  std::set<const Expr*> emitting_optional_;  // unwrapped expressions whose own code is being emitted
  std::string condition(const Expr& test);

  // expressions (emit_expr.cpp)
  std::string name(const Expr& e);
  std::string binop_code(BinOp op, const std::string& l, Type lt, const std::string& r, Type rt,
                         Type result, const Expr* exponent);
  std::string unary(const Expr& e);
  std::string boolop(const Expr& e);
  std::string compare(const Expr& e);
  std::string compare_pair(CmpOp op, const std::string& l, Type lt, const std::string& r, Type rt);
  std::string call(const Expr& e);
  std::string call_builtin(const Expr& e, const BuiltinFunction& fn);
  std::string str_method(const Expr& e, const std::string& method);
  /// An expression in a position that iterates it (str iterates over characters).
  std::string iterable(const Expr& e);
  /// iterable(e) for a for loop: a list no name can reach is consumed (items moved out).
  std::string loop_iterable(const Expr& e);

  // function values (emit_function_values.cpp)
  /// The value of a function-typed expression that names a function or makes a closure.
  std::string function_value(Type fn);
  /// The arguments a closure passes its instantiation after the declared ones, read from the
  /// closure value `value` (or the running closure's own parameters when `self`).
  std::vector<std::string> capture_args(Type fn, const std::string& value, bool self);
  /// A call through a function value (or of a builtin value such as operator.add).
  std::string call_value(const Expr& e);
  std::string call_builtin_value(Type fn, const std::vector<std::string>& codes, const std::vector<Type>& types,
                                 Type result);
  /// A C++ lambda calling function value `fn_expr` with arguments of `arg_types`: what the
  /// runtime's map, filter, sorted(key=)... call. `fn_expr` was typed as a callback.
  std::string callback(const Expr& fn_expr, const std::vector<Type>& arg_types);
  /// map, filter, functools.reduce (emit_functional.cpp).
  std::string functional_builtin(const Expr& e, const BuiltinFunction& fn);
  /// sorted, min and max with key= (and default=).
  std::string keyed_builtin(const Expr& e, const BuiltinFunction& fn);
  /// xs.sort(key=, reverse=).
  std::string list_sort(const Expr& e);
  std::string subscript(const Expr& e);
  std::string list_literal(const Expr& e, Type target);
  std::string tuple_literal(const Expr& e, Type target);
  std::string container_literal(const Expr& e, Type target);
  std::string list_comp(const Expr& e, Type target);
  /// `for (T x : iter)` header plus the bindings a tuple target needs (for comprehensions).
  std::string comprehension_loops(const Expr& e, std::vector<std::string>& closers,
                                  const std::string& indent, const std::string& first_iter = "");
  std::string fused_sum(const Expr& comp, Type result, const Expr* start);
  void forget_comprehension_names(const Expr& comp);

  // generators (emit_generator.cpp)
  /// `[&]() -> result_type { prologue; <comp's loops> { body(indent) } epilogue }()`
  std::string fused_loop(const Expr& comp, const std::string& result_type, const std::string& prologue,
                         const std::function<std::string(const std::string& pad)>& body,
                         const std::string& epilogue);
  /// A builtin call whose first argument is a generator expression, fused into one loop ("" if
  /// this consumer is not fused).
  std::string fused_consumer(const Expr& call, const BuiltinFunction& fn);
  std::string fused_join(const std::string& separator, const Expr& comp);
  /// A generator expression as a value: a coroutine lambda called right away.
  std::string gen_exp_value(const Expr& e);
  std::string yield_code(const Expr& y);
  /// `for` over a generator expression as one loop; false when it cannot be fused.
  bool fused_for(const Stmt& s);
  bool is_generator() const { return inst_.def && inst_.def->is_generator; }

  // itertools and bisect (emit_modules.cpp)
  std::string module_call(const Expr& e, const BuiltinFunction& fn);
  const BuiltinFunction* builtin_callee(const Expr& callee) const;
  // Slices a `for` loop reads in place (emit_slice_views.cpp).
  void mark_slice_views(const Stmt& for_stmt);
  bool is_list_slice(const Expr& e) const;
  bool may_change_lists(const Block& body) const;
  bool may_change_lists(const Expr& e) const;
  /// build(codes), but with the operands evaluated into temporaries, left to right, when the
  /// order could be observed (two operands that may raise).
  std::string in_order(const std::vector<const Expr*>& operands, std::vector<std::string> codes,
                       const std::function<std::string(const std::vector<std::string>&)>& build);

  // numpy (emit_numpy.cpp)
  std::string numpy_operand(const std::string& code, Type t, Dtype compute);
  std::string numpy_map(const std::string& op, Dtype compute, const std::vector<std::string>& codes,
                        const std::vector<Type>& types);
  std::string ndarray_binop_code(BinOp op, const std::string& l, Type lt, const std::string& r, Type rt, Type result,
                                 const Expr* exponent = nullptr);
  std::string ndarray_compare_code(const Expr& e);
  std::string ndarray_unary_code(const Expr& e);
  /// expr(e), evaluated into an array when it is a lazy expression.
  std::string array_code(const Expr& e);
  std::string ndarray_index_args(const Expr& index);
  std::string ndarray_subscript_code(const Expr& e);
  std::string ndarray_attribute_code(const Expr& e);
  void ndarray_store(const Expr& target, const std::string& value, Type value_type);
  bool ndarray_aug_assign(const Stmt& s);
  /// A numpy function or ndarray method call (sets *handled), else "".
  std::string numpy_call_code(const Expr& e, bool* handled);
  /// np.random, sorting, joining and np.linalg calls (emit_numpy_library.cpp).
  std::string numpy_library_code(const Expr& e, const NumpyFunction& fn, const std::vector<const Expr*>& slots);

  const TypedProgram& program_;
  const Instantiation& inst_;
  const EmitOptions& options_;
  std::string& out_;
  int indent_ = 1;
  int counter_ = 0;
  std::vector<ActiveTry> active_trys_;  // enclosing try bodies, innermost last
  std::vector<std::string> handled_;    // the exceptions of the enclosing handlers (bare `raise`)
  std::string thread_rng_;  // inside a parallel loop that draws: this thread's generator
  std::set<std::string> declared_;               // locals already declared
  std::set<std::string> declare_on_first_assign_;  // declared by their first top-level assignment
  std::set<std::string> loop_scoped_;            // loop variables declared by their `for` header
  std::map<std::string, int> name_uses_;         // occurrences of each name in the function
  struct Loop {
    std::string broke_flag;  // set by `break` when the loop has an `else`
  };
  std::vector<Loop> loops_;
  std::set<std::string> comprehension_names_;    // names bound by an enclosing comprehension
  std::set<const Expr*> slice_views_;            // list slices emitted as in-place views
  std::set<std::string> captured_by_reference_;  // locals a closure points to: declared up front
  MaybeUnbound maybe_unbound_;  // reads that raise UnboundLocalError when their variable is unset
  /// After a statement binds flagged variables: `bound_x = true;`.
  void mark_bound(const Expr& target);
};

}  // namespace pyxc::codegen
