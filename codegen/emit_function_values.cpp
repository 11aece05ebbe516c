// Typed AST -> C++: function values, closures and calls through them.
//
// Every function-value type becomes a small struct: empty for a function named at module level
// or a builtin (`struct fn_square {};`: the type says which function it is), holding the
// captured variables for a closure (by value, or a pointer for a variable that changes after
// the closure is made: see frontend/closures.hpp). A call through a value is a direct call of
// the callee's instantiation with the captures as trailing arguments, so it inlines like any
// call: no std::function, no indirection. Builtins that take a function (map, sorted's key=...)
// get a C++ lambda around that direct call.
#include <fmt/format.h>

#include <functional>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

namespace {

const ClosureInfo* closure_of(const TypedProgram& program, Type fn) {
  if (!fn->def) return nullptr;
  auto it = program.closures.find(fn->def);
  return it == program.closures.end() ? nullptr : &it->second;
}

BinOp operator_binop(const std::string& name) {
  static const std::map<std::string, BinOp> ops = {
      {"add", BinOp::Add},       {"sub", BinOp::Sub},           {"mul", BinOp::Mult},
      {"truediv", BinOp::Div},   {"floordiv", BinOp::FloorDiv}, {"mod", BinOp::Mod},
      {"pow", BinOp::Pow},       {"and_", BinOp::BitAnd},       {"or_", BinOp::BitOr},
      {"xor", BinOp::BitXor},    {"lshift", BinOp::LShift},     {"rshift", BinOp::RShift}};
  auto it = ops.find(name);
  return it == ops.end() ? BinOp::MatMult : it->second;
}

bool is_operator_compare(const std::string& name, CmpOp* op) {
  static const std::map<std::string, CmpOp> ops = {{"lt", CmpOp::Lt}, {"le", CmpOp::LtE}, {"eq", CmpOp::Eq},
                                                   {"ne", CmpOp::NotEq}, {"gt", CmpOp::Gt}, {"ge", CmpOp::GtE}};
  auto it = ops.find(name);
  if (it == ops.end()) return false;
  *op = it->second;
  return true;
}

}  // namespace

void emit_function_structs(const TypedProgram& program, const EmitOptions& options, std::string& out) {
  std::vector<Type> order;
  std::set<Type> seen;
  std::function<void(Type)> visit = [&](Type t) {
    for (Type c : t->children) visit(c);  // captured function values first
    if (t->kind == TypeKind::Function && !contains_unknown(t) && seen.insert(t).second) order.push_back(t);
  };
  auto scan = [&](const Instantiation& inst) {
    for (const auto& [e, t] : inst.expr_types) visit(t);
    for (const auto& [n, t] : inst.locals) visit(t);
    for (Type t : inst.param_types) visit(t);
    if (inst.return_type) visit(inst.return_type);
  };
  for (const auto& inst : program.instantiations) scan(*inst);
  if (program.constants) scan(*program.constants);
  if (order.empty()) return;
  out += "// Function values: each type names one function; a closure's holds what it captures.\n";
  for (Type t : order) {
    const ClosureInfo* info = closure_of(program, t);
    if (t->builtin || !info || info->captures.empty()) {
      out += fmt::format("struct {} {{}};\n", cpp_type(t));
      continue;
    }
    out += fmt::format("// {}:{}: {}\n", options.source_name, t->def->range.begin.line,
                       t->def->is_lambda ? "lambda" : "def " + t->def->name);
    out += fmt::format("struct {} {{\n", cpp_type(t));
    for (std::size_t i = 0; i < info->captures.size(); ++i) {
      const Capture& c = info->captures[i];
      out += fmt::format("  {}{} {};{}\n", cpp_type(t->children[i]), c.by_reference ? "*" : "",
                         cpp_ident(c.name), c.by_reference ? "  // changes after the closure is made: read at each call" : "");
    }
    out += "};\n";
  }
  out += "\n";
}

