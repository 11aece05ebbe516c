// Static types of pyxc programs. Types are interned: two equal types are the same pointer,
// so `Type` compares with ==.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pyxc {

struct FunctionDef;
struct BuiltinFunction;

enum class TypeKind {
  Unknown,  // not inferred yet (e.g. the element type of `[]` before its first append)
  None,
  Bool,
  Int,      // Python int, represented as int64 (overflow raises OverflowError)
  Float,
  Complex,
  Str,
  List,     // elem(); borrowed() lists are read in place from a Python list argument
  Tuple,    // items()
  Range,    // the result of range(...): iterable of int, not a list
  Exception,  // a caught exception (`except ValueError as e`)
  Iterator,   // elem(): what enumerate/zip/reversed produce; consumed where it is made
  Dict,       // children {key, value}; insertion-ordered, shared by reference
  Set,        // elem()
  Generator,  // elem(): a generator object (generator function call, stored genexp); shared, lazy
  NdArray,    // a numpy array: dtype and rank are static, shape and strides dynamic
  Optional,   // elem(): a value that is None on some paths (`x = None` then `x = 3.0`); see
              // infer.hpp for where it is unwrapped
  Function,   // a function value: def (a user function or lambda) or builtin; children are
              // the types of the variables a closure captures (see frontend/closures.hpp)
};

/// numpy's scalar dtypes (the element types of NdArray).
enum class Dtype { Bool, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float32, Float64, Complex64, Complex128 };

struct TypeNode;
using Type = const TypeNode*;

struct TypeNode {
  TypeKind kind;
  std::vector<Type> children;  // List: {elem}; Tuple: items
  bool borrowed = false;       // List only: a read-only view of a caller's Python list
  Dtype dtype = Dtype::Float64;  // NdArray only
  int rank = 0;                  // NdArray only
  bool c_contiguous = false;     // NdArray only: an export spec demanding C order (`[:, ::1]`)
  const FunctionDef* def = nullptr;          // Function: the user function or lambda
  const BuiltinFunction* builtin = nullptr;  // Function: the builtin (math.sqrt, operator.add)
  std::int64_t constant = 0;                 // Function: the index of operator.itemgetter(k)
  bool f_contiguous = false;           // NdArray only: an export spec demanding Fortran order
  std::vector<std::int64_t> extents;   // NdArray only: an export spec's fixed extents (-1: any), or empty

  Type elem() const { return children.at(0); }
  const std::vector<Type>& items() const { return children; }
};

namespace types {
Type unknown();
Type none();
Type boolean();
Type int_();
Type float_();
Type complex_();
Type str();
Type list(Type elem, bool borrowed = false);
Type tuple(std::vector<Type> items);
Type range();
Type exception();
Type iterator(Type elem);
Type dict(Type key, Type value);
Type set(Type elem);
Type generator(Type elem);
/// `elem or None`; optional(None) is None and optional(optional(T)) is optional(T).
Type optional(Type elem);
Type ndarray(Dtype dtype, int rank, bool c_contiguous = false);
/// An export spec's array: `order(F)` / `[::1, :]` and fixed extents (`float64[:, 3]`: {-1, 3}).
Type ndarray_spec(Dtype dtype, int rank, bool c_contiguous, bool f_contiguous, std::vector<std::int64_t> extents);
/// The value of user function or lambda `def`, with the types of the variables it captures.
Type function(const FunctionDef* def, std::vector<Type> captures = {});
/// The value of a builtin function (`math.sqrt`, `operator.add`, `operator.itemgetter(k)`).
Type builtin_function(const BuiltinFunction* fn, std::int64_t constant = 0);
}  // namespace types

/// True when t is, or holds, a function value satisfying `pred`.
template <class Pred>
bool contains_function(Type t, Pred pred) {
  if (t->kind == TypeKind::Function && pred(t)) return true;
  for (Type c : t->children)
    if (contains_function(c, pred)) return true;
  return false;
}

/// Can a value of type t also be None (an Optional holding it)? Not functions, iterators,
/// generators or exceptions, which exist only inside compiled code.
bool may_be_optional(Type t);

bool is_numeric(Type t);  // bool, int, float, complex
/// Position of a numeric type in Python's tower bool < int < float < complex (-1 if not numeric).
int numeric_rank(Type t);
/// The type of the items produced by iterating a value of type t (`for x in t`); nullptr when
/// t is not iterable (heterogeneous tuples are not: their items have no one static type).
Type iteration_type(Type t);
/// True when the type still contains Unknown somewhere.
bool contains_unknown(Type t);

/// The least type holding both (numeric widening, Unknown absorbed, lists/tuples elementwise;
/// a borrowed and an owned list join to the owned one). nullptr when there is none.
Type join(Type a, Type b);

/// Python-style spelling for diagnostics and export signatures: `float`, `float list`,
/// `(int, float)`.
std::string to_string(Type t);
/// The type spelled as an identifier part: `float_list`, `int_float` (C++ instantiation and
/// struct names).
std::string type_tag(Type t);

}  // namespace pyxc
