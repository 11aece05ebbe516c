#include "frontend/types.hpp"

#include "frontend/numpy_types.hpp"
#include "frontend/ast.hpp"
#include "frontend/builtins.hpp"

#include <cctype>
#include <map>
#include <memory>
#include <tuple>

namespace pyxc {

namespace {
/// Hash-consing table: one TypeNode per distinct (kind, children, borrowed).
Type intern(TypeKind kind, std::vector<Type> children = {}, bool borrowed = false,
            Dtype dtype = Dtype::Float64, int rank = 0, bool c_contiguous = false,
            const FunctionDef* def = nullptr, const BuiltinFunction* builtin = nullptr, std::int64_t constant = 0,
            bool f_contiguous = false, std::vector<std::int64_t> extents = {}) {
  using Key = std::tuple<TypeKind, std::vector<Type>, bool, Dtype, int, bool, const FunctionDef*,
                         const BuiltinFunction*, std::int64_t, bool, std::vector<std::int64_t>>;
  static std::map<Key, std::unique_ptr<TypeNode>> table;
  Key key{kind, children, borrowed, dtype, rank, c_contiguous, def, builtin, constant, f_contiguous, extents};
  auto it = table.find(key);
  if (it != table.end()) return it->second.get();
  auto node = std::make_unique<TypeNode>(TypeNode{kind, std::move(children), borrowed, dtype, rank, c_contiguous, def,
                                                  builtin, constant, f_contiguous, std::move(extents)});
  Type result = node.get();
  table.emplace(std::move(key), std::move(node));
  return result;
}
}  // namespace

namespace types {
Type unknown() { return intern(TypeKind::Unknown); }
Type none() { return intern(TypeKind::None); }
Type boolean() { return intern(TypeKind::Bool); }
Type int_() { return intern(TypeKind::Int); }
Type float_() { return intern(TypeKind::Float); }
Type complex_() { return intern(TypeKind::Complex); }
Type str() { return intern(TypeKind::Str); }
Type list(Type elem, bool borrowed) { return intern(TypeKind::List, {elem}, borrowed); }
Type tuple(std::vector<Type> items) { return intern(TypeKind::Tuple, std::move(items)); }
Type range() { return intern(TypeKind::Range); }
Type exception() { return intern(TypeKind::Exception); }
Type iterator(Type elem) { return intern(TypeKind::Iterator, {elem}); }
Type dict(Type key, Type value) { return intern(TypeKind::Dict, {key, value}); }
Type set(Type elem) { return intern(TypeKind::Set, {elem}); }
Type generator(Type elem) { return intern(TypeKind::Generator, {elem}); }
Type optional(Type elem) {
  if (elem->kind == TypeKind::None || elem->kind == TypeKind::Optional) return elem;
  return intern(TypeKind::Optional, {elem});
}
Type ndarray(Dtype dtype, int rank, bool c_contiguous) {
  return intern(TypeKind::NdArray, {}, false, dtype, rank, c_contiguous);
}
Type ndarray_spec(Dtype dtype, int rank, bool c_contiguous, bool f_contiguous, std::vector<std::int64_t> extents) {
  bool any_fixed = false;
  for (std::int64_t e : extents) any_fixed = any_fixed || e >= 0;
  if (!any_fixed) extents.clear();
  return intern(TypeKind::NdArray, {}, false, dtype, rank, c_contiguous, nullptr, nullptr, 0, f_contiguous && !c_contiguous,
                std::move(extents));
}
Type function(const FunctionDef* def, std::vector<Type> captures) {
  return intern(TypeKind::Function, std::move(captures), false, Dtype::Float64, 0, false, def);
}
Type builtin_function(const BuiltinFunction* fn, std::int64_t constant) {
  return intern(TypeKind::Function, {}, false, Dtype::Float64, 0, false, nullptr, fn, constant);
}
}  // namespace types

int numeric_rank(Type t) {
  switch (t->kind) {
    case TypeKind::Bool: return 0;
    case TypeKind::Int: return 1;
    case TypeKind::Float: return 2;
    case TypeKind::Complex: return 3;
    default: return -1;
  }
}

bool is_numeric(Type t) { return numeric_rank(t) >= 0; }

bool may_be_optional(Type t) {
  switch (t->kind) {
    case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float: case TypeKind::Complex:
    case TypeKind::Str: case TypeKind::List: case TypeKind::Tuple: case TypeKind::Dict:
    case TypeKind::Set: case TypeKind::NdArray: return true;
    default: return false;
  }
}

Type iteration_type(Type t) {
  switch (t->kind) {
    case TypeKind::List:
    case TypeKind::Iterator:
    case TypeKind::Generator:
    case TypeKind::Set: return t->elem();
    case TypeKind::Dict: return t->children[0];  // iterating a dict gives its keys
    case TypeKind::Range: return types::int_();
    case TypeKind::NdArray: return t->rank == 0 ? nullptr : ndarray_item_type(t);  // a 0-d array is not iterable
    case TypeKind::Str: return types::str();  // one-character strings
    case TypeKind::Tuple: {
      if (t->items().empty()) return types::unknown();
      for (Type item : t->items())
        if (item != t->items()[0]) return nullptr;
      return t->items()[0];
    }
    default: return nullptr;
  }
}

bool contains_unknown(Type t) {
  if (t->kind == TypeKind::Unknown) return true;
  for (Type child : t->children)
    if (contains_unknown(child)) return true;
  return false;
}

Type join(Type a, Type b) {
  if (a == b) return a;
  if (a->kind == TypeKind::Unknown) return b;
  if (b->kind == TypeKind::Unknown) return a;
  if (is_numeric(a) && is_numeric(b)) return numeric_rank(a) >= numeric_rank(b) ? a : b;
  // None joined with a value, or an optional with anything: an optional of the values' join.
  if (a->kind == TypeKind::Optional || b->kind == TypeKind::Optional || a->kind == TypeKind::None ||
      b->kind == TypeKind::None) {
    Type va = a->kind == TypeKind::Optional ? a->elem() : a;
    Type vb = b->kind == TypeKind::Optional ? b->elem() : b;
    if (va->kind == TypeKind::None) return may_be_optional(vb) || vb->kind == TypeKind::Unknown ? types::optional(vb) : nullptr;
    if (vb->kind == TypeKind::None) return may_be_optional(va) || va->kind == TypeKind::Unknown ? types::optional(va) : nullptr;
    Type v = join(va, vb);
    return v && (may_be_optional(v) || v->kind == TypeKind::Unknown) ? types::optional(v) : nullptr;
  }
  if (a->kind == TypeKind::List && b->kind == TypeKind::List) {
    // Element types are invariant (a list is shared by reference, so it cannot be widened
    // in place), but an empty list literal (Unknown element) takes the other side's.
    Type ea = a->elem(), eb = b->elem();
    Type elem = ea == eb ? ea
                : ea->kind == TypeKind::Unknown ? eb
                : eb->kind == TypeKind::Unknown ? ea
                : (contains_unknown(ea) || contains_unknown(eb)) ? join(ea, eb)
                : nullptr;
    if (!elem) return nullptr;
    return types::list(elem, a->borrowed && b->borrowed);
  }
  if ((a->kind == TypeKind::Dict || a->kind == TypeKind::Set) && a->kind == b->kind) {
    // Like lists: invariant, except that Unknown parts (an empty `{}`) take the other side's.
    std::vector<Type> parts;
    for (std::size_t i = 0; i < a->children.size(); ++i) {
      Type x = a->children[i], y = b->children[i];
      Type part = x == y ? x
                  : x->kind == TypeKind::Unknown ? y
                  : y->kind == TypeKind::Unknown ? x
                  : (contains_unknown(x) || contains_unknown(y)) ? join(x, y)
                  : nullptr;
      if (!part) return nullptr;
      parts.push_back(part);
    }
    return a->kind == TypeKind::Dict ? types::dict(parts[0], parts[1]) : types::set(parts[0]);
  }
  if (a->kind == TypeKind::Generator && b->kind == TypeKind::Generator) {
    // Like a list's element: an Unknown item type (not inferred yet) takes the other side's.
    Type ea = a->elem(), eb = b->elem();
    if (contains_unknown(ea) || contains_unknown(eb)) {
      Type elem = join(ea, eb);
      return elem ? types::generator(elem) : nullptr;
    }
    return nullptr;
  }
  if (a->kind == TypeKind::NdArray && b->kind == TypeKind::NdArray && a->dtype == b->dtype && a->rank == b->rank)
    return types::ndarray(a->dtype, a->rank);  // a view may be strided: drop the C-order demand
  if (a->kind == TypeKind::Function && b->kind == TypeKind::Function && a->def && a->def == b->def &&
      a->children.size() == b->children.size()) {
    // The same closure: its captured variables' types join.
    std::vector<Type> captures;
    for (std::size_t i = 0; i < a->children.size(); ++i) {
      Type c = join(a->children[i], b->children[i]);
      if (!c) return nullptr;
      captures.push_back(c);
    }
    return types::function(a->def, std::move(captures));
  }
  if (a->kind == TypeKind::Tuple && b->kind == TypeKind::Tuple && a->items().size() == b->items().size()) {
    std::vector<Type> items;
    for (std::size_t i = 0; i < a->items().size(); ++i) {
      Type item = join(a->items()[i], b->items()[i]);
      if (!item) return nullptr;
      items.push_back(item);
    }
    return types::tuple(std::move(items));
  }
  return nullptr;
}

std::string to_string(Type t) {
  switch (t->kind) {
    case TypeKind::Unknown: return "?";
    case TypeKind::None: return "None";
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return "int";
    case TypeKind::Float: return "float";
    case TypeKind::Complex: return "complex";
    case TypeKind::Str: return "str";
    case TypeKind::List: return to_string(t->elem()) + " list";
    case TypeKind::Range: return "range";
    case TypeKind::Exception: return "exception";
    case TypeKind::Iterator: return to_string(t->elem()) + " iterator";
    case TypeKind::Dict: return to_string(t->children[0]) + ":" + to_string(t->children[1]) + " dict";
    case TypeKind::Set: return to_string(t->elem()) + " set";
    case TypeKind::Generator: return to_string(t->elem()) + " generator";
    case TypeKind::Optional: return to_string(t->elem()) + " or None";
    case TypeKind::NdArray: return ndarray_spelling(t);
    case TypeKind::Function:
      if (t->builtin) {
        std::string name = t->builtin->module.empty() ? t->builtin->name : t->builtin->module + "." + t->builtin->name;
        if (t->builtin->name == "itemgetter") name += "(" + std::to_string(t->constant) + ")";
        return "function " + name;
      }
      if (t->def->is_lambda) return "lambda (line " + std::to_string(t->def->range.begin.line) + ")";
      return "function " + t->def->name;
    case TypeKind::Tuple: {
      std::string out = "(";
      for (std::size_t i = 0; i < t->items().size(); ++i) {
        if (i) out += ", ";
        out += to_string(t->items()[i]);
      }
      if (t->items().size() == 1) out += ",";
      return out + ")";
    }
  }
  return "?";
}

std::string type_tag(Type t) {
  std::string s = to_string(t);
  if (t->borrowed) s += " view";
  std::string out;
  for (char c : s) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  while (out.find("__") != std::string::npos) out.erase(out.find("__"), 1);
  while (!out.empty() && out.back() == '_') out.pop_back();
  while (!out.empty() && out.front() == '_') out.erase(0, 1);
  return out;
}

}  // namespace pyxc