std::string FunctionEmitter::function_value(Type fn) {
  const ClosureInfo* info = closure_of(program_, fn);
  if (!info || info->captures.empty()) return cpp_type(fn) + "{}";
  std::vector<std::string> members;
  for (const auto& c : info->captures) members.push_back((c.by_reference ? "&" : "") + cpp_ident(c.name));
  return fmt::format("{}{{{}}}", cpp_type(fn), join_args(members));
}

std::vector<std::string> FunctionEmitter::capture_args(Type fn, const std::string& value, bool self) {
  std::vector<std::string> out;
  const ClosureInfo* info = closure_of(program_, fn);
  if (!info) return out;
  for (const auto& c : info->captures) {
    if (self) out.push_back(cpp_ident(c.name));
    else out.push_back(fmt::format("{}{}.{}", c.by_reference ? "*" : "", value, cpp_ident(c.name)));
  }
  return out;
}

std::string FunctionEmitter::call_value(const Expr& e) {
  const Expr& callee = *e.operands[0];
  Type fn = type_of(callee);
  std::vector<const Expr*> operands;
  std::vector<std::string> codes;
  if (fn->builtin) {
    std::vector<Type> types;
    for (const auto& a : e.args) {
      operands.push_back(a.get());
      codes.push_back(expr(*a));
      types.push_back(type_of(*a));
    }
    std::string call = in_order(operands, codes, [&](const std::vector<std::string>& c) {
      return call_builtin_value(fn, c, types, type_of(e));
    });
    return callee.kind == ExprKind::Name ? call : fmt::format("((void){}, {})", expr(callee), call);
  }
  const Instantiation& target = *inst_.call_targets.at(&e);
  const std::vector<const Expr*>& args = inst_.call_args.at(&e);
  for (std::size_t i = 0; i < args.size(); ++i) {
    operands.push_back(args[i]);
    codes.push_back(expr_as(*args[i], target.param_types[i]));
  }
  bool self = callee.kind == ExprKind::Name && inst_.def && callee.name == inst_.def->name && inst_.def->nested &&
              !inst_.locals.count(callee.name);
  bool named = callee.kind == ExprKind::Name;
  // Python evaluates the callee first: an expression that makes the closure is evaluated once.
  std::string value = named ? expr(callee) : fresh("fn");
  for (const auto& c : capture_args(fn, value, self)) {
    operands.push_back(nullptr);
    codes.push_back(c);
  }
  std::string call = in_order(operands, codes, [&](const std::vector<std::string>& c) {
    return fmt::format("{}({})", cpp_function_name(target), join_args(c));
  });
  if (named) return call;
  if (fn->children.empty()) return fmt::format("((void){}, {})", expr(callee), call);
  return fmt::format("[&] {{ auto {} = {}; return {}; }}()", value, strip_parens(expr(callee)), strip_parens(call));
}

