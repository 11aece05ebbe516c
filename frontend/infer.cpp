// Type inference, program level and statements. See infer.hpp for the model.
#include "frontend/infer.hpp"

#include <algorithm>
#include <functional>

#include "frontend/infer_internal.hpp"
#include "frontend/omp.hpp"

namespace pyxc {

namespace detail {

// ------------------------------------------------------------------ helpers

std::vector<std::string> ModuleScope::all_names() const {
  std::vector<std::string> names;
  for (const auto& [name, def] : functions) names.push_back(name);
  for (const auto& [name, module] : module_aliases) names.push_back(name);
  for (const auto& [name, fn] : imported_functions) names.push_back(name);
  for (const auto& [name, c] : imported_constants) names.push_back(name);
  names.insert(names.end(), constant_names.begin(), constant_names.end());
  for (const auto& fn : all_builtin_functions())
    if (fn.module.empty()) names.push_back(fn.name);
  return names;
}

std::string with_article(Type t) {
  std::string text = to_string(t);
  if (t->kind == TypeKind::None) return text;
  bool vowel = std::string_view("aeiou").find(text[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + text;
}

namespace {
void collect_assigned_names(const Expr& target, std::set<std::string>& out) {
  if (target.kind == ExprKind::Name) out.insert(target.name);
  if (target.kind == ExprKind::Tuple || target.kind == ExprKind::List)
    for (const auto& item : target.operands) collect_assigned_names(*item, out);
}
}  // namespace

void collect_locals(const Block& block, std::set<std::string>& out) {
  for (const auto& s : block) {
    switch (s->kind) {
      case StmtKind::Assign:
      case StmtKind::AugAssign:
      case StmtKind::For:
        for (const auto& t : s->targets) collect_assigned_names(*t, out);
        break;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        for (const auto& imp : s->imports) out.insert(imp.alias);
        break;
      case StmtKind::FunctionDef:
        out.insert(s->function->name);
        break;
      default:
        break;
    }
    for (const auto& h : s->handlers)
      if (!h.name.empty()) out.insert(h.name);
    for (const Block* b : child_blocks(*s)) collect_locals(*b, out);
  }
}

// ------------------------------------------------------------------ ProgramInferrer

ProgramInferrer::ProgramInferrer(const Module& module, Diagnostics& diags)
    : module_(module), diags_(diags) {}

bool ProgramInferrer::build_scope() {
  bool ok = true;
  auto import_error = [&](const std::string& name, SourceRange range) {
    std::string supported;
    for (const auto& m : supported_modules()) supported += (supported.empty() ? "" : ", ") + m;
    diags_.report(DiagId::unsupported_import, range, name, supported);
    ok = false;
  };
  for (const auto& s : module_.body) {
    if (s->kind == StmtKind::FunctionDef) {
      scope_.functions[s->function->name] = s->function.get();
    } else if (s->kind == StmtKind::Import) {
      for (const auto& imp : s->imports) {
        if (std::find(supported_modules().begin(), supported_modules().end(), imp.name) ==
            supported_modules().end()) {
          import_error(imp.name, imp.range);
          continue;
        }
        scope_.module_aliases[imp.alias] = imp.name;
      }
    } else if (s->kind == StmtKind::ImportFrom) {
      if (std::find(supported_modules().begin(), supported_modules().end(), s->module) ==
          supported_modules().end()) {
        import_error(s->module, s->range);
        continue;
      }
      for (const auto& imp : s->imports) {
        if (const auto* fn = find_builtin_function(s->module, imp.name)) {
          scope_.imported_functions[imp.alias] = fn;
        } else if (const auto* c = find_builtin_constant(s->module, imp.name)) {
          scope_.imported_constants[imp.alias] = c;
        } else {
          std::string hint = closest_name(imp.name, module_member_names(s->module));
          diags_.report(DiagId::unknown_attribute, imp.range, s->module, imp.name);
          (void)hint;
          ok = false;
        }
      }
    } else if (s->kind == StmtKind::Assign && s->targets.size() == 1 &&
               s->targets[0]->kind == ExprKind::Name) {
      scope_.constant_stmts.push_back(s.get());
      scope_.constant_names.insert(s->targets[0]->name);
    } else {
      diags_.report(DiagId::unsupported_construct_hint, s->range, "this module-level statement",
                    "only imports, functions and `NAME = value` constants are compiled; move "
                    "script code under `if __name__ == \"__main__\":`");
      ok = false;
    }
  }
  readonly_ = find_readonly_params(scope_);
  closures_ = analyze_closures(module_, &late_genexp_reads_);
  return ok;
}

void ProgramInferrer::check_omp(const FunctionDef& function, const Stmt& s, const std::set<std::string>& locals) {
  note_feature("openmp");
  if (!reporting_ || !omp_checked_.insert(&s).second) return;
  std::optional<OmpDirective> d = parse_omp(*s.omp, &diags_);
  if (!d) return;
  for (const auto& name : d->clause_variables())
    if (!locals.count(name))
      diags_.report(DiagId::omp_syntax, s.omp->range, "`" + name + "` in a clause is not a local variable of `" + function.name + "`");
  if (!d->is_loop()) return;
  if (omp_loop_nest(s, 1).empty() || locals.count("range")) {
    diags_.report(DiagId::omp_misplaced, s.omp->range,
                  "`" + d->name + "` must annotate a `for` loop over range(...) with a constant step and no `else`");
    return;
  }
  if (omp_loop_nest(s, d->collapse).empty()) {
    diags_.report(DiagId::omp_misplaced, s.omp->range,
                  fmt::format("collapse({}) needs {} perfectly nested `for` loops over range(...)", d->collapse, d->collapse));
    return;
  }
  report_numpy_random_in(s);
  OmpLoopAnalysis a = analyze_omp_loop(function, s, *d);
  for (const Stmt* jump : a.jumps)
    diags_.report(DiagId::omp_jump, jump->range, jump->kind == StmtKind::Return ? "return" : "break");
  for (const auto& name : a.unused_reductions) diags_.report(DiagId::omp_reduction_unused, s.omp->range, name);
  for (const auto& [name, where] : a.races) diags_.report(DiagId::omp_race, where, name);
}

void ProgramInferrer::report_numpy_random_in(const Stmt& loop) {
  // numpy's one global RandomState cannot be shared by the threads of a parallel loop.
  std::function<void(const Expr&)> in_expr = [&](const Expr& e) {
    if (e.kind == ExprKind::Call && e.operands[0]->kind == ExprKind::Attribute) {
      const Expr& sub = *e.operands[0]->operands[0];
      if (sub.kind == ExprKind::Attribute && sub.name == "random" && sub.operands[0]->kind == ExprKind::Name) {
        auto it = scope_.module_aliases.find(sub.operands[0]->name);
        if (it != scope_.module_aliases.end() && it->second == "numpy")
          diags_.report(DiagId::unsupported_construct_hint, e.range, "np.random in an OpenMP parallel loop",
                        "numpy's generator is shared by the threads; draw the numbers before the loop");
      }
    }
    for (const auto& op : e.operands)
      if (op) in_expr(*op);
    for (const auto& a : e.args) in_expr(*a);
    for (const auto& kw : e.keywords) in_expr(*kw.value);
  };
  std::function<void(const Block&)> in_block = [&](const Block& block) {
    for (const auto& st : block) {
      for (const Expr* x : {st->value.get(), st->test.get()})
        if (x) in_expr(*x);
      for (const auto& t : st->targets) in_expr(*t);
      for (const Block* b : child_blocks(*st)) in_block(*b);
    }
  };
  for (const Block* b : child_blocks(loop)) in_block(*b);
}

bool ProgramInferrer::param_is_readonly(const FunctionDef* def, std::size_t index) const {
  auto it = readonly_.find(def);
  return it != readonly_.end() && index < it->second.size() && it->second[index];
}

Instantiation* ProgramInferrer::instantiate(const FunctionDef* def, const std::vector<Type>& args) {
  auto key = std::make_pair(def, args);
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  auto inst = std::make_unique<Instantiation>();
  inst->def = def;
  inst->param_types = args;
  inst->return_type = types::unknown();
  Instantiation* raw = inst.get();
  instantiations_.push_back(std::move(inst));
  index_.emplace(std::move(key), raw);
  return raw;
}

const ClosureInfo* ProgramInferrer::closure(const FunctionDef* def) const {
  auto it = closures_.find(def);
  return it == closures_.end() ? nullptr : &it->second;
}

Type ProgramInferrer::constant_type(const std::string& name) const {
  auto it = constants_->locals.find(name);
  return it == constants_->locals.end() ? types::unknown() : it->second;
}

bool ProgramInferrer::infer_all_once() {
  bool changed = false;
  if (reporting_) constants_->expr_types.clear();
  if (FunctionInferrer(*this, *constants_).run()) changed = true;
  // Index-based: inference may instantiate more functions while we iterate.
  for (std::size_t i = 0; i < instantiations_.size(); ++i) {
    Instantiation& inst = *instantiations_[i];
    if (reporting_) {
      inst.expr_types.clear();
      inst.unwraps.clear();
      inst.static_tests.clear();
      inst.unreachable.clear();
      inst.call_targets.clear();
      inst.call_args.clear();
    }
    if (FunctionInferrer(*this, inst).run()) changed = true;
  }
  return changed;
}

std::optional<TypedProgram> ProgramInferrer::run(const std::vector<ExportedFunction>& exports) {
  // Bad imports are reported, and inference goes on to report the program's other errors.
  bool scope_ok = build_scope();
  constants_ = std::make_unique<Instantiation>();
  constants_->return_type = types::none();

  TypedProgram program;
  program.module = &module_;
  struct Seed {
    std::size_t export_index;
    Instantiation* owned;
    Instantiation* borrowed;
  };
  std::vector<std::vector<Seed>> seeds(exports.size());
  for (std::size_t e = 0; e < exports.size(); ++e) {
    const auto& ex = exports[e];
    for (const auto& overload : ex.overloads) {
      std::vector<Type> params = overload.params;
      // Parameters the export leaves out take their default values.
      for (std::size_t i = params.size(); i < ex.def->params.size(); ++i) {
        const Expr* dflt = ex.def->params[i].default_value.get();
        if (!dflt) break;
        switch (dflt->kind) {
          case ExprKind::IntLit: params.push_back(types::int_()); break;
          case ExprKind::FloatLit: params.push_back(types::float_()); break;
          case ExprKind::BoolLit: params.push_back(types::boolean()); break;
          case ExprKind::StrLit: params.push_back(types::str()); break;
          case ExprKind::NoneLit: params.push_back(types::none()); break;
          default:
            diags_.report(DiagId::unsupported_construct, dflt->range,
                          "a default value other than a literal in an exported function");
            return std::nullopt;
        }
      }
      Instantiation* owned = instantiate(ex.def, params);
      // Read-only float-list parameters get a second instantiation reading the list in place.
      std::vector<Type> view_params = params;
      bool any_view = false;
      for (std::size_t i = 0; i < view_params.size(); ++i) {
        if (view_params[i] == types::list(types::float_()) && param_is_readonly(ex.def, i)) {
          view_params[i] = types::list(types::float_(), /*borrowed=*/true);
          any_view = true;
        }
      }
      seeds[e].push_back({e, owned, any_view ? instantiate(ex.def, view_params) : nullptr});
    }
  }

  // Fixpoint: types only grow (join), so this terminates; the bound is a safety net.
  for (int round = 0; round < 64 && infer_all_once(); ++round) {
  }
  // Final pass with the settled types: records expression types and reports errors.
  reporting_ = true;
  int errors_before = diags_.error_count();
  infer_all_once();
  // Function values stay inside compiled code.
  for (const auto& seed_list : seeds)
    for (const auto& seed : seed_list)
      if (contains_function(seed.owned->return_type, [](Type) { return true; }))
        diags_.report(DiagId::unsupported_construct_hint, seed.owned->def->name_range,
                      "returning a function to Python", "return it to compiled callers only");
  if (diags_.error_count() > errors_before || !scope_ok) return std::nullopt;

  std::vector<const Instantiation*> roots;
  for (std::size_t e = 0; e < exports.size(); ++e) {
    TypedExport typed;
    typed.function = &exports[e];
    for (std::size_t o = 0; o < seeds[e].size(); ++o) {
      std::vector<bool> readonly;
      for (std::size_t i = 0; i < exports[e].def->params.size(); ++i)
        readonly.push_back(param_is_readonly(exports[e].def, i));
      typed.overloads.push_back({&exports[e].overloads[o], seeds[e][o].owned, seeds[e][o].borrowed, readonly});
      roots.push_back(seeds[e][o].owned);
      if (seeds[e][o].borrowed) roots.push_back(seeds[e][o].borrowed);
    }
    program.exports.push_back(std::move(typed));
  }
  if (!check_exported_results(program.exports)) return std::nullopt;
  keep_reachable(program, roots);
  program.constants = std::move(constants_);
  program.constant_stmts = scope_.constant_stmts;
  program.python_modules.assign(used_modules_.begin(), used_modules_.end());
  program.runtime_features = features_;
  program.closures = closures_;
  return program;
}

void ProgramInferrer::keep_reachable(TypedProgram& program,
                                     const std::vector<const Instantiation*>& roots) {
  std::set<const Instantiation*> reachable;
  std::vector<const Instantiation*> todo(roots.begin(), roots.end());
  while (!todo.empty()) {
    const Instantiation* inst = todo.back();
    todo.pop_back();
    if (!reachable.insert(inst).second) continue;
    for (const auto& [call, target] : inst->call_targets) todo.push_back(target);
  }
  // C++ names: the Python name when one instantiation has it, else suffixed by parameter types.
  std::map<const FunctionDef*, int> count;
  for (const auto& inst : instantiations_)
    if (reachable.count(inst.get())) ++count[inst->def];
  for (auto& inst : instantiations_) {
    if (!reachable.count(inst.get())) continue;
    // The base name is spelled as a C++ identifier before any `__type` suffix is added.
    inst->cpp_name = inst->def->qualified_name;
    if (count[inst->def] > 1) {
      inst->cpp_name += "_";
      for (Type t : inst->param_types) inst->cpp_name += "_" + type_tag(t);
    }
    program.instantiations.push_back(std::move(inst));
  }
}

// ------------------------------------------------------------------ FunctionInferrer: statements

FunctionInferrer::FunctionInferrer(ProgramInferrer& program, Instantiation& inst)
    : program_(program), inst_(inst) {
  if (!inst.def) {  // the module's constants
    local_names_ = program.scope().constant_names;
    return;
  }
  collect_locals(inst.def->body, local_names_);
  for (std::size_t i = 0; i < inst.def->params.size(); ++i) {
    const auto& param = inst.def->params[i];
    local_names_.insert(param.name);
    assigned_so_far_.insert(param.name);
    Type type = i < inst.param_types.size() ? inst.param_types[i] : types::unknown();
    auto it = inst_.locals.find(param.name);
    if (it == inst_.locals.end()) inst_.locals[param.name] = type;
    first_binding_[param.name] = param.range;
  }
  // A closure's captured variables are hidden parameters after the declared ones.
  if (const ClosureInfo* info = program.closure(inst.def)) {
    for (std::size_t i = 0; i < info->captures.size(); ++i) {
      const std::string& name = info->captures[i].name;
      std::size_t index = inst.def->params.size() + i;
      local_names_.insert(name);
      assigned_so_far_.insert(name);
      inst_.locals[name] = index < inst.param_types.size() ? inst.param_types[index] : types::unknown();
      first_binding_[name] = inst.def->name_range;
    }
  }
}

bool FunctionInferrer::is_local(const std::string& name) const { return local_names_.count(name) > 0; }

bool FunctionInferrer::run() {
  changed_ = false;
  int errors_before = program_.error_count();
  if (!inst_.def) {
    for (const Stmt* s : program_.scope().constant_stmts) stmt(*s);
    if (program_.reporting() && program_.error_count() == errors_before)
      for (const auto& [name, type] : inst_.locals)
        if (contains_unknown(type))
          program_.report(DiagId::cannot_infer, first_binding_[name], "module constant `" + name + "`");
    return changed_;
  }
  for (const auto& [key, t] : program_.capture_refinements()) {
    if (key.first != inst_.def) continue;
    auto it = inst_.locals.find(key.second);
    if (it == inst_.locals.end() || !contains_unknown(it->second)) continue;
    if (Type joined = join(it->second, t); joined && joined != it->second) {
      it->second = joined;
      changed_ = true;
    }
  }
  start_generator();
  block(inst_.def->body);
  if (!never_falls_through(inst_.def->body) && !in_generator()) add_return(types::none(), inst_.def->name_range);
  if (const ClosureInfo* info = program_.closure(inst_.def)) {
    for (std::size_t i = 0; i < info->captures.size(); ++i) {
      std::size_t index = inst_.def->params.size() + i;
      Type passed = index < inst_.param_types.size() ? inst_.param_types[index] : types::unknown();
      Type now = inst_.locals[info->captures[i].name];
      if (now != passed && contains_unknown(passed) && !contains_unknown(now))
        program_.refine_capture(info->enclosing, info->captures[i].name, now);
    }
  }
  // Unknown types left after another error are its consequences: don't pile on.
  if (program_.reporting() && program_.error_count() == errors_before) {
    if (contains_unknown(inst_.return_type))
      program_.report(DiagId::cannot_infer, inst_.def->name_range,
                      "the result of `" + inst_.def->name + "` (does it only call itself?)");
    for (const auto& [name, type] : inst_.locals) {
      if (contains_unknown(type)) {
        auto where = first_binding_.count(name) ? first_binding_[name] : inst_.def->name_range;
        std::string hint = type->kind == TypeKind::List ? ": give the list a first element or append to it" : "";
        program_.report(DiagId::cannot_infer, where, "`" + name + "`" + hint);
      }
    }
  }
  return changed_;
}

void FunctionInferrer::block(const Block& stmts) {
  for (const auto& s : stmts) {
    if (unreachable_) inst_.unreachable.insert(s.get());
    else stmt(*s);
  }
  unreachable_ = false;  // the enclosing block goes on (the static branch was inside it)
}

void FunctionInferrer::check_condition(const Expr& test) {
  Type t = expr_optional(test);
  if (t->kind == TypeKind::Unknown) return;
  if (t->kind == TypeKind::Range || t->kind == TypeKind::Tuple) return;  // truthiness is size
  if (t->kind == TypeKind::NdArray && t->rank > 0)  // (a 0-d array's is its element's)
    program_.report(DiagId::unsupported_construct_hint, test.range, "the truth value of an array",
                    "numpy raises ValueError unless it has one element; test a.any(), a.all() or a.size");
}

void FunctionInferrer::stmt(const Stmt& s) {
  if (s.omp && inst_.def) program_.check_omp(*inst_.def, s, local_names_);
  switch (s.kind) {
    case StmtKind::Expr:
      if (s.value->kind == ExprKind::Yield) yield_stmt(*s.value);
      else expr(*s.value);
      break;
    case StmtKind::Assign:
      assign(s);
      break;
    case StmtKind::AugAssign:
      aug_assign(s);
      break;
    case StmtKind::Return:
      if (in_generator()) {
        generator_return(s);
        break;
      }
      if (!finally_loop_depths_.empty())
        program_.report(DiagId::unsupported_construct, s.range, "`return` inside a `finally` block");
      add_return(s.value ? expr_optional(*s.value) : types::none(), s.value ? s.value->range : s.range);
      break;
    case StmtKind::If:
      if_stmt(s);
      break;
    case StmtKind::While: {
      forget_assigned_in(s);
      ++loop_depth_;
      std::set<std::string> before = non_none_;
      check_condition(*s.test);
      narrow(*s.test, true);
      block(s.body);
      --loop_depth_;
      non_none_ = before;  // what the loop assigns is forgotten already
      block(s.orelse);
      forget_assigned_in(s);
      break;
    }
    case StmtKind::For:
      forget_assigned_in(s);
      for_loop(s);
      forget_assigned_in(s);
      break;
    case StmtKind::Break:
    case StmtKind::Continue:
      if (loop_depth_ == 0)
        program_.report(DiagId::break_outside_loop, s.range, s.kind == StmtKind::Break ? "break" : "continue");
      else if (!finally_loop_depths_.empty() && finally_loop_depths_.back() == loop_depth_)
        program_.report(DiagId::unsupported_construct, s.range,
                        std::string(s.kind == StmtKind::Break ? "`break`" : "`continue`") +
                            " out of a `finally` block");
      break;
    case StmtKind::Assert: {
      check_condition(*s.test);
      if (s.value) {
        Type message = expr(*s.value);
        if (message->kind != TypeKind::Str && message->kind != TypeKind::Unknown)
          program_.report(DiagId::bad_argument_type, s.value->range, "assert (message)", to_string(message));
      }
      break;
    }
    case StmtKind::Raise:
      raise_stmt(s);
      break;
    case StmtKind::Try:
      forget_assigned_in(s);
      try_stmt(s);
      forget_assigned_in(s);
      break;
    case StmtKind::Pass:
      break;
    case StmtKind::Delete:
      for (const auto& t : s.targets) {
        Type container = t->kind == ExprKind::Subscript ? expr(*t->operands[0]) : types::unknown();
        if (t->kind == ExprKind::Subscript) expr(*t);
        bool ok = t->kind == ExprKind::Subscript &&
                  ((container->kind == TypeKind::List && !container->borrowed &&
                    t->operands[1]->kind != ExprKind::Slice) ||
                   container->kind == TypeKind::Dict || container->kind == TypeKind::Unknown);
        if (!ok)
          program_.report(DiagId::unsupported_construct_hint, t->range, "this `del`",
                          "pyxc deletes list items and dict keys (`del xs[i]`, `del d[k]`)");
      }
      break;
    case StmtKind::FunctionDef:
      assign_name(s.function->name, closure_value(*s.function, s.range), s.function->name_range);
      break;
    case StmtKind::Import:
    case StmtKind::ImportFrom:
      program_.report(DiagId::unsupported_construct_hint, s.range, "an import inside a function",
                      "import at module level");
      break;
  }
}

void FunctionInferrer::assign(const Stmt& s) {
  bool names_only = std::all_of(s.targets.begin(), s.targets.end(), [](const ExprPtr& t) { return t->kind == ExprKind::Name; });
  Type value = names_only ? expr_optional(*s.value) : expr(*s.value);
  if (const auto* late = program_.late_genexp_reads(s.value.get()))
    program_.report(DiagId::genexp_late_binding, s.value->range, late->front(), late->front());
  for (const auto& target : s.targets) bind_target(*target, value);
}

void FunctionInferrer::bind_target(const Expr& target, Type value) {
  switch (target.kind) {
    case ExprKind::Name:
      if (!comprehension_scopes_.empty() && comprehension_scopes_.back().count(target.name)) {
        comprehension_scopes_.back()[target.name] = value;
        inst_.expr_types[&target] = value;
        return;
      }
      assign_name(target.name, value, target.range);
      inst_.expr_types[&target] = inst_.locals[target.name];
      return;
    case ExprKind::Tuple:
    case ExprKind::List: {
      inst_.expr_types[&target] = value;
      if (value->kind == TypeKind::Unknown) {
        for (const auto& item : target.operands) bind_target(*item, value);
        return;
      }
      if (value->kind == TypeKind::Tuple) {
        if (value->items().size() != target.operands.size()) {
          program_.report(DiagId::assign_to_undefined_element, target.range,
                          fmt::format("{} values: unpacking {} into {} targets",
                                      with_article(value), value->items().size(),
                                      target.operands.size()));
          return;
        }
        for (std::size_t i = 0; i < target.operands.size(); ++i)
          bind_target(*target.operands[i], value->items()[i]);
        return;
      }
      if (value->kind == TypeKind::List) {
        for (const auto& item : target.operands) bind_target(*item, value->elem());
        return;
      }
      report_not_iterable(target.range, value);
      return;
    }
    case ExprKind::Subscript: {
      Type container = expr(*target.operands[0]);
      if (container->kind == TypeKind::NdArray) return ndarray_store(target, container, value);
      Type index = expr(*target.operands[1]);
      inst_.expr_types[&target] = value;
      if (container->kind == TypeKind::Unknown || value->kind == TypeKind::Unknown) return;
      if (container->kind == TypeKind::Dict) {
        Type key = container->children[0], val = container->children[1];
        index = none_key(*target.operands[1], index, key, container, /*lookup=*/false);
        if (contains_unknown(container) && target.operands[0]->kind == ExprKind::Name) {
          // `d = {}` then `d[k] = v`: the first assignments decide the dict's types.
          Type jk = join(key, index), jv = join(val, value);
          if (!jk || !jv) {
            program_.report(DiagId::list_element_conflict, target.range, to_string(!jk ? key : val),
                            to_string(!jk ? index : value));
            return;
          }
          assign_name(target.operands[0]->name, types::dict(jk, jv), target.range);
          return;
        }
        if (join(key, index) != key || join(val, value) != val)
          program_.report(DiagId::list_element_conflict, target.range, to_string(container),
                          to_string(index) + ": " + to_string(value));
        return;
      }
      if (container->kind != TypeKind::List || container->borrowed) {
        program_.report(DiagId::assign_to_undefined_element, target.range,
                        "an item of " + with_article(container));
        return;
      }
      if (index->kind != TypeKind::Int && index->kind != TypeKind::Bool) {
        program_.report(DiagId::bad_index_type, target.operands[1]->range, "list", to_string(index));
        return;
      }
      Type elem = container->elem();
      if (elem->kind == TypeKind::Unknown && target.operands[0]->kind == ExprKind::Name) {
        assign_name(target.operands[0]->name, types::list(value), target.range);
        return;
      }
      Type joined = join(elem, value);
      if (joined != elem) {
        program_.report(DiagId::list_element_conflict, target.range, to_string(elem), to_string(value));
      }
      return;
    }
    default:
      program_.report(DiagId::assign_to_undefined_element, target.range, "this expression");
  }
}

void FunctionInferrer::assign_name(const std::string& name, Type value, SourceRange at) {
  assigned_so_far_.insert(name);
  note_assigned(name, value);
  if (value->kind == TypeKind::Iterator) {
    program_.report(DiagId::unsupported_construct_hint, at, "storing " + with_article(value) + " in a variable",
                    "iterate it where it is made, or make a list of it with list(...)");
    return;
  }
  auto it = inst_.locals.find(name);
  if (it == inst_.locals.end()) {
    inst_.locals[name] = value;
    first_binding_[name] = at;
    if (value->kind != TypeKind::Unknown) changed_ = true;
    return;
  }
  if (!first_binding_.count(name)) first_binding_[name] = at;
  Type joined = join(it->second, value);
  if (!joined) {
    SourceRange first = first_binding_[name];
    program_.report(DiagId::variable_type_conflict, at, name, with_article(value),
                    with_article(it->second), first.begin.line);
    return;
  }
  if (joined != it->second) {
    it->second = joined;
    changed_ = true;
  }
}

void FunctionInferrer::add_return(Type t, SourceRange at) {
  check_escape(t, at);
  Type current = inst_.return_type;
  if (return_range_.begin.line == 0) return_range_ = at;  // the first return, for messages
  Type joined = join(current, t);
  if (!joined) {
    program_.report(DiagId::return_type_conflict, at, inst_.def->name, with_article(t),
                    with_article(current), return_range_.begin.line);
    return;
  }
  if (joined != current) {
    inst_.return_type = joined;
    changed_ = true;
  }
}

void FunctionInferrer::aug_assign(const Stmt& s) {
  const Expr& target = *s.targets[0];
  Type value = expr(*s.value);
  Type current = expr(target);
  if (current->kind == TypeKind::Unknown || value->kind == TypeKind::Unknown) {
    if (target.kind == ExprKind::Name) assign_name(target.name, types::unknown(), target.range);
    return;
  }
  if (ndarray_aug_assign(s, current, value)) return;
  Type result = binop(s.value.get(), s.binop, current, value, s.range);
  if (!result || result->kind == TypeKind::Unknown) return;
  if (target.kind == ExprKind::Name) {
    assign_name(target.name, result, target.range);
  } else if (target.kind == ExprKind::Subscript) {
    if (join(current, result) != current)
      program_.report(DiagId::list_element_conflict, s.range, to_string(current), to_string(result));
  } else {
    program_.report(DiagId::assign_to_undefined_element, target.range, "this expression");
  }
}

void FunctionInferrer::check_exception_classes(const Expr& type) {
  if (type.kind == ExprKind::Tuple) {
    for (const auto& item : type.operands) check_exception_classes(*item);
    return;
  }
  if (type.kind == ExprKind::Name && is_exception_class(type.name) && !is_local(type.name)) return;
  std::string name = type.kind == ExprKind::Name ? type.name : "this expression";
  std::string hint = type.kind == ExprKind::Name ? closest_name(type.name, exception_class_names()) : "";
  if (hint.empty())
    program_.report(DiagId::unsupported_construct_hint, type.range, "catching `" + name + "`",
                    "catch a builtin exception class such as ValueError");
  else
    program_.report(DiagId::unknown_name_hint, type.range, name, hint);
}

void FunctionInferrer::raise_stmt(const Stmt& s) {
  if (!s.value) return;  // re-raise (RuntimeError at run time outside a handler, as in Python)
  const Expr& v = *s.value;
  const Expr* cls = v.kind == ExprKind::Call ? v.operands[0].get() : &v;
  if (cls->kind == ExprKind::Name && is_local(cls->name)) {
    Type t = expr(*cls);
    if (t->kind != TypeKind::Exception && t->kind != TypeKind::Unknown)
      program_.report(DiagId::unsupported_construct_hint, v.range, "raising " + with_article(t),
                      "raise a builtin exception class, e.g. `raise ValueError(\"message\")`");
    return;
  }
  if (cls->kind != ExprKind::Name || !is_exception_class(cls->name)) {
    program_.report(DiagId::unsupported_construct_hint, v.range, "raising this",
                    "raise a builtin exception class, e.g. `raise ValueError(\"message\")`");
    return;
  }
  if (v.kind == ExprKind::Call) {
    if (v.args.size() > 1 || !v.keywords.empty()) {
      program_.report(DiagId::bad_call_arity, v.range, cls->name, "0 to 1", v.args.size() + v.keywords.size());
      return;
    }
    if (!v.args.empty()) {
      Type message = expr(*v.args[0]);
      if (message->kind != TypeKind::Str && message->kind != TypeKind::Unknown)
        program_.report(DiagId::bad_argument_type, v.args[0]->range, cls->name, to_string(message));
    }
  }
}

void FunctionInferrer::try_stmt(const Stmt& s) {
  std::set<std::string> at_start = non_none_;  // a handler or finally may start anywhere in the body
  block(s.body);
  std::set<std::string> after_body = non_none_;
  for (const auto& h : s.handlers) {
    non_none_ = at_start;
    if (h.type) check_exception_classes(*h.type);
    if (!h.name.empty()) assign_name(h.name, types::exception(), h.range);
    ++handler_depth_;
    block(h.body);
    --handler_depth_;
  }
  non_none_ = after_body;
  block(s.orelse);
  non_none_ = at_start;
  finally_loop_depths_.push_back(loop_depth_);
  block(s.finalbody);
  finally_loop_depths_.pop_back();
}

void FunctionInferrer::for_loop(const Stmt& s) {
  Type iterable = expr(*s.value);
  unwrap_message(*s.value, "'NoneType' object is not iterable");
  Type elem = types::unknown();
  if (iterable->kind != TypeKind::Unknown) {
    elem = iterate(iterable);
    if (!elem) {
      report_not_iterable(s.value->range, iterable);
      elem = types::unknown();
    }
  }
  ++loop_depth_;
  bind_target(*s.targets[0], elem);
  block(s.body);
  --loop_depth_;
  block(s.orelse);
}

}  // namespace detail

std::optional<TypedProgram> infer_program(const Module& module,
                                          const std::vector<ExportedFunction>& exports,
                                          Diagnostics& diags) {
  return detail::ProgramInferrer(module, diags).run(exports);
}

}  // namespace pyxc
