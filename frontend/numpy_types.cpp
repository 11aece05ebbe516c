#include "frontend/numpy_types.hpp"

#include <algorithm>

namespace pyxc {

namespace {
struct DtypeInfo {
  Dtype dtype;
  const char* name;
  const char* cpp;
  DtypeKind kind;
  int itemsize;
};

constexpr DtypeInfo kDtypes[] = {
    {Dtype::Bool, "bool", "bool", DtypeKind::Bool, 1},
    {Dtype::Int8, "int8", "std::int8_t", DtypeKind::Signed, 1},
    {Dtype::Int16, "int16", "std::int16_t", DtypeKind::Signed, 2},
    {Dtype::Int32, "int32", "std::int32_t", DtypeKind::Signed, 4},
    {Dtype::Int64, "int64", "std::int64_t", DtypeKind::Signed, 8},
    {Dtype::UInt8, "uint8", "std::uint8_t", DtypeKind::Unsigned, 1},
    {Dtype::UInt16, "uint16", "std::uint16_t", DtypeKind::Unsigned, 2},
    {Dtype::UInt32, "uint32", "std::uint32_t", DtypeKind::Unsigned, 4},
    {Dtype::UInt64, "uint64", "std::uint64_t", DtypeKind::Unsigned, 8},
    {Dtype::Float32, "float32", "float", DtypeKind::Float, 4},
    {Dtype::Float64, "float64", "double", DtypeKind::Float, 8},
    {Dtype::Complex64, "complex64", "std::complex<float>", DtypeKind::Complex, 8},
    {Dtype::Complex128, "complex128", "pyxc::complex_t", DtypeKind::Complex, 16},
};

const DtypeInfo& info(Dtype d) { return kDtypes[static_cast<int>(d)]; }

Dtype signed_of_size(int size) {
  switch (size) {
    case 1: return Dtype::Int8;
    case 2: return Dtype::Int16;
    case 4: return Dtype::Int32;
    default: return Dtype::Int64;
  }
}
/// The smallest float that holds every value of integer dtype d (numpy's rule).
Dtype float_for_int(Dtype d) { return dtype_itemsize(d) <= 2 ? Dtype::Float32 : Dtype::Float64; }
Dtype complex_of(Dtype real) { return real == Dtype::Float32 ? Dtype::Complex64 : Dtype::Complex128; }
Dtype real_of(Dtype c) { return c == Dtype::Complex64 ? Dtype::Float32 : Dtype::Float64; }
}  // namespace

DtypeKind dtype_kind(Dtype d) { return info(d).kind; }
int dtype_itemsize(Dtype d) { return info(d).itemsize; }
const char* dtype_name(Dtype d) { return info(d).name; }
const char* dtype_cpp(Dtype d) { return info(d).cpp; }

std::optional<Dtype> dtype_from_name(std::string_view name) {
  if (name == "float" || name == "double") return Dtype::Float64;
  if (name == "int") return Dtype::Int64;
  if (name == "complex") return Dtype::Complex128;
  if (name == "bool_") return Dtype::Bool;
  for (const auto& i : kDtypes)
    if (name == i.name) return i.dtype;
  return std::nullopt;
}

Type dtype_scalar_type(Dtype d) {
  switch (dtype_kind(d)) {
    case DtypeKind::Bool: return types::boolean();
    case DtypeKind::Signed:
    case DtypeKind::Unsigned: return types::int_();
    case DtypeKind::Float: return types::float_();
    case DtypeKind::Complex: return types::complex_();
  }
  return types::float_();
}

std::optional<Dtype> scalar_dtype(Type t) {
  switch (t->kind) {
    case TypeKind::Bool: return Dtype::Bool;
    case TypeKind::Int: return Dtype::Int64;
    case TypeKind::Float: return Dtype::Float64;
    case TypeKind::Complex: return Dtype::Complex128;
    default: return std::nullopt;
  }
}

Dtype promote(Dtype a, Dtype b) {
  if (a == b) return a;
  DtypeKind ka = dtype_kind(a), kb = dtype_kind(b);
  if (ka == DtypeKind::Bool) return b;
  if (kb == DtypeKind::Bool) return a;
  int sa = dtype_itemsize(a), sb = dtype_itemsize(b);
  auto is_int = [](DtypeKind k) { return k == DtypeKind::Signed || k == DtypeKind::Unsigned; };
  if (is_int(ka) && is_int(kb)) {
    if (ka == kb) return sa >= sb ? a : b;
    Dtype s = ka == DtypeKind::Signed ? a : b, u = ka == DtypeKind::Signed ? b : a;
    if (dtype_itemsize(s) > dtype_itemsize(u)) return s;
    if (dtype_itemsize(u) >= 8) return Dtype::Float64;  // int64 with uint64
    return signed_of_size(dtype_itemsize(u) * 2);
  }
  if (is_int(ka) || is_int(kb)) {  // an int with a float or complex
    Dtype i = is_int(ka) ? a : b, f = is_int(ka) ? b : a;
    Dtype needed = float_for_int(i);
    if (dtype_kind(f) == DtypeKind::Float) return promote(needed, f);
    return complex_of(promote(needed, real_of(f)));
  }
  if (ka == DtypeKind::Float && kb == DtypeKind::Float) return sa >= sb ? a : b;
  Dtype ra = ka == DtypeKind::Complex ? real_of(a) : a, rb = kb == DtypeKind::Complex ? real_of(b) : b;
  return complex_of(promote(ra, rb));
}

Dtype promote_with_scalar(Dtype a, Type scalar) {
  DtypeKind ka = dtype_kind(a);
  auto rank = [](DtypeKind k) {
    switch (k) {
      case DtypeKind::Bool: return 0;
      case DtypeKind::Signed:
      case DtypeKind::Unsigned: return 1;
      case DtypeKind::Float: return 2;
      case DtypeKind::Complex: return 3;
    }
    return 0;
  };
  int ks = numeric_rank(scalar);
  if (ks <= rank(ka)) return a;
  switch (scalar->kind) {
    case TypeKind::Int: return Dtype::Int64;
    case TypeKind::Float: return Dtype::Float64;
    default: return ka == DtypeKind::Float && a == Dtype::Float32 ? Dtype::Complex64 : Dtype::Complex128;
  }
}

Dtype promote_with_zero_dim(Dtype a, Dtype zero_dim) {
  // numpy's categories: bool < integers < inexact (float and complex together).
  auto category = [](Dtype d) {
    DtypeKind k = dtype_kind(d);
    return k == DtypeKind::Bool ? 0 : k == DtypeKind::Signed || k == DtypeKind::Unsigned ? 1 : 2;
  };
  if (category(zero_dim) > category(a)) return promote(a, zero_dim);
  return promote_with_scalar(a, dtype_scalar_type(zero_dim));
}

std::optional<Dtype> float_result(Dtype d) {
  switch (dtype_kind(d)) {
    case DtypeKind::Float:
    case DtypeKind::Complex: return d;
    case DtypeKind::Bool: return std::nullopt;
    default: return dtype_itemsize(d) <= 2 ? std::nullopt : std::optional<Dtype>(Dtype::Float64);
  }
}

std::optional<Dtype> elementwise_dtype(const std::vector<Type>& operands) {
  // 0-d arrays count as scalars of their dtype, as numpy 1.x counts them: beside arrays of
  // higher rank they do not widen within their kind; among scalars they promote as dtypes.
  std::optional<Dtype> arrays, scalars;
  for (Type t : operands) {
    if (t->kind == TypeKind::NdArray && t->rank > 0) {
      arrays = arrays ? promote(*arrays, t->dtype) : t->dtype;
    } else if (auto d = t->kind == TypeKind::NdArray ? std::optional<Dtype>(t->dtype) : scalar_dtype(t)) {
      scalars = scalars ? promote(*scalars, *d) : *d;
    } else {
      return std::nullopt;
    }
  }
  if (!arrays) return scalars;
  Dtype out = *arrays;
  for (Type t : operands) {
    if (t->kind != TypeKind::NdArray) out = promote_with_scalar(out, t);
    else if (t->rank == 0) out = promote_with_zero_dim(out, t->dtype);
  }
  return out;
}

Type ndarray_item_type(Type t) {
  if (t->rank <= 1) return dtype_scalar_type(t->dtype);
  return types::ndarray(t->dtype, t->rank - 1);
}

std::string ndarray_spelling(Type t) {
  if (t->rank == 0) return std::string("0-d ") + dtype_name(t->dtype) + " array";
  std::string out = std::string(dtype_name(t->dtype)) + "[";
  for (int i = 0; i < t->rank; ++i) {
    if (i) out += ", ";
    if (!t->extents.empty() && t->extents[i] >= 0) out += std::to_string(t->extents[i]);
    else out += (t->c_contiguous && i == t->rank - 1) ? "::1" : ":";
  }
  out += "]";
  if (t->f_contiguous) out += " order(F)";
  else if (t->c_contiguous && !t->extents.empty() && t->extents.back() >= 0) out += " order(C)";
  return out;
}

}  // namespace pyxc
