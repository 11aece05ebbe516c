// Type inference for numpy's library functions beyond elementwise operations and reductions:
// np.random's legacy functions, sorting (sort argsort unique), joining (concatenate stack
// vstack hstack) and np.linalg.
#include <algorithm>
#include <limits>
#include <optional>

#include "frontend/infer_internal.hpp"

namespace pyxc::detail {

namespace {
bool is_array(Type t) { return t->kind == TypeKind::NdArray; }
bool is_intlike(Type t) { return t->kind == TypeKind::Int || t->kind == TypeKind::Bool; }
bool is_none(const Expr* e) { return !e || e->kind == ExprKind::NoneLit; }

/// The rank a `size=`/shape argument gives: an int is 1-d, a tuple of k ints k-d; -1 if neither.
int shape_rank(Type t) {
  if (is_intlike(t)) return 1;
  if (t->kind != TypeKind::Tuple || t->items().empty()) return -1;
  for (Type item : t->items())
    if (!is_intlike(item)) return -1;
  return static_cast<int>(t->items().size());
}
}  // namespace

Type FunctionInferrer::numpy_library_result(const Expr& e, const NumpyFunction& fn,
                                            const std::vector<const Expr*>& slots, const std::vector<Type>& args,
                                            const std::string& display) {
  const NumpyCallSite call{program_, fn, slots, args, display};
  // The result of a draw: a scalar, or an array of the rank `size=` gives.
  auto sized = [&](Type scalar, Dtype d) -> Type {
    if (!call.given("size")) return scalar;
    std::size_t i = call.slot_index("size");
    int rank = shape_rank(args[i]);
    if (rank < 0) {
      if (args[i]->kind == TypeKind::Tuple && args[i]->items().empty())
        return call.unsupported(*slots[i], "an empty size (a 0-d array)", "leave size out for one value");
      return call.bad_arg(i);
    }
    return types::ndarray(d, rank);
  };

  switch (fn.rule) {
    case NumpyRule::Random: {
      if (fn.varargs) {  // rand(d0, d1, ...), randn(...)
        for (const auto& a : e.args)
          if (Type t = inst_.expr_types[a.get()]; !is_intlike(t)) {
            program_.report(DiagId::bad_argument_type, a->range, display, to_string(t));
            return types::unknown();
          }
        if (e.args.empty()) return types::float_();
        return types::ndarray(Dtype::Float64, static_cast<int>(e.args.size()));
      }
      if (fn.name == "seed") {
        if (call.given("seed") && !is_intlike(args[0])) return call.bad_arg(0);
        return types::none();
      }
      if (fn.name == "randint") {
        // Bounds are ints or integer arrays (broadcast, one draw per item of the result).
        int bound_rank = 0;
        for (std::size_t i = 0; i < 2; ++i) {
          if (i == 1 && !call.given("high")) continue;
          if (is_array(args[i])) {
            DtypeKind k = dtype_kind(args[i]->dtype);
            if (k != DtypeKind::Signed && k != DtypeKind::Unsigned) return call.bad_arg(i);
            if (args[i]->dtype == Dtype::UInt64)
              return call.unsupported(*slots[i], "uint64 bounds in numpy.random.randint", "convert them with .astype(np.int64)");
            bound_rank = std::max(bound_rank, args[i]->rank);
          } else if (!is_intlike(args[i])) {
            return call.bad_arg(i);
          }
        }
        if (call.given("dtype")) {
          auto d = dtype_argument(*slots[3], numpy_aliases());
          if (!d || *d != Dtype::Int64)
            return call.unsupported(*slots[3], "this dtype in numpy.random.randint", "leave it out (int64)");
        }
        if (bound_rank > 0) {
          program_.note_feature("numpy/random_arrays");
          if (!call.given("size")) return types::ndarray(Dtype::Int64, bound_rank);
        }
        return sized(types::int_(), Dtype::Int64);
      }
      // uniform(low, high), normal(loc, scale): real scalars or arrays (broadcast, one draw per
      // item of the result).
      int param_rank = 0;
      for (std::size_t i = 0; i + 1 < fn.params.size(); ++i) {
        if (is_none(slots[i])) continue;
        bool real = is_array(args[i]) ? dtype_kind(args[i]->dtype) != DtypeKind::Complex
                                      : is_numeric(args[i]) && args[i]->kind != TypeKind::Complex;
        if (!real) return call.bad_arg(i);
        if (is_array(args[i])) param_rank = std::max(param_rank, args[i]->rank);
      }
      if (param_rank > 0) {
        program_.note_feature("numpy/random_arrays");
        if (!call.given("size")) return types::ndarray(Dtype::Float64, param_rank);
      }
      return sized(types::float_(), Dtype::Float64);
    }
    case NumpyRule::Sort: {
      if (!is_array(args[0])) return call.bad_arg(0);
      Dtype d = args[0]->dtype;
      if (fn.name == "unique") {
        // return_index/inverse/counts decide the result's type, so they are literals.
        // axis=k (1-d and 2-d arrays): the distinct slices along k, so the array's rank.
        bool along = call.given("axis");
        if (along) {
          std::size_t ax = call.slot_index("axis");
          if (!is_intlike(args[ax])) return call.bad_arg(ax);
          if (args[0]->rank > 2)
            return call.unsupported(*slots[ax], "`axis` in " + display + " of an array of more than 2 dimensions", "reshape it to 2-d first");
        }
        std::vector<Type> results = {types::ndarray(d, along ? args[0]->rank : 1)};
        for (const char* flag : {"return_index", "return_inverse", "return_counts"}) {
          const Expr* given_flag = slots[call.slot_index(flag)];
          if (!given_flag) continue;
          if (given_flag->kind != ExprKind::BoolLit)
            return call.unsupported(*given_flag, std::string("a `") + flag + "` that is not a literal True or False",
                                    "it decides whether the result is a tuple");
          if (given_flag->bool_value) results.push_back(types::ndarray(Dtype::Int64, 1));
        }
        if (const Expr* nan = slots[call.slot_index("equal_nan")]; nan && !(nan->kind == ExprKind::BoolLit && nan->bool_value))
          return call.unsupported(*nan, "`equal_nan` other than True in " + display, "leave it out");
        return results.size() == 1 ? results[0] : types::tuple(results);
      }
      if (call.given("order")) return call.unsupported(*slots[3], "`order` in " + display, "it applies to structured arrays");
      if (call.given("kind")) {
        const Expr& kind = *slots[2];
        bool known = kind.kind == ExprKind::StrLit &&
                     (kind.str_value == "quicksort" || kind.str_value == "mergesort" || kind.str_value == "heapsort" ||
                      kind.str_value == "stable");
        if (!known)
          return call.unsupported(kind, "this sort kind", "write 'quicksort', 'mergesort', 'heapsort' or 'stable' (pyxc's sort is stable)");
      }
      int rank = args[0]->rank;
      if (slots[1] && !is_none(slots[1]) && !is_intlike(args[1])) return call.bad_arg(1);
      bool flat = slots[1] && is_none(slots[1]);  // axis=None: the flattened array
      if (fn.op == "sort_inplace") {
        if (flat) return call.unsupported(*slots[1], "axis=None in ndarray.sort", "sort a.ravel() or use np.sort(a, axis=None)");
        return types::none();
      }
      return types::ndarray(fn.name == "argsort" ? Dtype::Int64 : d, flat ? 1 : rank);
    }
    case NumpyRule::Join: {
      // The parts: a tuple or list display, a tuple, or a list of arrays.
      std::vector<Type> parts;
      const Expr& seq = *slots[0];
      if (seq.kind == ExprKind::Tuple || seq.kind == ExprKind::List) {
        for (const auto& item : seq.operands) parts.push_back(inst_.expr_types[item.get()]);
      } else if (args[0]->kind == TypeKind::Tuple) {
        parts = args[0]->items();
      } else if (args[0]->kind == TypeKind::List) {
        parts.push_back(args[0]->elem());
      } else {
        return call.bad_arg(0);
      }
      if (parts.empty())
        return call.unsupported(seq, "joining no arrays", "numpy raises ValueError: need at least one array");
      for (Type p : parts)
        if (!is_array(p)) return call.bad_arg(0);
      bool vstack = fn.name == "vstack";
      int rank = parts[0]->rank;
      Dtype d = parts[0]->dtype;
      for (Type p : parts) {
        d = promote(d, p->dtype);
        // vstack makes 1-d parts rows (np.atleast_2d), so 1-d and 2-d parts mix.
        int r = vstack ? std::max(p->rank, 2) : p->rank, r0 = vstack ? std::max(rank, 2) : rank;
        if (r != r0) {
          program_.report(DiagId::numpy_rank_mismatch, seq.range, display, to_string(parts[0]), to_string(p));
          return types::unknown();
        }
      }
      if (vstack) return types::ndarray(d, std::max(rank, 2));
      if (fn.name == "hstack") return types::ndarray(d, rank);
      if (slots.size() > 1 && slots[1] && !is_none(slots[1]) && !is_intlike(args[1])) return call.bad_arg(1);
      if (fn.name == "stack") {
        if (slots[1] && is_none(slots[1])) return call.bad_arg(1);
        return types::ndarray(d, rank + 1);
      }
      bool flat = slots[1] && is_none(slots[1]);
      return types::ndarray(d, flat ? 1 : rank);
    }
    case NumpyRule::Norm: {
      if (!is_array(args[0])) return call.bad_arg(0);
      Dtype d = args[0]->dtype;
      if (dtype_kind(d) == DtypeKind::Complex || d == Dtype::Float32)
        return call.unsupported(e, display + "() of " + dtype_name(d) + " values", "convert with .astype(np.float64) (np.abs(x) for complex) first");
      if (call.given("keepdims")) {
        const Expr& keep = *slots[3];
        if (keep.kind != ExprKind::BoolLit || keep.bool_value)
          return call.unsupported(keep, "keepdims in " + display, "reshape the result");
      }
      int rank = args[0]->rank;
      bool axis = call.given("axis");
      if (axis && !is_intlike(args[2])) {
        if (args[2]->kind == TypeKind::Tuple) return call.unsupported(*slots[2], "a tuple of axes in " + display, "give one axis (vector norms)");
        return call.bad_arg(2);
      }
      if (call.given("ord")) {
        const Expr& ord = *slots[1];
        bool matrix = rank == 2 && !axis;
        if (ord.kind == ExprKind::StrLit) {
          if ((ord.str_value != "fro" && ord.str_value != "nuc") || !matrix)
            return call.unsupported(ord, "this norm order", "write 'fro' or 'nuc' for a norm of a matrix (no axis)");
          if (ord.str_value == "nuc") note_svd_norm();
        } else if (!is_numeric(args[1]) || args[1]->kind == TypeKind::Complex) {
          return call.bad_arg(1);
        } else if (matrix) {
          auto v = literal_norm_order(ord);
          if (!v) return call.unsupported(ord, "a matrix norm order that is not a literal", "write 1, -1, 2, -2, np.inf, -np.inf, 'fro' or 'nuc'");
          if (*v == 2 || *v == -2) note_svd_norm();
        } else if (rank > 2 && !axis) {
          return call.unsupported(e, display + "() of an array of more than 2 dimensions with `ord`", "numpy raises ValueError: Improper number of dimensions to norm");
        }
      }
      if (axis && rank > 1) return types::ndarray(Dtype::Float64, rank - 1);
      return types::float_();
    }
    case NumpyRule::LinalgLU: {
      for (std::size_t i = 0; i < args.size(); ++i) {
        if (!is_array(args[i])) return call.bad_arg(i);
        Dtype d = args[i]->dtype;
        if (dtype_kind(d) == DtypeKind::Complex || d == Dtype::Float32)
          return call.unsupported(*slots[i], display + "() of " + std::string(dtype_name(d)) + " values", "convert with .astype(np.float64) first");
        bool ok = i == 0 ? args[i]->rank == 2 : args[i]->rank <= 2;
        if (!ok) return call.unsupported(*slots[i], display + "() of a stack of matrices", "loop over the leading axes");
      }
      if (fn.name == "det") return types::float_();
      return types::ndarray(Dtype::Float64, fn.name == "inv" ? 2 : args[1]->rank);
    }
    default:
      break;
  }
  return types::unknown();
}

}  // namespace pyxc::detail
