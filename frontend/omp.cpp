#include "frontend/omp.hpp"

#include <cctype>
#include <map>

namespace pyxc {

std::set<std::string> OmpDirective::clause_variables() const {
  std::set<std::string> out;
  for (const auto* list : {&private_vars, &firstprivate_vars, &lastprivate_vars, &shared_vars})
    out.insert(list->begin(), list->end());
  for (const auto& [op, vars] : reductions) out.insert(vars.begin(), vars.end());
  return out;
}

namespace {

std::string trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool is_identifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

std::vector<std::string> split_names(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    out.push_back(trim(text.substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

}  // namespace

std::optional<OmpDirective> parse_omp(const OmpAnnotation& a, Diagnostics* diags) {
  auto error = [&](DiagId id, std::size_t offset, std::size_t length, const std::string& x,
                   const std::string& y = "") {
    if (!diags) return;
    SourceRange r{{a.range.begin.line, static_cast<std::uint32_t>(a.range.begin.col + offset)},
                  {a.range.begin.line, static_cast<std::uint32_t>(a.range.begin.col + offset + std::max<std::size_t>(length, 1))}};
    if (y.empty()) diags->report(id, r, x);
    else diags->report(id, r, x, y);
  };
  const std::string& t = a.text;
  static const std::vector<std::pair<std::string, OmpDirective::Kind>> kinds = {
      {"parallel for", OmpDirective::Kind::ParallelFor}, {"parallel", OmpDirective::Kind::Parallel},
      {"for", OmpDirective::Kind::For},                  {"critical", OmpDirective::Kind::Critical},
      {"atomic", OmpDirective::Kind::Atomic},            {"barrier", OmpDirective::Kind::Barrier},
      {"single", OmpDirective::Kind::Single},            {"master", OmpDirective::Kind::Master}};
  OmpDirective d;
  std::size_t pos = std::string::npos;
  for (const auto& [word, kind] : kinds) {
    if (t.compare(0, word.size(), word) == 0 && (t.size() == word.size() || t[word.size()] == ' ' || t[word.size()] == '(')) {
      d.kind = kind;
      d.name = word;
      pos = word.size();
      break;
    }
  }
  if (pos == std::string::npos) {
    error(DiagId::omp_syntax, 0, t.find(' ') == std::string::npos ? t.size() : t.find(' '),
          "expected a directive: parallel for, parallel, for, critical, atomic, barrier, single or master");
    return std::nullopt;
  }
  static const std::map<OmpDirective::Kind, std::set<std::string>> allowed = {
      {OmpDirective::Kind::ParallelFor,
       {"private", "firstprivate", "lastprivate", "shared", "reduction", "schedule", "num_threads", "if", "collapse"}},
      {OmpDirective::Kind::For, {"private", "firstprivate", "lastprivate", "reduction", "schedule", "collapse"}},
      {OmpDirective::Kind::Parallel, {"private", "firstprivate", "shared", "reduction", "num_threads", "if"}},
      {OmpDirective::Kind::Single, {"private", "firstprivate"}},
  };
  while (pos < t.size()) {
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == ',')) ++pos;
    if (pos >= t.size()) break;
    // `critical(name)`
    if (t[pos] == '(' && d.kind == OmpDirective::Kind::Critical) {
      std::size_t close = t.find(')', pos);
      if (close == std::string::npos) return error(DiagId::omp_syntax, pos, 1, "missing `)`"), std::nullopt;
      d.critical_name = trim(t.substr(pos + 1, close - pos - 1));
      pos = close + 1;
      continue;
    }
    std::size_t name_end = pos;
    while (name_end < t.size() && (std::isalnum(static_cast<unsigned char>(t[name_end])) || t[name_end] == '_')) ++name_end;
    std::string clause = t.substr(pos, name_end - pos);
    if (clause.empty()) return error(DiagId::omp_syntax, pos, 1, "expected a clause"), std::nullopt;
    auto ok = allowed.find(d.kind);
    if (ok == allowed.end() || !ok->second.count(clause)) {
      error(DiagId::omp_unknown_clause, pos, clause.size(), clause, d.name);
      return std::nullopt;
    }
    std::size_t open = name_end;
    while (open < t.size() && t[open] == ' ') ++open;
    std::size_t close = open < t.size() && t[open] == '(' ? t.find(')', open) : std::string::npos;
    if (close == std::string::npos) {
      error(DiagId::omp_syntax, name_end, 1, "expected `(...)` after `" + clause + "`");
      return std::nullopt;
    }
    std::string arg = trim(t.substr(open + 1, close - open - 1));
    auto names = [&](std::vector<std::string>& out, const std::string& text, std::size_t at) {
      for (const auto& n : split_names(text)) {
        if (!is_identifier(n)) {
          error(DiagId::omp_syntax, at, text.size(), "expected variable names, found `" + text + "`");
          return false;
        }
        out.push_back(n);
      }
      return true;
    };
    bool good = true;
    if (clause == "private") good = names(d.private_vars, arg, open + 1);
    else if (clause == "firstprivate") good = names(d.firstprivate_vars, arg, open + 1);
    else if (clause == "lastprivate") good = names(d.lastprivate_vars, arg, open + 1);
    else if (clause == "shared") good = names(d.shared_vars, arg, open + 1);
    else if (clause == "reduction") {
      std::size_t colon = arg.find(':');
      std::string op = colon == std::string::npos ? "" : trim(arg.substr(0, colon));
      static const std::set<std::string> ops = {"+", "*", "-", "max", "min", "&", "|", "^", "&&", "||"};
      if (!ops.count(op)) {
        error(DiagId::omp_syntax, open + 1, arg.size(), "expected `reduction(op: variables)` with op one of + * - max min & | ^ && ||");
        return std::nullopt;
      }
      std::vector<std::string> vars;
      good = names(vars, arg.substr(colon + 1), open + 2 + colon);
      d.reductions.push_back({op, vars});
    } else if (clause == "schedule") {
      static const std::set<std::string> kinds_ok = {"static", "dynamic", "guided", "auto", "runtime"};
      if (!kinds_ok.count(trim(arg.substr(0, arg.find(','))))) {
        error(DiagId::omp_syntax, open + 1, arg.size(), "expected a schedule kind: static, dynamic, guided, auto or runtime");
        return std::nullopt;
      }
      d.schedule = arg;
    } else if (clause == "num_threads") {
      d.num_threads = arg;
      good = is_identifier(arg) || (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos);
      if (!good) error(DiagId::omp_syntax, open + 1, arg.size(), "num_threads takes an int literal or a variable");
    } else if (clause == "collapse") {
      good = !arg.empty() && arg.size() < 3 && arg.find_first_not_of("0123456789") == std::string::npos &&
             std::stoi(arg) >= 1;
      if (good) d.collapse = std::stoi(arg);
      else error(DiagId::omp_syntax, open + 1, arg.size(), "collapse(...) takes a positive int literal");
    } else if (clause == "if") {
      d.if_clause = arg;
      good = is_identifier(arg);
      if (!good) error(DiagId::omp_syntax, open + 1, arg.size(), "if(...) takes a variable");
    }
    if (!good) return std::nullopt;
    pos = close + 1;
  }
  return d;
}

// ------------------------------------------------------------------ loop analysis

namespace {

/// Names assigned in `block` (the first place each is assigned), and break/return statements
/// that would leave the loop (a break inside an inner loop stays inside it).
void scan_body(const Block& block, bool in_inner_loop, std::map<std::string, SourceRange>& assigned,
               std::vector<const Stmt*>& jumps) {
  for (const auto& s : block) {
    if (s->kind == StmtKind::Return || (s->kind == StmtKind::Break && !in_inner_loop)) jumps.push_back(s.get());
    if (s->kind == StmtKind::Assign || s->kind == StmtKind::AugAssign || s->kind == StmtKind::For) {
      std::vector<const Expr*> todo;
      for (const auto& t : s->targets) todo.push_back(t.get());
      while (!todo.empty()) {
        const Expr* t = todo.back();
        todo.pop_back();
        if (t->kind == ExprKind::Name) assigned.emplace(t->name, t->range);
        if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List)
          for (const auto& item : t->operands) todo.push_back(item.get());
      }
    }
    bool inner = in_inner_loop || s->kind == StmtKind::For || s->kind == StmtKind::While;
    for (const Block* b : child_blocks(*s)) scan_body(*b, inner, assigned, jumps);
  }
}

}  // namespace

std::vector<const Stmt*> omp_loop_nest(const Stmt& loop, int depth) {
  std::vector<const Stmt*> nest;
  const Stmt* current = &loop;
  for (int level = 0; level < depth; ++level) {
    bool range_loop = current->kind == StmtKind::For && current->targets[0]->kind == ExprKind::Name &&
                      current->value->kind == ExprKind::Call && current->value->operands[0]->kind == ExprKind::Name &&
                      current->value->operands[0]->name == "range" && current->orelse.empty();
    if (range_loop && current->value->args.size() == 3) {
      const Expr& step = *current->value->args[2];
      range_loop = step.kind == ExprKind::IntLit ||
                   (step.kind == ExprKind::UnaryOp && step.operands[0]->kind == ExprKind::IntLit);
    }
    if (!range_loop) return {};
    nest.push_back(current);
    if (level + 1 < depth) {
      if (current->body.size() != 1) return {};
      current = current->body[0].get();
    }
  }
  return nest;
}

OmpLoopAnalysis analyze_omp_loop(const FunctionDef& function, const Stmt& loop, const OmpDirective& d) {
  OmpLoopAnalysis out;
  std::map<std::string, SourceRange> assigned;
  scan_body(loop.body, false, assigned, out.jumps);
  std::map<std::string, int> all_uses, loop_uses;
  count_name_uses(function.body, all_uses);
  count_name_uses(*loop.targets[0], loop_uses);
  count_name_uses(loop.body, loop_uses);
  count_name_uses(*loop.value, loop_uses);
  std::set<std::string> reduced;
  for (const auto& [op, vars] : d.reductions) reduced.insert(vars.begin(), vars.end());
  std::set<std::string> declared_private;
  for (const auto* list : {&d.private_vars, &d.firstprivate_vars, &d.lastprivate_vars})
    declared_private.insert(list->begin(), list->end());
  std::set<std::string> params;
  for (const auto& p : function.params) params.insert(p.name);
  // The iteration variables of the collapsed loops are private to each iteration.
  std::set<std::string> loop_vars;
  for (const Stmt* level : omp_loop_nest(loop, d.collapse))
    if (level->targets[0]->kind == ExprKind::Name) loop_vars.insert(level->targets[0]->name);
  for (const auto& [name, where] : assigned) {
    if (loop_vars.count(name) || reduced.count(name) || declared_private.count(name)) continue;
    // A temporary of the loop body (mentioned nowhere else) is private to each iteration.
    if (all_uses[name] == loop_uses[name] && !params.count(name)) {
      out.implicit_private.insert(name);
      continue;
    }
    out.races.push_back({name, where});
  }
  for (const auto& name : reduced)
    if (!assigned.count(name)) out.unused_reductions.push_back(name);
  return out;
}

}  // namespace pyxc
