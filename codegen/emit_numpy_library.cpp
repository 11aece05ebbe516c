// Typed AST -> C++ for numpy's library functions beyond elementwise operations and reductions:
// np.random (pyxc/numpy/random.hpp), sorting, joining and np.linalg.
#include <fmt/format.h>

#include "codegen/emitter.hpp"
#include "frontend/numpy_calls.hpp"

namespace pyxc::codegen {

namespace {
bool given(const Expr* e) { return e && e->kind != ExprKind::NoneLit; }
}  // namespace

std::string FunctionEmitter::numpy_library_code(const Expr& e, const NumpyFunction& fn,
                                                const std::vector<const Expr*>& slots) {
  auto slot_of = [&](const char* name) -> const Expr* {
    for (std::size_t i = 0; i < fn.params.size(); ++i)
      if (fn.params[i] == name) return given(slots[i]) ? slots[i] : nullptr;
    return nullptr;
  };
  auto as = [&](const Expr* x, Type t, const char* fallback) {
    return x ? strip_parens(expr_as(*x, t)) : std::string(fallback);
  };
  // A `size=`/shape argument as a pyxc::np::shape_t.
  auto shape = [&](const Expr& x) {
    std::string code = type_of(x)->kind == TypeKind::Tuple ? expr(x) : expr_as(x, types::int_());
    return fmt::format("pyxc::np::detail::shape_from({})", strip_parens(code));
  };
  const std::string ns = "pyxc::np::" + (fn.submodule.empty() ? "" : fn.submodule + "::");
  switch (fn.rule) {
    case NumpyRule::Random: {
      std::vector<std::string> args;
      if (fn.varargs) {  // rand(2, 3)
        if (e.args.empty()) return fmt::format("{}{}()", ns, fn.op);
        std::vector<std::string> extents;
        for (const auto& a : e.args) extents.push_back(strip_parens(expr_as(*a, types::int_())));
        return fmt::format("{}{}(pyxc::np::shape_t<{}>{{{}}})", ns, fn.op, e.args.size(), join_args(extents));
      }
      if (fn.name == "seed") {
        if (const Expr* s = slot_of("seed")) args.push_back(as(s, types::int_(), ""));
      } else if (fn.name == "randint") {
        const Expr* high = slot_of("high");
        const Expr* low = high ? slots[0] : nullptr;  // randint(n) draws from [0, n)
        if (!high) high = slots[0];
        bool arrays = (low && type_of(*low)->kind == TypeKind::NdArray) || type_of(*high)->kind == TypeKind::NdArray;
        if (arrays) {  // integer array bounds: pyxc/numpy/random_arrays.hpp broadcasts them
          auto bound = [&](const Expr* x) {
            return !x ? std::string("pyxc::int_t{0}") : type_of(*x)->kind == TypeKind::NdArray ? expr(*x) : as(x, types::int_(), "");
          };
          if (const Expr* size = slot_of("size"))
            return fmt::format("{}randint_arrays({}, {}, {})", ns, bound(low), bound(high), shape(*size));
          return fmt::format("{}randint_arrays<{}>({}, {})", ns, type_of(e)->rank, bound(low), bound(high));
        }
        args.push_back(low ? as(low, types::int_(), "") : "0");
        args.push_back(as(high, types::int_(), ""));
      }
      if ((fn.name == "uniform" || fn.name == "normal") && type_of(e)->kind == TypeKind::NdArray) {
        // An array parameter: pyxc/numpy/random_arrays.hpp broadcasts them (as given: arrays
        // keep their dtype, numpy converts them to float64 on reading).
        const Expr* a = slot_of(fn.name == "uniform" ? "low" : "loc");
        const Expr* b = slot_of(fn.name == "uniform" ? "high" : "scale");
        auto param = [&](const Expr* x, const char* fallback) {
          if (x && type_of(*x)->kind == TypeKind::NdArray) return expr(*x);
          return as(x, types::float_(), fallback);
        };
        int rank = type_of(e)->rank;
        bool any_array = (a && type_of(*a)->kind == TypeKind::NdArray) || (b && type_of(*b)->kind == TypeKind::NdArray);
        if (any_array) {
          if (const Expr* size = slot_of("size"))
            return fmt::format("{}{}_arrays({}, {}, {})", ns, fn.name, param(a, "0.0"), param(b, "1.0"), shape(*size));
          return fmt::format("{}{}_arrays<{}>({}, {})", ns, fn.name, rank, param(a, "0.0"), param(b, "1.0"));
        }
      }
      if (fn.name == "uniform") {
        args.push_back(as(slot_of("low"), types::float_(), "0.0"));
        args.push_back(as(slot_of("high"), types::float_(), "1.0"));
      } else if (fn.name == "normal") {
        args.push_back(as(slot_of("loc"), types::float_(), "0.0"));
        args.push_back(as(slot_of("scale"), types::float_(), "1.0"));
      }
      if (const Expr* size = slot_of("size")) args.push_back(shape(*size));
      return fmt::format("{}{}({})", ns, fn.op, join_args(args));
    }
    case NumpyRule::Sort: {
      std::string a = expr(*slots[0]);
      if (fn.name == "unique") {
        auto flag = [&](std::size_t i) { return slots[i] && slots[i]->bool_value ? "true" : "false"; };
        if (const Expr* axis = slot_of("axis")) {
          std::string code = fmt::format("pyxc::np::unique_axis<{}, {}, {}>({}, {})", flag(1), flag(2), flag(3), a,
                                         strip_parens(expr_as(*axis, types::int_())));
          return type_of(e)->kind == TypeKind::Tuple ? code : fmt::format("std::get<0>({})", code);
        }
        if (type_of(e)->kind != TypeKind::Tuple) return fmt::format("pyxc::np::unique({})", a);
        return fmt::format("pyxc::np::unique_with<{}, {}, {}>({})", flag(1), flag(2), flag(3), a);
      }
      bool flat = slots[1] && !given(slots[1]);
      if (flat) return fmt::format("pyxc::np::{}_flat({})", fn.op, a);
      std::string axis = slots[1] ? ", " + strip_parens(expr_as(*slots[1], types::int_())) : "";
      return fmt::format("pyxc::np::{}({}{})", fn.op, fn.op == "sort_inplace" ? array_code(*slots[0]) : a, axis);
    }
    case NumpyRule::Join: {
      Type result = type_of(e);
      const Expr& seq = *slots[0];
      int part_rank = fn.name == "stack" ? result->rank - 1 : fn.name == "vstack" ? 2 : result->rank;
      const Expr* axis_slot = slots.size() > 1 ? slots[1] : nullptr;
      bool flat = fn.name == "concatenate" && axis_slot && !given(axis_slot);
      if (flat) {  // concatenate(..., axis=None): parts keep their rank, then flatten
        Type first = seq.kind == ExprKind::Tuple || seq.kind == ExprKind::List ? type_of(*seq.operands[0])
                     : type_of(seq)->kind == TypeKind::Tuple                   ? type_of(seq)->items()[0]
                                                                               : type_of(seq)->elem();
        part_rank = first->rank;
      }
      std::string part_type = fmt::format("pyxc::np::ndarray<{}, {}>", dtype_cpp(result->dtype), part_rank);
      // One part as ndarray<T, part_rank>: converted to the result dtype, 1-d rows for vstack.
      auto part = [&](const std::string& code, Type t) {
        std::string c = fmt::format("{}({})", part_type, strip_parens(code));
        if (fn.name == "vstack" && t->rank == 1)
          c = fmt::format("{}(pyxc::np::atleast_2d(pyxc::np::ndarray<{}, 1>({})))", part_type, dtype_cpp(result->dtype),
                          strip_parens(code));
        return c;
      };
      std::string parts;
      if (seq.kind == ExprKind::Tuple || seq.kind == ExprKind::List) {
        std::vector<std::string> codes;
        for (const auto& item : seq.operands) codes.push_back(part(expr(*item), type_of(*item)));
        parts = fmt::format("std::vector<{}>{{{}}}", part_type, join_args(codes));
      } else if (type_of(seq)->kind == TypeKind::Tuple) {
        std::string tmp = fresh("parts");
        std::vector<std::string> codes;
        for (std::size_t i = 0; i < type_of(seq)->items().size(); ++i)
          codes.push_back(part(fmt::format("std::get<{}>({})", i, tmp), type_of(seq)->items()[i]));
        parts = fmt::format("[&](const auto& {}) {{ return std::vector<{}>{{{}}}; }}({})", tmp, part_type, join_args(codes),
                            expr(seq));
      } else {
        Type elem = type_of(seq)->elem();
        if (fn.name == "vstack" && elem->rank == 1) {
          std::string x = fresh("row");
          parts = fmt::format("[&](const auto& xs) {{ std::vector<{0}> v; for (const auto& {1} : xs) v.push_back({2}); return v; }}({3})",
                              part_type, x, part(x, elem), expr(seq));
        } else {
          parts = fmt::format("pyxc::np::detail::arrays_of<{}, {}>({})", dtype_cpp(result->dtype), part_rank, expr(seq));
        }
      }
      if (fn.name == "vstack") return fmt::format("pyxc::np::concatenate({}, 0)", parts);
      if (fn.name == "hstack") return fmt::format("pyxc::np::concatenate({}, {})", parts, result->rank == 1 ? 0 : 1);
      if (flat) return fmt::format("pyxc::np::concatenate_flat({})", parts);
      std::string axis = axis_slot ? strip_parens(expr_as(*axis_slot, types::int_())) : "0";
      return fmt::format("pyxc::np::{}({}, {})", fn.op, parts, axis);
    }
    case NumpyRule::Norm: {
      std::string x = expr(*slots[0]);
      const Expr* ord = slot_of("ord");
      const Expr* axis = slot_of("axis");
      int rank = type_of(*slots[0])->rank;
      bool fro = ord && ord->kind == ExprKind::StrLit;
      std::string order = ord && !fro ? strip_parens(expr_as(*ord, types::float_())) : "2.0";
      if (axis) {
        std::string ax = strip_parens(expr_as(*axis, types::int_()));
        if (rank == 1) return fmt::format("{}vector_norm_axis({}, {}, {})", ns, x, ax, order);
        return fmt::format("{}norm_axis({}, {}, {})", ns, x, ax, order);
      }
      if (fro && ord->str_value == "nuc") return fmt::format("{}nuclear_norm({})", ns, x);
      if (!ord || fro) return fmt::format("{}norm({})", ns, x);
      if (auto v = literal_norm_order(*ord); rank == 2 && v && (*v == 2 || *v == -2))
        return fmt::format("{}spectral_norm({}, {})", ns, x, *v > 0 ? "true" : "false");
      if (rank == 2) return fmt::format("{}matrix_norm({}, {})", ns, x, order);
      return fmt::format("{}vector_norm({}, {})", ns, x, order);
    }
    case NumpyRule::LinalgLU: {
      std::vector<std::string> codes;
      for (const Expr* x : slots) codes.push_back(expr(*x));
      return in_order(slots, codes, [&](const std::vector<std::string>& c) {
        return fmt::format("{}{}({})", ns, fn.op, join_args(c));
      });
    }
    default:
      break;
  }
  return "";
}

}  // namespace pyxc::codegen
