// Typed AST -> C++: the translation unit, function definitions and statements.
#include "codegen/emit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "codegen/emitter.hpp"
#include "frontend/omp.hpp"

namespace pyxc {

namespace codegen {


// ------------------------------------------------------------------ function level

FunctionEmitter::FunctionEmitter(const TypedProgram& program, const Instantiation& inst,
                                 const EmitOptions& options, std::string& out)
    : program_(program), inst_(inst), options_(options), out_(out) {
  if (!inst.def) return;  // the module's constants: see emit_constants()
  count_name_uses(inst.def->body, name_uses_);
  for (const auto& [def, info] : program.closures)
    if (info.enclosing == inst.def)
      for (const auto& c : info.captures)
        if (c.by_reference) captured_by_reference_.insert(c.name);
  std::set<std::string> captured;
  if (auto it = program.closures.find(inst.def); it != program.closures.end())
    for (const auto& c : it->second.captures) captured.insert(c.name);
  maybe_unbound_ = find_maybe_unbound_reads(*inst.def, captured);
  // Flagged variables are declared (with their flag) at the top of the function.
  captured_by_reference_.insert(maybe_unbound_.names.begin(), maybe_unbound_.names.end());
  // A local whose first mention is a plain top-level `x = value` is declared right there.
  std::set<std::string> seen;
  for (const auto& p : inst.def->params) seen.insert(p.name);
  for (const auto& s : inst.def->body) {
    std::map<std::string, int> mentioned;
    std::map<std::string, int> value_mentions;
    if (s->value) count_name_uses(*s->value, value_mentions);
    for (const auto& t : s->targets) count_name_uses(*t, mentioned);
    if (s->value) count_name_uses(*s->value, mentioned);
    if (s->test) count_name_uses(*s->test, mentioned);
    for (const auto& h : s->handlers)
      if (!h.name.empty()) ++mentioned[h.name];
    for (const Block* b : child_blocks(*s)) count_name_uses(*b, mentioned);
    if (s->function) {
      ++mentioned[s->function->name];
      count_name_uses(s->function->body, mentioned);
    }
    if (s->kind == StmtKind::Assign && s->targets.size() == 1 &&
        s->targets[0]->kind == ExprKind::Name) {
      const std::string& n = s->targets[0]->name;
      if (!seen.count(n) && !value_mentions.count(n) && inst.locals.count(n) && !captured_by_reference_.count(n))
        declare_on_first_assign_.insert(n);
    }
    for (const auto& [n, count] : mentioned) seen.insert(n);
  }
  // A loop variable mentioned nowhere outside its `for` is declared by the loop header.
  std::function<void(const Block&)> find_loop_scoped = [&](const Block& block) {
    for (const auto& s : block) {
      if (s->kind == StmtKind::For && s->targets[0]->kind == ExprKind::Name) {
        std::map<std::string, int> inside;
        count_name_uses(*s->targets[0], inside);
        count_name_uses(*s->value, inside);
        for (const Block* b : child_blocks(*s)) count_name_uses(*b, inside);
        const std::string& n = s->targets[0]->name;
        bool is_param = std::any_of(inst.def->params.begin(), inst.def->params.end(),
                                    [&](const Parameter& p) { return p.name == n; });
        if (!is_param && inside[n] == name_uses_[n] && !captured_by_reference_.count(n)) loop_scoped_.insert(n);
      }
      for (const Block* b : child_blocks(*s)) find_loop_scoped(*b);
    }
  };
  find_loop_scoped(inst.def->body);
}

namespace {

/// Types cheap to copy (machine words), passed by value.
bool is_scalar_value(Type t) {
  switch (t->kind) {
    case TypeKind::None: case TypeKind::Bool: case TypeKind::Int: case TypeKind::Float:
    case TypeKind::Complex: case TypeKind::Range:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string FunctionEmitter::prototype() const {
  std::string params;
  for (std::size_t i = 0; i < inst_.def->params.size(); ++i) {
    const auto& p = inst_.def->params[i];
    Type declared = inst_.param_types[i];
    // A parameter re-assigned with a wider type is received under another name.
    bool widened = inst_.locals.at(p.name) != declared;
    // A container or string the function never rebinds is received as a const reference:
    // the handle's constness is shallow (the list can still be changed), and copying the
    // handle would cost a reference-count round trip per call.
    // Not in a generator: its coroutine frame would keep the reference, not the value.
    bool by_reference = !widened && !is_generator() && !is_scalar_value(declared) &&
                        !rebinds_name(inst_.def->body, p.name);
    std::string type = by_reference ? fmt::format("const {}&", cpp_type(declared)) : cpp_type(declared);
    params += fmt::format("{}{} {}{}", i ? ", " : "", type, cpp_ident(p.name), widened ? "_arg" : "");
  }
  // A closure's captured variables follow its declared parameters.
  if (auto it = program_.closures.find(inst_.def); it != program_.closures.end())
    for (std::size_t i = 0; i < it->second.captures.size(); ++i)
      params += fmt::format("{}{} {}", params.empty() ? "" : ", ",
                            cpp_type(inst_.param_types[inst_.def->params.size() + i]),
                            cpp_ident(it->second.captures[i].name));
  return fmt::format("{} {}({})", cpp_type(inst_.return_type), cpp_function_name(inst_), params);
}

void FunctionEmitter::line(const std::string& text) {
  out_.append(static_cast<std::size_t>(indent_) * 2, ' ');
  out_ += text;
  out_ += '\n';
}

std::string FunctionEmitter::fresh(const std::string& base) { return fmt::format("{}_{}", base, ++counter_); }

void FunctionEmitter::source_comment(const Stmt& s) {
  line(fmt::format("// {}:{}", options_.source_name, s.range.begin.line));
  // Under -g the statement's code is attributed to its Python line (for gdb, sanitizers).
  if (options_.line_directives) {
    std::string quoted;
    for (char c : options_.source_name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    out_ += fmt::format("#line {} \"{}\"\n", s.range.begin.line, quoted);
  }
}

void FunctionEmitter::emit_definition() {
  out_ += fmt::format("// {}:{}: def {}\n", options_.source_name, inst_.def->range.begin.line, inst_.def->name);
  out_ += prototype() + " {\n";
  for (std::size_t i = 0; i < inst_.def->params.size(); ++i) {
    const auto& p = inst_.def->params[i];
    Type local = inst_.locals.at(p.name);
    if (local != inst_.param_types[i])
      line(fmt::format("{} {} = {};", cpp_type(local), cpp_ident(p.name),
                       convert(cpp_ident(p.name) + "_arg", inst_.param_types[i], local)));
    declared_.insert(p.name);
  }
  if (auto it = program_.closures.find(inst_.def); it != program_.closures.end())
    for (const auto& c : it->second.captures) declared_.insert(c.name);
  for (const auto& [n, type] : inst_.locals) {
    if (declared_.count(n) || declare_on_first_assign_.count(n) || loop_scoped_.count(n)) continue;
    line(fmt::format("{} {}{{}};", cpp_type(type), cpp_ident(n)));
    declared_.insert(n);
  }
  for (const auto& n : maybe_unbound_.names) line(fmt::format("bool bound_{} = false;", n));
  block(inst_.def->body);
  if (!never_falls_through(inst_.def->body) && !is_generator() &&
      (inst_.return_type->kind == TypeKind::None || inst_.return_type->kind == TypeKind::Optional))
    line("return " + convert("pyxc::None", types::none(), inst_.return_type) + ";");
  out_ += "}\n\n";
}

void FunctionEmitter::emit_constants(const std::vector<const Stmt*>& stmts) {
  for (const auto& [n, type] : inst_.locals) out_ += fmt::format("{} {}{{}};\n", cpp_type(type), cpp_ident(n));
  out_ += "\n// The module-level constants, computed when the module is imported (as Python does).\n";
  out_ += "void init_module_constants() {\n";
  for (const Stmt* s : stmts) {
    source_comment(*s);
    const std::string& n = s->targets[0]->name;
    line(fmt::format("{} = {};", cpp_ident(n), strip_parens(expr_as(*s->value, inst_.locals.at(n)))));
  }
  out_ += "}\n\n";
}

// ------------------------------------------------------------------ statements

void FunctionEmitter::block(const Block& stmts) {
  for (const auto& s : stmts)
    if (!inst_.unreachable.count(s.get())) stmt(*s);
}

std::string strip_parens(const std::string& code) {
  if (code.size() < 2 || code.front() != '(' || code.back() != ')') return code;
  int depth = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    depth += code[i] == '(' ? 1 : code[i] == ')' ? -1 : 0;
    if (depth == 0 && i + 1 < code.size()) return code;  // the first `(` closes early
  }
  return code.substr(1, code.size() - 2);
}

std::string FunctionEmitter::condition(const Expr& test) {
  Type t = type_of(test);
  if (t->kind == TypeKind::Bool) return strip_parens(expr(test));
  if (t->kind == TypeKind::NdArray) return "pyxc::to_bool(pyxc::np::item(" + strip_parens(expr(test)) + "))";  // 0-d
  return "pyxc::to_bool(" + expr(test) + ")";
}

void FunctionEmitter::stmt(const Stmt& s) {
  if (s.omp) {
    if (std::optional<OmpDirective> d = parse_omp(*s.omp, nullptr)) return omp_stmt(s, *d);
  }
  plain_stmt(s);
  if (s.kind == StmtKind::Assign)
    for (const auto& t : s.targets) mark_bound(*t);
  if (s.kind == StmtKind::AugAssign) mark_bound(*s.targets[0]);
  if (s.kind == StmtKind::FunctionDef && maybe_unbound_.names.count(s.function->name))
    line(fmt::format("bound_{} = true;", s.function->name));
}

void FunctionEmitter::mark_bound(const Expr& target) {
  if (target.kind == ExprKind::Name && maybe_unbound_.names.count(target.name))
    line(fmt::format("bound_{} = true;", target.name));
  if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List)
    for (const auto& item : target.operands) mark_bound(*item);
}

std::string FunctionEmitter::omp_clauses(const OmpDirective& d, const std::set<std::string>& extra_private) {
  std::string out;
  auto list = [&](const char* name, std::vector<std::string> vars) {
    if (vars.empty()) return;
    std::string joined;
    for (const auto& v : vars) joined += (joined.empty() ? "" : ", ") + cpp_ident(v);
    out += fmt::format(" {}({})", name, joined);
  };
  std::vector<std::string> privates = d.private_vars;
  privates.insert(privates.end(), extra_private.begin(), extra_private.end());
  list("private", privates);
  list("firstprivate", d.firstprivate_vars);
  list("lastprivate", d.lastprivate_vars);
  list("shared", d.shared_vars);
  for (const auto& [op, vars] : d.reductions) {
    std::string joined;
    for (const auto& v : vars) joined += (joined.empty() ? "" : ", ") + cpp_ident(v);
    out += fmt::format(" reduction({}:{})", op, joined);
  }
  if (!d.schedule.empty()) out += " schedule(" + d.schedule + ")";
  if (!d.num_threads.empty()) out += " num_threads(" + cpp_ident(d.num_threads) + ")";
  if (!d.if_clause.empty()) out += " if(pyxc::to_bool(" + cpp_ident(d.if_clause) + "))";
  if (d.collapse > 1) out += fmt::format(" collapse({})", d.collapse);
  return out;
}

void FunctionEmitter::omp_stmt(const Stmt& s, const OmpDirective& d) {
  // `#omp` annotations become `#pragma omp` (ignored by a compiler run without -fopenmp).
  // Exceptions may not leave a parallel region in C++: they are caught inside and the first
  // one is re-raised after the region, as the sequential program would raise it.
  source_comment(s);
  std::vector<ActiveTry> outer;
  std::swap(outer, active_trys_);  // no jump leaves a parallel region
  omp_region(s, d);
  std::swap(outer, active_trys_);
}

void FunctionEmitter::omp_region(const Stmt& s, const OmpDirective& d) {
  using Kind = OmpDirective::Kind;
  if (d.kind == Kind::Barrier) {
    line("#pragma omp barrier");
    plain_stmt(s);
    return;
  }
  if (!d.is_loop()) {
    std::string pragma = d.kind == Kind::Parallel ? "parallel" + omp_clauses(d, {})
                       : d.kind == Kind::Single   ? "single" + omp_clauses(d, {})
                       : d.kind == Kind::Master   ? "master"
                       : d.critical_name.empty()  ? "critical"  // atomic too: pyxc's int updates are calls
                                                  : "critical(" + d.critical_name + ")";
    bool region = d.kind == Kind::Parallel;
    std::string errors = region ? fresh("errors") : "";
    if (region) line(fmt::format("pyxc::omp_errors {};", errors));
    line("#pragma omp " + pragma);
    line("{");
    ++indent_;
    if (region) {
      line("try {");
      ++indent_;
    }
    plain_stmt(s);
    if (region) {
      --indent_;
      line(fmt::format("}} catch (...) {{ {}.capture(); }}", errors));
    }
    --indent_;
    line("}");
    if (region) line(fmt::format("{}.rethrow();", errors));
    return;
  }
  // A parallel loop (or collapse(n) nest) over range(...) in OpenMP's canonical form.
  OmpLoopAnalysis analysis = analyze_omp_loop(*inst_.def, s, d);
  std::vector<const Stmt*> nest = omp_loop_nest(s, d.collapse);
  auto header = [&](const Stmt& loop) {
    const Expr& range = *loop.value;
    std::string start = "0L", stop, step = "1L";
    if (range.args.size() == 1) {
      stop = strip_parens(expr_as(*range.args[0], types::int_()));
    } else {
      start = strip_parens(expr_as(*range.args[0], types::int_()));
      stop = strip_parens(expr_as(*range.args[1], types::int_()));
      if (range.args.size() == 3) step = strip_parens(expr_as(*range.args[2], types::int_()));
    }
    bool down = step.size() > 1 && step[0] == '-';
    std::string var = cpp_ident(loop.targets[0]->name);
    return fmt::format("for (pyxc::int_t {} = {}; {} {} {}; {} += {}) {{", var, start, var, down ? ">" : "<", stop,
                       var, step);
  };
  std::string errors = fresh("errors");
  line("{");
  ++indent_;
  line(fmt::format("pyxc::omp_errors {};", errors));
  // A loop drawing random numbers splits `parallel for` in two, so that each thread looks its
  // generator up once (thread-local access costs more than a draw) before sharing the loop.
  bool split = d.kind == Kind::ParallelFor && uses_random(s.body);
  if (split) {
    OmpDirective outer = d, inner;
    outer.schedule.clear();
    outer.lastprivate_vars.clear();
    inner.schedule = d.schedule;
    inner.lastprivate_vars = d.lastprivate_vars;
    inner.collapse = d.collapse;
    outer.collapse = 1;
    line("#pragma omp parallel" + omp_clauses(outer, analysis.implicit_private));
    line("{");
    ++indent_;
    thread_rng_ = fresh("rng");
    line(fmt::format("pyxc::random::generator& {} = pyxc::random::current_generator();", thread_rng_));
    line("#pragma omp for" + omp_clauses(inner, {}));
  } else {
    line(fmt::format("#pragma omp {}{}", d.kind == Kind::ParallelFor ? "parallel for" : "for",
                     omp_clauses(d, analysis.implicit_private)));
  }
  for (const Stmt* level : nest) {
    line(header(*level));
    ++indent_;
  }
  line("try {");
  ++indent_;
  loops_.push_back(Loop{});
  block(nest.back()->body);
  loops_.pop_back();
  --indent_;
  line(fmt::format("}} catch (...) {{ {}.capture(); }}", errors));
  for (std::size_t i = 0; i < nest.size(); ++i) {
    --indent_;
    line("}");
  }
  if (split) {
    thread_rng_.clear();
    --indent_;
    line("}");
  }
  line(fmt::format("{}.rethrow();", errors));
  --indent_;
  line("}");
}

bool FunctionEmitter::uses_random(const Block& block) const {
  std::function<bool(const Expr&)> in_expr = [&](const Expr& e) {
    if (e.kind == ExprKind::Call) {
      const BuiltinFunction* fn = builtin_callee(*e.operands[0]);
      if (fn && fn->module == "random") return true;
    }
    for (const auto& op : e.operands)
      if (op && in_expr(*op)) return true;
    for (const auto& a : e.args)
      if (in_expr(*a)) return true;
    return false;
  };
  for (const auto& st : block) {
    for (const Expr* e : {st->value.get(), st->test.get()})
      if (e && in_expr(*e)) return true;
    for (const auto& t : st->targets)
      if (in_expr(*t)) return true;
    for (const Block* b : child_blocks(*st))
      if (uses_random(*b)) return true;
  }
  return false;
}

void FunctionEmitter::plain_stmt(const Stmt& s) {
  switch (s.kind) {
    case StmtKind::Expr: {
      source_comment(s);
      emit_raise_checks(s);
      std::string code = expr(*s.value);
      line(code + ";");
      break;
    }
    case StmtKind::Assign:
      source_comment(s);
      emit_raise_checks(s);
      assign(s);
      break;
    case StmtKind::AugAssign:
      source_comment(s);
      emit_raise_checks(s);
      aug_assign(s);
      break;
    case StmtKind::Return:
      source_comment(s);
      if (!is_generator()) emit_raise_checks(s);
      if (is_generator()) line("co_return;");
      else if (!s.value) line("return " + convert("pyxc::None", types::none(), inst_.return_type) + ";");
      else line("return " + expr_as(*s.value, inst_.return_type) + ";");
      break;
    case StmtKind::If:
      source_comment(s);
      if (auto st = inst_.static_tests.find(s.test.get()); st != inst_.static_tests.end()) {
        // Decided by a type (`key is None` with key None): only the branch taken exists.
        line(fmt::format("{{  // the test is always {} here", st->second ? "true" : "false"));
        ++indent_;
        block(st->second ? s.body : s.orelse);
        --indent_;
        line("}");
      } else {
        if_chain(s, false);
      }
      break;
    case StmtKind::While:
      source_comment(s);
      while_loop(s);
      break;
    case StmtKind::For:
      source_comment(s);
      for_loop(s);
      break;
    case StmtKind::Break:
      source_comment(s);
      if (!loops_.empty() && !loops_.back().broke_flag.empty()) line(loops_.back().broke_flag + " = true;");
      line("break;");
      break;
    case StmtKind::Continue:
      source_comment(s);
      line("continue;");
      break;
    case StmtKind::Pass:
      break;
    case StmtKind::Delete:
      source_comment(s);
      for (const auto& t : s.targets) {
        Type container = type_of(*t->operands[0]);
        if (container->kind == TypeKind::Dict)
          line(fmt::format("{}.delitem({});", expr(*t->operands[0]),
                           strip_parens(expr_as(*t->operands[1], container->children[0]))));
        else
          line(fmt::format("pyxc::del_item({}, {});", expr(*t->operands[0]),
                           strip_parens(expr_as(*t->operands[1], types::int_()))));
      }
      break;
    case StmtKind::Assert:
      source_comment(s);
      line(fmt::format("if (!({})) pyxc::raise(pyxc::exc_kind::AssertionError, {});", condition(*s.test),
                       s.value ? strip_parens(expr(*s.value)) : "\"\""));
      break;
    case StmtKind::Raise:
      source_comment(s);
      raise_stmt(s);
      break;
    case StmtKind::Try:
      source_comment(s);
      try_stmt(s);
      break;
    case StmtKind::FunctionDef: {
      // A nested def makes its closure value here.
      source_comment(s);
      const std::string& n = s.function->name;
      std::string value = function_value(inst_.locals.at(n));
      if (!declared_.count(n)) {
        declared_.insert(n);
        line(fmt::format("{} {} = {};", cpp_type(inst_.locals.at(n)), cpp_ident(n), value));
      } else {
        line(fmt::format("{} = {};", cpp_ident(n), value));
      }
      break;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      break;  // rejected by inference
  }
}

/// Names (bound for sure) and literals: evaluating them has no effect, so evaluating them once
/// or twice and in either order is the same (collect_raise_checks's leaves).
bool FunctionEmitter::effect_free_operand(const Expr& e) const {
  switch (e.kind) {
    case ExprKind::Name:
      return !maybe_unbound_.reads.count(&e);
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::BoolLit:
    case ExprKind::StrLit:
      return true;
    default:
      return false;
  }
}

static bool same_operand(const Expr& a, const Expr& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case ExprKind::Name: return a.name == b.name;
    case ExprKind::IntLit: return a.int_value == b.int_value;
    case ExprKind::StrLit: return a.str_value == b.str_value;
    case ExprKind::BoolLit: return a.bool_value == b.bool_value;
    default: return false;  // floats: 0.0 and -0.0 are the same key; not worth the care
  }
}

/// `d[k] = d.get(k, c) OP v` with k, c and v names or literals: one lookup of k instead of two
/// (dict::update_item). Nothing between the read and the store can observe d, so the effects
/// are Python's, including a raising OP (d unchanged).
bool FunctionEmitter::dict_get_update(const Stmt& s) {
  if (s.targets.size() != 1) return false;
  const Expr& target = *s.targets[0];
  const Expr& value = *s.value;
  if (target.kind != ExprKind::Subscript || target.operands[0]->kind != ExprKind::Name) return false;
  if (target.operands[1]->kind == ExprKind::Slice || !effect_free_operand(*target.operands[1])) return false;
  Type dict = type_of(*target.operands[0]);
  if (dict->kind != TypeKind::Dict || value.kind != ExprKind::BinOp) return false;
  const Expr& get = *value.operands[0];
  const Expr& rhs = *value.operands[1];
  if (get.kind != ExprKind::Call || get.args.size() != 2 || !get.keywords.empty()) return false;
  const Expr& callee = *get.operands[0];
  if (callee.kind != ExprKind::Attribute || callee.name != "get" || callee.operands[0]->kind != ExprKind::Name ||
      callee.operands[0]->name != target.operands[0]->name)
    return false;
  if (!same_operand(*get.args[0], *target.operands[1]) || !effect_free_operand(*get.args[1]) ||
      !effect_free_operand(rhs))
    return false;
  Type key_type = dict->children[0], value_type = dict->children[1];
  if (type_of(get) != value_type || type_of(value) != value_type) return false;
  std::string update = binop_code(value.binop, "old", value_type, expr(rhs), type_of(rhs), value_type, &rhs);
  line(fmt::format("{}.update_item({}, {}, [&](const {}& old) {{ return {}; }});", expr(*target.operands[0]),
                   strip_parens(expr_as(*target.operands[1], key_type)),
                   strip_parens(expr_as(*get.args[1], value_type)), cpp_type(value_type), strip_parens(update)));
  return true;
}

void FunctionEmitter::assign(const Stmt& s) {
  Type value_type = type_of(*s.value);
  if (s.targets.size() == 1 && s.targets[0]->kind == ExprKind::Name) {
    const std::string& n = s.targets[0]->name;
    Type target = inst_.locals.at(n);
    std::string value = strip_parens(expr_as(*s.value, target));
    if (!declared_.count(n)) {
      declared_.insert(n);
      line(fmt::format("{} {} = {};", cpp_type(target), cpp_ident(n), value));
    } else {
      line(fmt::format("{} = {};", cpp_ident(n), value));
    }
    return;
  }
  if (s.targets.size() == 1 && s.targets[0]->kind == ExprKind::Subscript) {
    if (dict_get_update(s)) return;
    assign_target(*s.targets[0], expr(*s.value), value_type);
    return;
  }
  // Python evaluates the value once, then assigns each target left to right.
  std::string tmp = fresh("value");
  line(fmt::format("auto {} = {};", tmp, expr(*s.value)));
  for (const auto& target : s.targets) assign_target(*target, tmp, value_type);
}

void FunctionEmitter::assign_target(const Expr& target, const std::string& value, Type value_type) {
  switch (target.kind) {
    case ExprKind::Name: {
      Type t = inst_.locals.at(target.name);
      line(fmt::format("{} = {};", cpp_ident(target.name), convert(value, value_type, t)));
      return;
    }
    case ExprKind::Subscript: {
      Type container = type_of(*target.operands[0]);
      if (container->kind == TypeKind::NdArray) return ndarray_store(target, value, value_type);
      if (container->kind == TypeKind::Dict) {
        line(fmt::format("{}.setitem({}, {});", expr(*target.operands[0]),
                         strip_parens(expr_as(*target.operands[1], container->children[0])),
                         strip_parens(convert(value, value_type, container->children[1]))));
        return;
      }
      Type elem = container->elem();
      line(fmt::format("{}.setitem({}, {});", expr(*target.operands[0]),
                       strip_parens(expr_as(*target.operands[1], types::int_())),
                       strip_parens(convert(value, value_type, elem))));
      return;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      std::size_t n = target.operands.size();
      if (value_type->kind == TypeKind::Tuple) {
        for (std::size_t i = 0; i < n; ++i)
          assign_target(*target.operands[i], fmt::format("std::get<{}>({})", i, value),
                        value_type->items()[i]);
      } else {
        line(fmt::format("pyxc::check_unpack({}, {});", value, n));
        for (std::size_t i = 0; i < n; ++i)
          assign_target(*target.operands[i], fmt::format("{}[{}]", value, int_literal(i)),
                        value_type->elem());
      }
      return;
    }
    default:
      return;
  }
}

void FunctionEmitter::aug_assign(const Stmt& s) {
  const Expr& target = *s.targets[0];
  if (maybe_unbound_.reads.count(&target))
    line(fmt::format("pyxc::check_bound(bound_{}, \"{}\");", target.name, target.name));
  Type current = type_of(target);
  Type value = type_of(*s.value);
  if (ndarray_aug_assign(s)) return;
  if (current->kind == TypeKind::List && s.binop == BinOp::Add && target.kind == ExprKind::Name) {
    line(fmt::format("{}.extend({});", cpp_ident(target.name), expr_as(*s.value, current)));  // in place
    return;
  }
  bool plain_float = current == value && current->kind == TypeKind::Float;
  if (target.kind == ExprKind::Name && plain_float && inst_.locals.at(target.name) == current &&
      (s.binop == BinOp::Add || s.binop == BinOp::Sub || s.binop == BinOp::Mult)) {
    const char* sym = s.binop == BinOp::Add ? "+=" : s.binop == BinOp::Sub ? "-=" : "*=";
    line(fmt::format("{} {} {};", cpp_ident(target.name), sym, strip_parens(expr(*s.value))));
    return;
  }
  if (target.kind == ExprKind::Name) {
    Type local = inst_.locals.at(target.name);
    std::string code = binop_code(s.binop, cpp_ident(target.name), current, expr(*s.value), value,
                                  local, s.value.get());
    line(fmt::format("{} = {};", cpp_ident(target.name), code));
    return;
  }
  Type container = type_of(*target.operands[0]);
  if (container->kind == TypeKind::Dict) {
    // `d[k] += v`: d[k] = d[k] + v, with k evaluated once.
    std::string key = fresh("key");
    line(fmt::format("{{ auto {} = {};", key, strip_parens(expr_as(*target.operands[1], container->children[0]))));
    std::string d = expr(*target.operands[0]);
    line(fmt::format("  {}.setitem({}, {}); }}", d, key,
                     strip_parens(binop_code(s.binop, fmt::format("{}.getitem({})", d, key), current, expr(*s.value),
                                             value, current, s.value.get()))));
    return;
  }
  // `xs[i] += v`: evaluate the container and index once, as Python does.
  std::string item = fresh("item");
  line(fmt::format("auto& {} = {}[{}];", item, expr(*target.operands[0]),
                   expr_as(*target.operands[1], types::int_())));
  line(fmt::format("{} = {};", item,
                   binop_code(s.binop, item, current, expr(*s.value), value, current, s.value.get())));
}

void FunctionEmitter::if_chain(const Stmt& s, bool is_elif) {
  line(fmt::format("{}if ({}) {{", is_elif ? "} else " : "", strip_parens(condition(*s.test))));
  ++indent_;
  block(s.body);
  --indent_;
  if (s.orelse.size() == 1 && s.orelse[0]->kind == StmtKind::If && !inst_.static_tests.count(s.orelse[0]->test.get())) {
    if_chain(*s.orelse[0], true);
    return;
  }
  if (!s.orelse.empty()) {
    line("} else {");
    ++indent_;
    block(s.orelse);
    --indent_;
  }
  line("}");
}

void FunctionEmitter::while_loop(const Stmt& s) {
  Loop loop;
  if (!s.orelse.empty()) {
    loop.broke_flag = fresh("broke");
    line(fmt::format("bool {} = false;", loop.broke_flag));
  }
  line(fmt::format("while ({}) {{", strip_parens(condition(*s.test))));
  loops_.push_back(loop);
  ++indent_;
  block(s.body);
  --indent_;
  loops_.pop_back();
  line("}");
  if (!s.orelse.empty()) {
    line(fmt::format("if (!{}) {{", loop.broke_flag));
    ++indent_;
    block(s.orelse);
    --indent_;
    line("}");
  }
}

void FunctionEmitter::for_loop(const Stmt& s) {
  if (s.value->kind == ExprKind::GenExp && fused_for(s)) return;
  Loop loop;
  if (!s.orelse.empty()) {
    loop.broke_flag = fresh("broke");
    line(fmt::format("bool {} = false;", loop.broke_flag));
  }
  const Expr& target = *s.targets[0];
  Type iterable = type_of(*s.value);
  mark_slice_views(s);
  // `for i in range(stop)` / `range(start, stop)`: a counted C++ loop over a hidden counter
  // (the body may rebind i), start and stop evaluated once in Python's order. The compiler
  // then sees i's bounds (0 <= i < stop), which lets it drop a[i]'s bounds tests where stop
  // is a.shape[0]; pyxc::range's iterator counts items, which it cannot see through.
  const BuiltinFunction* range_fn =
      s.value->kind == ExprKind::Call && !s.value->operands.empty() ? builtin_callee(*s.value->operands[0]) : nullptr;
  // A loop-scoped variable is declared by the header; the body may rebind it (`w = w.upper()`).
  bool header_declares = target.kind == ExprKind::Name && loop_scoped_.count(target.name);
  if (range_fn && range_fn->rule == BuiltinRule::Range && range_fn->module.empty() &&
      (s.value->args.size() == 1 || s.value->args.size() == 2) && target.kind == ExprKind::Name &&
      loop_scoped_.count(target.name) && inst_.locals.at(target.name)->kind == TypeKind::Int) {
    const auto& args = s.value->args;
    std::string counter = fresh("index"), stop = fresh("stop");
    std::string start_code = args.size() == 2 ? strip_parens(expr_as(*args[0], types::int_())) : "0";
    std::string stop_code = strip_parens(expr_as(*args.back(), types::int_()));
    line(fmt::format("for (pyxc::int_t {} = {}, {} = {}; {} < {}; ++{}) {{", counter, start_code, stop, stop_code, counter,
                     stop, counter));
    ++indent_;
    line(fmt::format("pyxc::int_t {} = {};", cpp_ident(target.name), counter));
    declared_.insert(target.name);  // the loop header declares it: `i = ...` in the body assigns
  } else if (header_declares) {
    Type local = inst_.locals.at(target.name);
    line(fmt::format("for ({} {} : {}) {{", cpp_type(local), cpp_ident(target.name), loop_iterable(*s.value)));
    ++indent_;
    declared_.insert(target.name);
  } else {
    std::string item = fresh("item");
    Type elem = iteration_type(iterable);
    line(fmt::format("for ({} {} : {}) {{", cpp_type(elem), item, loop_iterable(*s.value)));
    ++indent_;
    assign_target(target, item, elem);
    mark_bound(target);
  }
  loops_.push_back(loop);
  block(s.body);
  loops_.pop_back();
  if (header_declares) declared_.erase(target.name);
  --indent_;
  line("}");
  if (!s.orelse.empty()) {
    line(fmt::format("if (!{}) {{", loop.broke_flag));
    ++indent_;
    block(s.orelse);
    --indent_;
    line("}");
  }
}

}  // namespace codegen

// ------------------------------------------------------------------ translation unit

std::string emit_cpp(const TypedProgram& program, const EmitOptions& options) {
  using namespace codegen;
  std::string out;
  std::string file = std::filesystem::path(options.source_name).filename().string();
  out += fmt::format("// Generated by pyxc from {}. Do not edit: edit the Python source.\n", file);
  // Instantiations reading Python lists in place exist for the module glue's fast path; plain
  // C++ output (-e) leaves them out, so it compiles without Python.h.
  auto reads_python_list = [](const Instantiation& inst) {
    for (Type t : inst.param_types)
      if (t->kind == TypeKind::List && t->borrowed) return true;
    return false;
  };
  bool uses_view = false;
  for (const auto& inst : program.instantiations) uses_view = uses_view || reads_python_list(*inst);
  uses_view = uses_view && options.module_glue;
  // Python.h must come before any standard header.
  if (options.module_glue) out += "#include <pyxc/python/module.hpp>\n";
  bool uses_numpy = std::find(program.python_modules.begin(), program.python_modules.end(), "numpy") != program.python_modules.end();
  if (options.module_glue && uses_numpy) out += "#include <pyxc/python/numpy.hpp>\n";
  if (uses_view) out += "#include <pyxc/python/float_list_view.hpp>\n";
  out += "#include <pyxc/builtins.hpp>\n";
  for (const auto& m : program.python_modules) out += fmt::format("#include <pyxc/{}.hpp>\n", m);
  // Containers beyond lists only when the program uses them (they are heavier headers).
  bool uses_dict = false, uses_set = false, uses_optional = false;
  std::function<void(Type)> scan = [&](Type t) {
    uses_dict = uses_dict || t->kind == TypeKind::Dict;
    uses_set = uses_set || t->kind == TypeKind::Set;
    uses_optional = uses_optional || t->kind == TypeKind::Optional;
    for (Type c : t->children) scan(c);
  };
  for (const auto& inst : program.instantiations) {
    for (const auto& [e, t] : inst->expr_types) scan(t);
    for (const auto& [n, t] : inst->locals) scan(t);
    for (Type t : inst->param_types) scan(t);
    scan(inst->return_type);
  }
  if (program.constants)
    for (const auto& [n, t] : program.constants->locals) scan(t);
  for (const auto& f : program.runtime_features)  // numpy features outside pyxc/numpy.hpp
    if (f.rfind("numpy/", 0) == 0) out += fmt::format("#include <pyxc/{}.hpp>\n", f);
  if (program.runtime_features.count("str")) out += "#include <pyxc/str.hpp>\n";
  if (program.runtime_features.count("openmp")) out += "#include <pyxc/omp.hpp>\n";
  if (program.runtime_features.count("print")) out += "#include <pyxc/print.hpp>\n";
  if (program.runtime_features.count("generator")) out += "#include <pyxc/generator.hpp>\n";
  if (program.runtime_features.count("functional")) out += "#include <pyxc/functional.hpp>\n";
  if (uses_dict) out += "#include <pyxc/dict.hpp>\n";
  if (uses_set) out += "#include <pyxc/set.hpp>\n";
  if (uses_optional) out += "#include <pyxc/optional.hpp>\n";
  out += "#include <pyxc/iterators.hpp>\n";
  out += "#include <pyxc/sequence.hpp>\n";
  out += fmt::format("\nnamespace {} {{\n\n", cpp_ident("pyxc_module_" + options.module_name));
  emit_function_structs(program, options, out);

  // Callees first; with recursion among functions, declare everything up front.
  bool forward = false;
  std::map<const Instantiation*, std::size_t> position;
  for (std::size_t i = 0; i < program.instantiations.size(); ++i) position[program.instantiations[i].get()] = i;
  std::vector<const Instantiation*> order;
  std::set<const Instantiation*> done, active;
  std::function<void(const Instantiation*)> visit = [&](const Instantiation* inst) {
    if (done.count(inst)) return;
    if (active.count(inst)) {
      forward = true;
      return;
    }
    active.insert(inst);
    std::vector<const Instantiation*> callees;
    for (const auto& [call, target] : inst->call_targets) callees.push_back(target);
    std::sort(callees.begin(), callees.end(),
              [&](auto* a, auto* b) { return position[a] < position[b]; });
    for (const auto* callee : callees)
      if (callee != inst) visit(callee);
    active.erase(inst);
    done.insert(inst);
    order.push_back(inst);
  };
  for (const auto& inst : program.instantiations)
    if (options.module_glue || !reads_python_list(*inst)) visit(inst.get());
  if (forward) {
    for (const auto* inst : order) {
      std::string scratch;
      out += FunctionEmitter(program, *inst, options, scratch).prototype() + ";\n";
    }
    out += "\n";
  }
  if (!program.constant_stmts.empty())
    FunctionEmitter(program, *program.constants, options, out).emit_constants(program.constant_stmts);
  for (const auto* inst : order) FunctionEmitter(program, *inst, options, out).emit_definition();
  out += fmt::format("}}  // namespace {}\n", cpp_ident("pyxc_module_" + options.module_name));
  if (options.module_glue) emit_module_glue(program, options, out);
  return out;
}

}  // namespace pyxc
