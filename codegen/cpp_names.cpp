// Spelling of types, identifiers and literals in generated C++.
#include <fmt/format.h>

#include <cmath>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

std::string cpp_type(Type t) {
  switch (t->kind) {
    case TypeKind::Unknown: return "auto";
    case TypeKind::None: return "pyxc::none_t";
    case TypeKind::Bool: return "bool";
    case TypeKind::Int: return "pyxc::int_t";
    case TypeKind::Float: return "double";
    case TypeKind::Complex: return "pyxc::complex_t";
    case TypeKind::Str: return "pyxc::str";
    case TypeKind::Range: return "pyxc::range";
    case TypeKind::Exception: return "pyxc::exception";
    case TypeKind::Iterator: return "auto";
    case TypeKind::Dict: return "pyxc::dict<" + cpp_type(t->children[0]) + ", " + cpp_type(t->children[1]) + ">";
    case TypeKind::Set: return "pyxc::set<" + cpp_type(t->elem()) + ">";
    case TypeKind::Generator: return "pyxc::generator<" + cpp_type(t->elem()) + ">";
    case TypeKind::Optional: return "std::optional<" + cpp_type(t->elem()) + ">";
    case TypeKind::NdArray: return fmt::format("pyxc::np::ndarray<{}, {}>", dtype_cpp(t->dtype), t->rank);
    case TypeKind::List:
      if (t->borrowed) return "pyxc::py::float_list_view";
      return "pyxc::list<" + cpp_type(t->elem()) + ">";
    case TypeKind::Function:
      if (t->builtin) {
        std::string name = "fn_" + (t->builtin->module.empty() ? "" : t->builtin->module + "_") + t->builtin->name;
        if (t->builtin->name == "itemgetter") name += t->constant < 0 ? "_m" + std::to_string(-t->constant) : "_" + std::to_string(t->constant);
        return name;
      }
      if (t->children.empty()) return "fn_" + t->def->qualified_name;
      {
        std::string name = "closure_" + t->def->qualified_name;
        for (Type c : t->children) name += "_" + type_tag(c);
        return name;
      }
    case TypeKind::Tuple: {
      std::string out = "std::tuple<";
      for (std::size_t i = 0; i < t->items().size(); ++i)
        out += (i ? ", " : "") + cpp_type(t->items()[i]);
      return out + ">";
    }
  }
  return "auto";
}

std::string cpp_ident(const std::string& name) {
  static const std::set<std::string> reserved = {
      "alignas", "alignof", "asm", "auto", "bool", "case", "catch", "char", "char8_t", "char16_t",
      "char32_t", "class", "co_await", "co_return", "co_yield", "concept", "const", "const_cast",
      "consteval", "constexpr", "constinit", "decltype", "default", "delete", "do", "double",
      "dynamic_cast", "enum", "explicit", "export", "extern", "float", "friend", "goto", "inline",
      "int", "long", "mutable", "namespace", "new", "noexcept", "nullptr", "operator", "private",
      "protected", "public", "register", "reinterpret_cast", "requires", "short", "signed",
      "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
      "thread_local", "throw", "true", "false", "typedef", "typeid", "typename", "union",
      "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "bitand", "bitor", "compl",
      "and_eq", "or_eq", "xor", "xor_eq", "not_eq", "std", "pyxc", "main", "errno", "assert",
      "NULL", "EOF", "stdin", "stdout", "stderr"};
  // Also avoid identifiers the C++ implementation reserves (leading `_` + capital, or `__`).
  bool implementation_reserved =
      (name.size() > 1 && name[0] == '_' && (std::isupper(static_cast<unsigned char>(name[1])) || name[1] == '_')) ||
      name.find("__") != std::string::npos;
  if (reserved.count(name) || implementation_reserved || name.rfind("Py", 0) == 0)
    return "py_" + name;
  return name;
}

std::string cpp_function_name(const Instantiation& inst) {
  const std::string& base = inst.def->qualified_name;
  return cpp_ident(base) + inst.cpp_name.substr(base.size());
}

