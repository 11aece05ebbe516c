// parse_module: runs tree-sitter-python, reports the first syntax error, then converts the
// concrete tree into pyxc's AST (statements in parser_stmt.cpp, expressions in parser_expr.cpp).
#include "frontend/parser.hpp"

#include <tree_sitter/api.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "frontend/parser_internal.hpp"

extern "C" const TSLanguage* tree_sitter_python();

namespace pyxc {
namespace parser {

// ------------------------------------------------------------------ CST helpers

namespace {
bool is_trivia(TSNode node) {
  const char* k = ts_node_type(node);
  return std::strcmp(k, "comment") == 0 || std::strcmp(k, "line_continuation") == 0;
}

SourceLoc to_loc(TSPoint p) { return {p.row + 1, p.column + 1}; }
}  // namespace

SourceRange Converter::range(TSNode node) const {
  return {to_loc(ts_node_start_point(node)), to_loc(ts_node_end_point(node))};
}

SourceRange Converter::span(TSNode first, TSNode last) const {
  return {to_loc(ts_node_start_point(first)), to_loc(ts_node_end_point(last))};
}

std::string_view Converter::text(TSNode node) const {
  uint32_t begin = ts_node_start_byte(node), end = ts_node_end_byte(node);
  const std::string& src = file_.text();
  if (begin > src.size() || end > src.size() || end < begin) return {};
  return std::string_view(src).substr(begin, end - begin);
}

std::vector<TSNode> Converter::named_children(TSNode node) {
  std::vector<TSNode> out;
  uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; ++i) {
    TSNode child = ts_node_named_child(node, i);
    if (!is_trivia(child)) out.push_back(child);
  }
  return out;
}

std::vector<TSNode> Converter::children(TSNode node) {
  std::vector<TSNode> out;
  uint32_t n = ts_node_child_count(node);
  for (uint32_t i = 0; i < n; ++i) {
    TSNode child = ts_node_child(node, i);
    if (!is_trivia(child)) out.push_back(child);
  }
  return out;
}

std::vector<TSNode> Converter::fields(TSNode node, const char* name) {
  std::vector<TSNode> out;
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      const char* f = ts_tree_cursor_current_field_name(&cursor);
      if (f && std::strcmp(f, name) == 0) out.push_back(ts_tree_cursor_current_node(&cursor));
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

TSNode Converter::field(TSNode node, const char* name) {
  return ts_node_child_by_field_name(node, name, static_cast<uint32_t>(std::strlen(name)));
}

bool Converter::has_token(TSNode node, std::string_view token) {
  uint32_t n = ts_node_child_count(node);
  for (uint32_t i = 0; i < n; ++i) {
    TSNode child = ts_node_child(node, i);
    if (!ts_node_is_named(child) && token == ts_node_type(child)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ diagnostics

void Converter::unsupported(TSNode node, const std::string& what) { unsupported(range(node), what); }

void Converter::unsupported(SourceRange r, const std::string& what) {
  diags_.report(DiagId::unsupported_construct, r, what);
}

void Converter::unsupported_hint(TSNode node, const std::string& what, const std::string& hint) {
  diags_.report(DiagId::unsupported_construct_hint, range(node), what, hint);
}

void Converter::syntax_error(TSNode node, const std::string& what) {
  diags_.report(DiagId::syntax_error, range(node), what);
}

// ------------------------------------------------------------------ syntax errors

namespace {

bool is_keyword(std::string_view word) {
  static const std::string_view kKeywords[] = {
      "False", "None",   "True",    "and",      "as",     "assert", "async", "await",
      "break", "class",  "continue", "def",     "del",    "elif",   "else",  "except",
      "finally", "for",  "from",    "global",   "if",     "import", "in",    "is",
      "lambda", "nonlocal", "not",  "or",       "pass",   "raise",  "return", "try",
      "while", "with",   "yield",
  };
  for (std::string_view k : kKeywords)
    if (k == word) return true;
  return false;
}

bool is_compound_keyword(std::string_view word) {
  static const std::string_view kWords[] = {"def",  "if",   "elif",    "else", "for",   "while",
                                            "class", "with", "try",    "except", "finally", "async"};
  for (std::string_view k : kWords)
    if (k == word) return true;
  return false;
}

/// `text` with control characters spelled as escapes (a NUL byte is invisible in a message).
std::string printable(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    else
      out += c;
  }
  return out;
}

void collect_leaves(TSNode node, std::vector<TSNode>& out) {
  if (is_trivia(node)) return;
  uint32_t n = ts_node_child_count(node);
  if (n == 0) {
    if (ts_node_end_byte(node) > ts_node_start_byte(node) || ts_node_is_missing(node)) out.push_back(node);
    return;
  }
  for (uint32_t i = 0; i < n; ++i) collect_leaves(ts_node_child(node, i), out);
}

/// Finds the first syntax problem in document order: an ERROR or MISSING node from tree-sitter,
/// or what tree-sitter accepts but Python does not (inconsistent indentation, empty blocks,
/// keywords used as names).
class SyntaxChecker {
 public:
  explicit SyntaxChecker(const Converter& conv) : conv_(conv) {}

  bool found() const { return found_; }
  SourceRange range() const { return range_; }
  const std::string& message() const { return message_; }

  void visit(TSNode node, TSNode parent = TSNode{}) {
    if (found_) return;
    std::string_view k = ts_node_type(node);
    if (ts_node_is_missing(node)) {
      if (k == "_indent" || k == "_dedent" || k == "_newline")
        return report(conv_.range(node), "unexpected end of line or indentation");
      return report(conv_.range(node), fmt::format("missing `{}`", k));
    }
    if (k == "ERROR") return describe_error(node);
    if (k == "identifier" && is_keyword(conv_.text(node)))
      return report(conv_.range(node), fmt::format("`{}` is a keyword and cannot be used here",
                                                  conv_.text(node)));
    bool is_block = k == "block" || k == "module";
    std::vector<TSNode> stmts = is_block ? Converter::named_children(node) : std::vector<TSNode>{};
    if (k == "block" && stmts.empty() && !ts_node_is_null(parent)) {
      std::string_view header = conv_.text(parent);
      header = header.substr(0, header.find('\n'));
      while (!header.empty() && (header.back() == ' ' || header.back() == '\r')) header.remove_suffix(1);
      SourceRange r = conv_.range(parent);
      r.end = {r.begin.line, r.begin.col + static_cast<std::uint32_t>(header.size())};
      return report(r, fmt::format("expected an indented block after `{}`", header));
    }
    uint32_t n = ts_node_child_count(node);
    uint32_t expected_col = k == "module" ? 0 : stmts.empty() ? 0 : ts_node_start_point(stmts[0]).column;
    // A UTF-8 byte order mark shifts the first line of the module by three bytes.
    if (k == "module" && conv_.file().text().rfind("\xEF\xBB\xBF", 0) == 0 && !stmts.empty() &&
        ts_node_start_point(stmts[0]).row == 0)
      expected_col = 3;
    uint32_t previous_end_row = stmts.empty() ? 0 : ts_node_start_point(stmts[0]).row;
    uint32_t previous_indent = 0;
    for (uint32_t i = 0; i < n && !found_; ++i) {
      TSNode child = ts_node_child(node, i);
      if (is_block && ts_node_is_named(child) && !is_trivia(child)) {
        TSPoint start = ts_node_start_point(child);
        if (start.row != previous_end_row || (k == "module" && ts_node_eq(child, stmts[0]))) {
          // Dedenting to a column between this block's and the previous statement's inner
          // block's is an unmatched unindent; anything else deeper is an unexpected indent.
          if (start.column < expected_col || (start.column > expected_col && start.column < previous_indent))
            return report(conv_.range(child), "unindent does not match any outer indentation level");
          if (start.column > expected_col) return report(conv_.range(child), "unexpected indent");
        }
        previous_end_row = ts_node_end_point(child).row;
        if (k == "module") expected_col = 0;
        previous_indent = indentation(previous_end_row);
      }
      visit(child, node);
    }
  }

 private:
  void report(SourceRange r, std::string message) {
    found_ = true;
    range_ = r;
    message_ = std::move(message);
  }

  /// The column (0-based) of the first non-blank character of 0-based `row`.
  uint32_t indentation(uint32_t row) const {
    std::string_view line = conv_.file().line(row + 1);
    std::size_t i = line.find_first_not_of(" \t");
    return i == std::string_view::npos ? 0 : static_cast<uint32_t>(i);
  }

  SourceRange point_after(TSNode token) const {
    SourceRange r = conv_.range(token);
    return {r.end, {r.end.line, r.end.col + 1}};
  }

  void describe_error(TSNode error) {
    std::vector<TSNode> leaves;
    collect_leaves(error, leaves);
    if (leaves.empty()) return report(conv_.range(error), "unexpected end of file");

    // Brackets first: an unclosed or unmatched bracket is what the user has to fix.
    std::vector<TSNode> open;
    for (TSNode leaf : leaves) {
      std::string_view t = conv_.text(leaf);
      if (t == "(" || t == "[" || t == "{") {
        open.push_back(leaf);
      } else if (t == ")" || t == "]" || t == "}") {
        char want = t == ")" ? '(' : t == "]" ? '[' : '{';
        if (open.empty() || conv_.text(open.back())[0] != want)
          return report(conv_.range(leaf), fmt::format("unmatched `{}`", t));
        open.pop_back();
      }
    }
    if (!open.empty())
      return report(conv_.range(open.front()), fmt::format("`{}` was never closed", conv_.text(open.front())));

    // A compound statement header without its colon.
    std::string_view first = conv_.text(leaves[0]);
    if (is_compound_keyword(first)) {
      uint32_t row = ts_node_start_point(leaves[0]).row;
      TSNode last_on_line = leaves[0];
      bool colon = false;
      for (TSNode leaf : leaves) {
        if (ts_node_start_point(leaf).row != row) break;
        if (conv_.text(leaf) == ":") colon = true;
        last_on_line = leaf;
      }
      if (!colon) return report(point_after(last_on_line), "expected `:`");
    }

    // A nested ERROR holds the offending token; otherwise show what could not be parsed.
    for (TSNode leaf : leaves) {
      if (std::strcmp(ts_node_type(leaf), "ERROR") == 0)
        return report(conv_.range(leaf), fmt::format("unexpected `{}`", printable(conv_.text(leaf))));
    }
    if (leaves.size() == 1)
      return report(conv_.range(leaves[0]), fmt::format("unexpected `{}`", printable(first)));
    std::string_view whole = conv_.text(error);
    whole = whole.substr(0, std::min(whole.find('\n'), std::size_t{40}));
    report(conv_.range(error), fmt::format("cannot parse `{}`", printable(whole)));
  }

  const Converter& conv_;
  bool found_ = false;
  SourceRange range_;
  std::string message_;
};

}  // namespace

// ------------------------------------------------------------------ export comments

namespace {

/// If `comment` is `#export SPEC` or `# pythran export SPEC`, the byte offset of SPEC in it.
std::size_t export_spec_offset(std::string_view comment) {
  auto skip_spaces = [&](std::size_t i) {
    while (i < comment.size() && (comment[i] == ' ' || comment[i] == '\t')) ++i;
    return i;
  };
  auto word_at = [&](std::size_t i, std::string_view word) {
    return comment.substr(i, word.size()) == word &&
           (i + word.size() == comment.size() || comment[i + word.size()] == ' ' ||
            comment[i + word.size()] == '\t');
  };
  if (comment.empty() || comment[0] != '#') return std::string_view::npos;
  std::size_t i = skip_spaces(1);
  if (word_at(i, "pythran")) i = skip_spaces(i + 7);
  if (!word_at(i, "export")) return std::string_view::npos;
  return skip_spaces(i + 6);
}

void walk_comments(TSNode node, const SourceFile& file, std::vector<ExportComment>& out) {
  if (std::strcmp(ts_node_type(node), "comment") == 0) {
    uint32_t begin = ts_node_start_byte(node), end = ts_node_end_byte(node);
    std::string_view comment = std::string_view(file.text()).substr(begin, end - begin);
    while (!comment.empty() && (comment.back() == '\r' || comment.back() == ' ' ||
                                comment.back() == '\t'))
      comment.remove_suffix(1);
    std::size_t offset = export_spec_offset(comment);
    if (offset == std::string_view::npos) return;
    TSPoint start = ts_node_start_point(node);
    ExportComment e;
    e.text = std::string(comment.substr(offset));
    e.range.begin = {start.row + 1, static_cast<std::uint32_t>(start.column + 1 + offset)};
    e.range.end = {start.row + 1, static_cast<std::uint32_t>(start.column + 1 + comment.size())};
    out.push_back(std::move(e));
    return;
  }
  uint32_t n = ts_node_child_count(node);
  for (uint32_t i = 0; i < n; ++i) walk_comments(ts_node_child(node, i), file, out);
}

}  // namespace

void collect_exports(TSNode root, const SourceFile& file, std::vector<ExportComment>& out) {
  walk_comments(root, file, out);
}

}  // namespace parser

// ------------------------------------------------------------------ entry point

namespace parser {

namespace {
Stmt* statement_at_line(Block& block, std::uint32_t line) {
  for (auto& s : block) {
    if (s->range.begin.line == line) return s.get();
    if (s->range.begin.line > line) return nullptr;
    if (s->range.end.line < line) continue;
    std::vector<Block*> blocks = {&s->body, &s->orelse, &s->finalbody};
    for (auto& h : s->handlers) blocks.push_back(&h.body);
    if (s->function) blocks.push_back(&s->function->body);
    for (Block* b : blocks)
      if (Stmt* found = statement_at_line(*b, line)) return found;
  }
  return nullptr;
}
}  // namespace

void attach_omp_annotations(const SourceFile& file, Block& body, Diagnostics& diags) {
  for (std::uint32_t n = 1; n <= file.line_count(); ++n) {
    std::string_view text = file.line(n);
    std::size_t hash = text.find_first_not_of(" \t");
    if (hash == std::string_view::npos || text[hash] != '#') continue;
    std::size_t word = text.find_first_not_of(" \t", hash + 1);
    if (word == std::string_view::npos || text.substr(word, 3) != "omp" ||
        (word + 3 < text.size() && text[word + 3] != ' ' && text[word + 3] != '\t'))
      continue;
    std::size_t begin = text.find_first_not_of(" \t", word + 3);
    std::string directive = begin == std::string_view::npos ? "" : std::string(text.substr(begin));
    while (!directive.empty() && (directive.back() == ' ' || directive.back() == '\r')) directive.pop_back();
    auto start = static_cast<std::uint32_t>(begin == std::string_view::npos ? word + 1 : begin + 1);
    SourceRange range{{n, start}, {n, static_cast<std::uint32_t>(start + directive.size())}};
    // The annotated statement starts on the next line that is not blank or a comment.
    std::uint32_t next = n + 1;
    while (next <= file.line_count()) {
      std::string_view t = file.line(next);
      std::size_t first = t.find_first_not_of(" \t\r");
      if (first != std::string_view::npos && t[first] != '#') break;
      ++next;
    }
    Stmt* target = next <= file.line_count() ? statement_at_line(body, next) : nullptr;
    if (!target) {
      diags.report(DiagId::omp_misplaced, range, "it must precede a statement inside a function");
      continue;
    }
    target->omp = std::make_unique<OmpAnnotation>(OmpAnnotation{directive, range});
  }
}

}  // namespace parser

std::optional<Module> parse_module(const SourceFile& file, const std::string& module_name,
                                   Diagnostics& diags) {
  std::unique_ptr<TSParser, decltype(&ts_parser_delete)> ts(ts_parser_new(), ts_parser_delete);
  if (!ts_parser_set_language(ts.get(), tree_sitter_python())) {
    diags.report(DiagId::syntax_error, SourceRange{{1, 1}, {1, 1}},
                 "the tree-sitter-python grammar is incompatible with this libtree-sitter");
    return std::nullopt;
  }
  const std::string& src = file.text();
  std::unique_ptr<TSTree, decltype(&ts_tree_delete)> tree(
      ts_parser_parse_string(ts.get(), nullptr, src.data(), static_cast<uint32_t>(src.size())),
      ts_tree_delete);
  TSNode root = ts_tree_root_node(tree.get());
  parser::Converter conv(file, diags);

  parser::SyntaxChecker checker(conv);
  checker.visit(root);
  if (checker.found()) {
    diags.report(DiagId::syntax_error, checker.range(), checker.message());
    return std::nullopt;
  }

  Module module;
  module.name = module_name;
  int errors_before = diags.error_count();
  conv.module_body(root, module.body);
  parser::collect_exports(root, file, module.exports);
  parser::attach_omp_annotations(file, module.body, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return module;
}

}  // namespace pyxc
