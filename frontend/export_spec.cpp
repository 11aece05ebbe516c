// Export comments: Pythran's spec grammar, `or` expansion into overloads, and resolution against
// the module's functions.
//
//   export_line := (func_spec | NAME) (',' (func_spec | NAME))*   -- a bare NAME exports a constant
//   func_spec   := NAME '(' [param (',' param)*] ')'
//   param       := type ['?']                    -- `?`: optional, only in trailing position
//   type        := alt ('or' alt)*
//   alt         := primary ('list')*
//   primary     := NAME | '(' type (',' type)* [','] ')'
#include "frontend/export_spec.hpp"

#include "frontend/numpy_types.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>

namespace pyxc {

namespace {

// ------------------------------------------------------------------ tokens

enum class Tok { Name, LParen, RParen, Comma, LBracket, RBracket, Colon, Question, Other, End };

struct Token {
  Tok kind;
  std::size_t begin, end;  // byte offsets in the spec text
  std::string_view text;
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    std::size_t begin = i;
    Tok kind = Tok::Other;
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_')) ++i;
      kind = Tok::Name;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {  // an extent: one token
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    } else {
      ++i;
      switch (c) {
        case '(': kind = Tok::LParen; break;
        case ')': kind = Tok::RParen; break;
        case ',': kind = Tok::Comma; break;
        case '[': kind = Tok::LBracket; break;
        case ']': kind = Tok::RBracket; break;
        case ':': kind = Tok::Colon; break;
        case '?': kind = Tok::Question; break;
        default: break;
      }
    }
    out.push_back({kind, begin, i, s.substr(begin, i - begin)});
  }
  out.push_back({Tok::End, s.size(), s.size(), {}});
  return out;
}

// ------------------------------------------------------------------ scalar names

std::optional<Type> scalar(std::string_view name) {
  if (name == "int" || name == "int64") return types::int_();
  if (name == "float" || name == "float64") return types::float_();
  if (name == "complex" || name == "complex128") return types::complex_();
  if (name == "bool") return types::boolean();
  if (name == "str") return types::str();
  if (name == "None") return types::none();
  return std::nullopt;
}

bool is_sized_numpy_scalar(std::string_view name) {
  static const std::string_view kNames[] = {
      "int8",  "int16",  "int32",   "uint8",   "uint16",  "uint32",     "uint64",
      "intc",  "uintc",  "intp",    "uintp",   "float32", "float128",   "complex64",
      "complex256", "longlong", "ulonglong", "byte", "ubyte", "short", "ushort", "longdouble",
      "float16", "double", "single", "clongdouble", "csingle", "cdouble", "uint",
  };
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

std::vector<std::string> known_type_names() {
  return {"int", "float", "complex", "bool", "str", "None", "int64", "float64", "complex128", "list"};
}

// ------------------------------------------------------------------ errors

/// The first error of one export line, reported once parsing stops.
struct SpecError {
  std::size_t begin = 0, end = 0;  // offsets in the spec text
  std::function<void(Diagnostics&, SourceRange)> report;
};

/// One `name(types...)` of an export line, its `or` alternatives and `?` optional trailing
/// parameters expanded into overloads (which may differ in length). A bare `name` (no
/// parentheses) exports a module-level constant and has no overloads.
struct FuncSpec {
  std::string name;
  std::size_t begin = 0, end = 0;
  std::vector<std::vector<Type>> overloads;
  bool is_constant = false;
};

std::vector<std::vector<Type>> cartesian(const std::vector<std::vector<Type>>& choices) {
  std::vector<std::vector<Type>> out{{}};
  for (const auto& alternatives : choices) {
    std::vector<std::vector<Type>> next;
    for (const auto& prefix : out)
      for (Type t : alternatives) {
        next.push_back(prefix);
        next.back().push_back(t);
      }
    out = std::move(next);
  }
  return out;
}

// ------------------------------------------------------------------ parser

class SpecParser {
 public:
  explicit SpecParser(std::string_view text) : tokens_(tokenize(text)) {}

  const std::optional<SpecError>& error() const { return error_; }
  bool at_end() const { return peek().kind == Tok::End; }

  /// type := alt ('or' alt)*  -> every alternative, in the order written.
  std::vector<Type> type() {
    std::vector<Type> out = alt();
    while (!error_ && peek().kind == Tok::Name && peek().text == "or") {
      ++pos_;
      std::vector<Type> more = alt();
      out.insert(out.end(), more.begin(), more.end());
    }
    if (error_) return {};
    return out;
  }

  /// export_line := func_spec (',' func_spec)*
  std::vector<FuncSpec> line() {
    std::vector<FuncSpec> specs;
    for (;;) {
      std::optional<FuncSpec> spec = func_spec();
      if (!spec) return {};
      specs.push_back(std::move(*spec));
      if (peek().kind == Tok::Comma) {
        ++pos_;
        continue;
      }
      if (!at_end()) {
        expected("`,` or the end of the export line");
        return {};
      }
      return specs;
    }
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }

  void fail(const Token& at, std::function<void(Diagnostics&, SourceRange)> report) {
    if (error_) return;
    error_ = SpecError{at.begin, std::max(at.end, at.begin + 1), std::move(report)};
  }

  void expected(const std::string& what) {
    const Token& t = peek();
    std::string found = t.kind == Tok::End ? "the end of the line" : fmt::format("`{}`", t.text);
    std::string message = fmt::format("expected {}, found {}", what, found);
    fail(t, [message](Diagnostics& d, SourceRange r) { d.report(DiagId::export_syntax, r, message); });
  }

  std::optional<FuncSpec> func_spec() {
    FuncSpec spec;
    if (peek().kind != Tok::Name) {
      expected("a function name");
      return std::nullopt;
    }
    spec.name = std::string(peek().text);
    spec.begin = peek().begin;
    ++pos_;
    if (peek().kind == Tok::Comma || peek().kind == Tok::End) {
      spec.is_constant = true;
      spec.end = spec.begin + spec.name.size();
      return spec;
    }
    if (peek().kind != Tok::LParen) {
      expected(fmt::format("`(` after `{}`", spec.name));
      return std::nullopt;
    }
    ++pos_;
    std::vector<std::vector<Type>> params;
    std::optional<std::size_t> first_optional;  // index of the first `?` parameter
    if (peek().kind != Tok::RParen) {
      for (;;) {
        const Token& type_begin = peek();
        params.push_back(type());
        if (error_) return std::nullopt;
        if (peek().kind == Tok::Question) {
          if (!first_optional) first_optional = params.size() - 1;
          ++pos_;
        } else if (first_optional) {
          fail(type_begin, [](Diagnostics& d, SourceRange r) {
            d.report(DiagId::export_syntax, r, "a parameter after an optional one must be optional too: add `?`");
          });
          return std::nullopt;
        }
        if (peek().kind == Tok::Comma) {
          ++pos_;
          continue;
        }
        break;
      }
    }
    if (peek().kind != Tok::RParen) {
      expected(params.empty() ? "a type or `)`" : "`,` or `)`");
      return std::nullopt;
    }
    spec.end = peek().end;
    ++pos_;
    // `f(int, float?)` exports f(int) and f(int, float), the shorter first.
    for (std::size_t n = first_optional.value_or(params.size()); n <= params.size(); ++n) {
      std::vector<std::vector<Type>> prefix(params.begin(), params.begin() + static_cast<std::ptrdiff_t>(n));
      for (auto& overload : cartesian(prefix)) spec.overloads.push_back(std::move(overload));
    }
    return spec;
  }

  /// alt := primary ('list' | 'set' | ':' primary ('list' | 'set')* 'dict')*, rejecting the forms
  /// that are not supported yet (ndarrays).
  std::vector<Type> alt() {
    std::size_t begin = peek().begin;
    std::vector<Type> out = primary();
    while (!error_) {
      const Token& t = peek();
      if (t.kind == Tok::Name && t.text == "list") {
        for (Type& item : out)
          if (item->kind == TypeKind::NdArray) not_yet(begin, t.end, "lists of ndarrays");
        for (Type& item : out) item = types::list(item);
        ++pos_;
      } else if (t.kind == Tok::Name && t.text == "set") {
        for (Type& item : out) item = types::set(item);
        ++pos_;
      } else if (t.kind == Tok::Name && (t.text == "dict" || t.text == "array")) {
        not_yet(begin, t.end, fmt::format("`{}` export types", t.text));
      } else if (t.kind == Tok::Colon) {
        // `K:V dict`: the value type takes its own `list`/`set` suffixes before `dict`.
        ++pos_;
        std::vector<Type> values = primary();
        while (!error_ && peek().kind == Tok::Name && (peek().text == "list" || peek().text == "set")) {
          bool is_list = peek().text == "list";
          for (Type& v : values) v = is_list ? types::list(v) : types::set(v);
          ++pos_;
        }
        if (error_) break;
        if (!(peek().kind == Tok::Name && peek().text == "dict")) {
          expected("`dict` after `K:V`");
          break;
        }
        ++pos_;
        std::vector<Type> dicts;
        for (Type k : out)
          for (Type v : values) dicts.push_back(types::dict(k, v));
        out = std::move(dicts);
      } else if (t.kind == Tok::LBracket) {
        std::size_t end = t.end;
        for (std::size_t i = pos_; tokens_[i].kind != Tok::End; ++i) {
          end = tokens_[i].end;
          if (tokens_[i].kind == Tok::RBracket) break;
        }
        not_yet(begin, end, "this ndarray export type");
      } else {
        break;
      }
    }
    return out;
  }

  void not_yet(std::size_t begin, std::size_t end, const std::string& what) {
    if (error_) return;
    std::string spelled = what;
    error_ = SpecError{begin, end, [spelled](Diagnostics& d, SourceRange r) {
                         d.report(DiagId::unsupported_construct_hint, r, spelled,
                                  "export types are limited to int, float, complex, bool, str, "
                                  "None, lists and tuples for now");
                       }};
  }

  std::vector<Type> primary() {
    const Token& t = peek();
    if (t.kind == Tok::Name) {
      ++pos_;
      if (peek().kind == Tok::LBracket && dtype_from_name(t.text)) return {array(t, *dtype_from_name(t.text))};
      if (std::optional<Type> s = scalar(t.text)) return {*s};
      std::string name(t.text);
      if (is_sized_numpy_scalar(t.text)) {
        not_yet(t.begin, t.end, fmt::format("the sized numpy scalar export type `{}`", name));
        return {};
      }
      std::string suggestion = closest_name(name, known_type_names());
      fail(t, [name, suggestion](Diagnostics& d, SourceRange r) {
        if (suggestion.empty())
          d.report(DiagId::export_unknown_type, r, name);
        else
          d.report(DiagId::export_unknown_type_hint, r, name, suggestion);
      });
      return {};
    }
    if (t.kind == Tok::LParen) {
      ++pos_;
      std::vector<std::vector<Type>> items;
      bool trailing_comma = false;
      for (;;) {
        items.push_back(type());
        if (error_) return {};
        trailing_comma = false;
        if (peek().kind == Tok::Comma) {
          ++pos_;
          trailing_comma = true;
          if (peek().kind == Tok::RParen) break;
          continue;
        }
        break;
      }
      if (peek().kind != Tok::RParen) {
        expected("`,` or `)`");
        return {};
      }
      ++pos_;
      if (items.size() == 1 && !trailing_comma) return items[0];  // `(T)` is just T
      std::vector<Type> out;
      for (auto& combination : cartesian(items)) out.push_back(types::tuple(std::move(combination)));
      return out;
    }
    expected("a type");
    return {};
  }

  /// After a dtype name: `[]` per dimension, or `[:, :]` where each dimension is `:` or `::`
  /// (any extent), an integer (that fixed extent) or `::1` (unit stride: last for C order,
  /// first for Fortran order), then an optional `order(C)` / `order(F)`.
  Type array(const Token& name, Dtype dtype) {
    int rank = 0;
    bool c_order = false, f_order = false;
    std::vector<std::int64_t> extents;
    while (!error_ && peek().kind == Tok::LBracket) {
      ++pos_;
      if (peek().kind == Tok::RBracket) {  // `float[]`: one more dimension
        ++pos_;
        ++rank;
        extents.push_back(-1);
        continue;
      }
      int first = rank;
      for (;;) {
        std::size_t dim_begin = peek().begin;
        int colons = 0;
        while (peek().kind == Tok::Colon) ++colons, ++pos_;
        bool unit_step = false;
        std::int64_t extent = -1;
        if (colons == 2 && peek().kind == Tok::Other && peek().text == "1") ++pos_, unit_step = true;
        if (colons == 0 && peek().kind == Tok::Other && is_extent(peek().text)) {
          extent = std::stoll(std::string(peek().text));
          ++pos_;
        } else if (colons == 0 || colons > 2 || (!unit_step && peek().kind == Tok::Other)) {
          std::size_t end = peek().end;
          while (peek().kind != Tok::RBracket && peek().kind != Tok::End) end = peek().end, ++pos_;
          not_yet(dim_begin, end, "this dimension in an ndarray export type (write `:`, `::1` or an extent)");
          return types::unknown();
        }
        ++rank;
        extents.push_back(extent);
        if (unit_step) {
          if (peek().kind == Tok::RBracket) {
            c_order = true;
          } else if (rank - 1 == first) {
            f_order = true;
          } else {
            not_yet(dim_begin, peek().end, "`::1` on a middle dimension");
            return types::unknown();
          }
        }
        if (peek().kind == Tok::Comma) {
          ++pos_;
          continue;
        }
        break;
      }
      if (peek().kind != Tok::RBracket) {
        expected("`,` or `]` in the array type");
        return types::unknown();
      }
      ++pos_;
    }
    if (!error_ && peek().kind == Tok::Name && peek().text == "order") {
      ++pos_;
      if (peek().kind != Tok::LParen) return expected("`(` after `order`"), types::unknown();
      ++pos_;
      if (peek().kind == Tok::Name && (peek().text == "C" || peek().text == "F")) {
        (peek().text == "C" ? c_order : f_order) = true;
        ++pos_;
      } else {
        return expected("`C` or `F`"), types::unknown();
      }
      if (peek().kind != Tok::RParen) return expected("`)`"), types::unknown();
      ++pos_;
    }
    if (rank > 8) {
      not_yet(name.begin, peek().begin, "arrays of more than 8 dimensions");
      return types::unknown();
    }
    if (c_order && f_order && rank > 1) {
      not_yet(name.begin, peek().begin, "an array both C- and Fortran-ordered");
      return types::unknown();
    }
    if (rank <= 1) c_order = c_order || f_order, f_order = false;  // one axis: both orders are one
    return types::ndarray_spec(dtype, rank, c_order && rank > 0, f_order, std::move(extents));
  }

  static bool is_extent(std::string_view text) {
    if (text.empty() || text.size() > 12) return false;
    for (char c : text)
      if (c < '0' || c > '9') return false;
    return true;
  }

  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::optional<SpecError> error_;
};

SourceRange sub_range(const ExportComment& comment, std::size_t begin, std::size_t end) {
  SourceRange r;
  r.begin = {comment.range.begin.line, comment.range.begin.col + static_cast<std::uint32_t>(begin)};
  r.end = {comment.range.begin.line, comment.range.begin.col + static_cast<std::uint32_t>(end)};
  return r;
}

}  // namespace

// ------------------------------------------------------------------ resolution

std::vector<ExportedFunction> resolve_exports(const Module& module, Diagnostics& diags,
                                             std::vector<ExportedConstant>* constants) {
  std::set<std::string> constant_names;  // names a module-level statement assigns
  for (const StmtPtr& stmt : module.body)
    if (stmt->kind == StmtKind::Assign || stmt->kind == StmtKind::AugAssign)
      for (const ExprPtr& target : stmt->targets)
        if (target->kind == ExprKind::Name) constant_names.insert(target->name);
  std::map<std::string, const FunctionDef*> functions;
  std::vector<std::string> function_names;
  for (const StmtPtr& s : module.body)
    if (s->kind == StmtKind::FunctionDef) {
      functions.emplace(s->function->name, s->function.get());
      function_names.push_back(s->function->name);
    }

  std::vector<ExportedFunction> out;
  if (module.exports.empty()) {
    diags.report(DiagId::no_exports, SourceRange{{1, 1}, {1, 1}});
    return out;
  }
  for (const ExportComment& comment : module.exports) {
    SpecParser parser(comment.text);
    std::vector<FuncSpec> specs = parser.line();
    if (parser.error()) {
      parser.error()->report(diags, sub_range(comment, parser.error()->begin, parser.error()->end));
      continue;
    }
    for (FuncSpec& spec : specs) {
      SourceRange name_range = sub_range(comment, spec.begin, spec.begin + spec.name.size());
      SourceRange spec_range = sub_range(comment, spec.begin, spec.end);
      auto fn = functions.find(spec.name);
      if (spec.is_constant) {
        if (fn != functions.end())
          diags.report(DiagId::export_syntax, name_range,
                       fmt::format("`{}` is a function: export it with its parameter types, `{}(...)`",
                                   spec.name, spec.name));
        else if (!constant_names.count(spec.name))
          diags.report(DiagId::export_unknown_name, name_range, spec.name);
        else if (constants)
          constants->push_back({spec.name, name_range});
        continue;
      }
      if (fn == functions.end()) {
        std::string suggestion = closest_name(spec.name, function_names);
        if (suggestion.empty())
          diags.report(DiagId::export_no_function, name_range, spec.name);
        else
          diags.report(DiagId::export_no_function_hint, name_range, spec.name, suggestion);
        continue;
      }
      const FunctionDef* def = fn->second;
      std::size_t total = def->params.size(), required = 0;
      for (const Parameter& p : def->params)
        if (!p.default_value) ++required;
      // With `?` parameters the overloads range from `fewest` to `most` arguments.
      std::size_t fewest = spec.overloads.empty() ? 0 : spec.overloads.front().size();
      std::size_t most = spec.overloads.empty() ? 0 : spec.overloads.back().size();
      if (fewest < required || most > total) {
        auto range_text = [](std::size_t lo, std::size_t hi) {
          return lo == hi ? std::to_string(lo) : fmt::format("{} to {}", lo, hi);
        };
        diags.report(DiagId::export_arity, spec_range, spec.name, range_text(fewest, most),
                     range_text(required, total));
        continue;
      }
      auto entry = std::find_if(out.begin(), out.end(),
                                [&](const ExportedFunction& e) { return e.name == spec.name; });
      if (entry == out.end()) {
        out.push_back({spec.name, def, {}});
        entry = std::prev(out.end());
      }
      for (auto& params : spec.overloads) {
        bool duplicate = std::any_of(entry->overloads.begin(), entry->overloads.end(),
                                     [&](const ExportOverload& o) { return o.params == params; });
        if (!duplicate) entry->overloads.push_back({std::move(params), spec_range});
      }
    }
  }
  return out;
}

std::vector<Type> parse_export_type_for_test(const std::string& text) {
  SpecParser parser(text);
  std::vector<Type> out = parser.type();
  if (parser.error() || !parser.at_end()) return {};
  return out;
}

}  // namespace pyxc