std::string int_literal(std::int64_t v) {
  // `L` makes the literal a `long`, which is int64_t on the LP64 targets we build for, so
  // overloads taking pyxc::int_t are not ambiguous with double ones.
  if (v == INT64_MIN) return "INT64_MIN";
  return fmt::format("{}L", v);
}

std::string float_literal(double v) {
  if (std::isinf(v))
    return v > 0 ? "std::numeric_limits<double>::infinity()" : "-std::numeric_limits<double>::infinity()";
  if (std::isnan(v)) return "std::numeric_limits<double>::quiet_NaN()";
  std::string text = fmt::format("{}", v);  // shortest text that reads back the same double
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

std::string string_literal(const std::string& utf8) {
  std::string out = "pyxc::str(\"";
  for (unsigned char c : utf8) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        // Octal escapes always end after three digits, unlike \x.
        if (c < 0x20 || c >= 0x7f) out += fmt::format("\\{:03o}", c);
        else out += static_cast<char>(c);
    }
  }
  return out + fmt::format("\", {})", utf8.size());
}

std::string convert(const std::string& code, Type from, Type to) {
  // A lazy numpy expression becomes an array where a value of array type is stored.
  if (from->kind == TypeKind::NdArray && to->kind == TypeKind::NdArray) return "pyxc::np::eval(" + strip_parens(code) + ")";
  // A 0-d array read as a number (float(x), math.sqrt(x)): its element.
  if (from->kind == TypeKind::NdArray && from->rank == 0 && is_numeric(to))
    return convert("pyxc::np::item(" + strip_parens(code) + ")", dtype_scalar_type(from->dtype), to);
  if (from == to || to->kind == TypeKind::Unknown) return code;
  if (to->kind == TypeKind::Optional) {
    if (from->kind == TypeKind::None)
      return code == "pyxc::None" ? cpp_type(to) + "()" : "((void)" + code + ", " + cpp_type(to) + "())";
    if (from->kind == TypeKind::Optional)
      return fmt::format("pyxc::optional_cast<{}>({})", cpp_type(to->elem()), strip_parens(code));
    return cpp_type(to) + "(" + strip_parens(convert(code, from, to->elem())) + ")";
  }
  // A container whose item type nothing decided is empty (`[]`, `set()`, `{}`): spell it in
  // the target's type.
  bool empty_container = (from->kind == TypeKind::List || from->kind == TypeKind::Set || from->kind == TypeKind::Dict) &&
                         from->kind == to->kind && !from->borrowed && from->children[0]->kind == TypeKind::Unknown;
  if (empty_container && !contains_unknown(to)) return cpp_type(to) + "()";
  // An int literal becomes a float literal: `2.0`, not `static_cast<double>(2L)`.
  if (to->kind == TypeKind::Float && from->kind == TypeKind::Int && code.size() > 1 && code.back() == 'L' &&
      code.find_first_not_of("-0123456789", 0) == code.size() - 1)
    return code.substr(0, code.size() - 1) + ".0";
  switch (to->kind) {
    case TypeKind::Int:
      if (from->kind == TypeKind::Bool) return "static_cast<pyxc::int_t>(" + code + ")";
      break;
    case TypeKind::Float:
      if (from->kind == TypeKind::Int || from->kind == TypeKind::Bool)
        return "static_cast<double>(" + code + ")";
      break;
    case TypeKind::Complex:
      if (is_numeric(from)) return "pyxc::complex_t(static_cast<double>(" + code + "), 0.0)";
      break;
    case TypeKind::List:
      if (from->kind == TypeKind::List && from->borrowed && !to->borrowed)
        return "pyxc::py::to_list(" + code + ")";
      if (from->kind == TypeKind::List && contains_unknown(from))
        return code;  // an empty list literal: the emitter already spelled the target type
      break;
    case TypeKind::Tuple:
      if (from->kind == TypeKind::Tuple) return cpp_type(to) + "(" + code + ")";
      break;
    default:
      break;
  }
  return code;
}

}  // namespace pyxc::codegen