std::string FunctionEmitter::call_builtin_value(Type fn, const std::vector<std::string>& codes,
                                                const std::vector<Type>& types, Type result) {
  const BuiltinFunction& b = *fn->builtin;
  Type a = types.empty() ? types::unknown() : types[0];
  Type arith = a->kind == TypeKind::Bool ? types::int_() : a;
  if (b.module == "operator") {
    BinOp op = operator_binop(b.name);
    if (op != BinOp::MatMult) return binop_code(op, codes[0], types[0], codes[1], types[1], result, nullptr);
    CmpOp cmp;
    if (is_operator_compare(b.name, &cmp)) return compare_pair(cmp, codes[0], types[0], codes[1], types[1]);
    if (b.name == "itemgetter") {
      std::int64_t k = fn->constant;
      if (a->kind == TypeKind::Tuple) {
        if (k < 0) k += static_cast<std::int64_t>(a->items().size());
        return fmt::format("std::get<{}>({})", k, codes[0]);
      }
      if (a->kind == TypeKind::Dict) return fmt::format("{}.getitem({})", codes[0], convert(int_literal(k), types::int_(), a->children[0]));
      if (a->kind == TypeKind::Str) return fmt::format("pyxc::str_getitem({}, {})", codes[0], int_literal(k));
      return fmt::format("{}[{}]", codes[0], int_literal(k));
    }
    if (b.name == "neg")
      return arith->kind == TypeKind::Int ? fmt::format("pyxc::neg({})", convert(codes[0], a, arith))
                                          : fmt::format("(-{})", codes[0]);
    if (b.name == "pos") return convert(codes[0], a, arith);
    if (b.name == "not_") return fmt::format("!pyxc::to_bool({})", codes[0]);
    if (b.name == "truth") return fmt::format("pyxc::to_bool({})", codes[0]);
  }
  if (b.rule == BuiltinRule::Fixed) {
    const BuiltinSignature* sig = match_signature(b, types);
    std::vector<std::string> args;
    for (std::size_t i = 0; i < codes.size(); ++i) args.push_back(convert(codes[i], types[i], sig->params[i]));
    return fmt::format("{}({})", b.cpp, join_args(args));
  }
  if (b.name == "abs") return fmt::format("pyxc::abs({})", convert(codes[0], a, arith));
  if (b.name == "len") {
    if (a->kind == TypeKind::Tuple) return int_literal(static_cast<std::int64_t>(a->items().size()));
    return fmt::format("pyxc::len({})", codes[0]);
  }
  if (b.name == "bool") return a->kind == TypeKind::Bool ? codes[0] : fmt::format("pyxc::to_bool({})", codes[0]);
  if (b.name == "str") return fmt::format("pyxc::to_str({})", codes[0]);
  if (b.name == "float")
    return a->kind == TypeKind::Str ? fmt::format("pyxc::str_to_float({})", codes[0]) : convert(codes[0], a, types::float_());
  if (b.name == "int") {
    if (a->kind == TypeKind::Str) return fmt::format("pyxc::str_to_int({})", codes[0]);
    if (a->kind == TypeKind::Float) return fmt::format("pyxc::to_int({})", codes[0]);
    return convert(codes[0], a, types::int_());
  }
  return "/* unsupported function value */";
}

std::string FunctionEmitter::callback(const Expr& fn_expr, const std::vector<Type>& arg_types) {
  Type fn = type_of(fn_expr);
  Type result = inst_.callback_results.at(&fn_expr);
  std::vector<std::string> params, names;
  for (std::size_t i = 0; i < arg_types.size(); ++i) {
    names.push_back(fmt::format("a{}", i + 1));
    params.push_back(fmt::format("const {}& {}", cpp_type(arg_types[i]), names.back()));
  }
  // A name is read where the lambda is called (captured by reference, as Python reads it);
  // any other expression that makes the function is evaluated once, into the lambda.
  std::string capture = "&";
  std::string value;
  bool self = false;
  if (fn_expr.kind == ExprKind::Name) {
    value = expr(fn_expr);
    self = inst_.def && fn_expr.name == inst_.def->name && inst_.def->nested && !inst_.locals.count(fn_expr.name);
  } else if (fn_expr.kind == ExprKind::Lambda || fn_expr.kind == ExprKind::Attribute) {
    self = true;  // an inline lambda reads the captured variables themselves
  } else {
    value = fresh("fn");
    capture = fmt::format("&, {} = {}", value, strip_parens(expr(fn_expr)));
  }
  std::string body;
  if (fn->builtin) {
    body = call_builtin_value(fn, names, arg_types, result);
  } else {
    const Instantiation& target = *inst_.call_targets.at(&fn_expr);
    std::vector<std::string> args;
    for (std::size_t i = 0; i < fn->def->params.size(); ++i)
      args.push_back(i < names.size() ? convert(names[i], arg_types[i], target.param_types[i])
                                      : expr_as(*fn->def->params[i].default_value, target.param_types[i]));
    for (const auto& c : capture_args(fn, value, self)) args.push_back(c);
    body = fmt::format("{}({})", cpp_function_name(target), join_args(args));
  }
  return fmt::format("[{}]({}) -> {} {{ return {}; }}", capture, join_args(params), cpp_type(result), strip_parens(body));
}

}  // namespace pyxc::codegen
