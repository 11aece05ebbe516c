// Typed program -> the CPython extension module around the generated functions: one
// METH_FASTCALL wrapper per exported function that tries its overloads in the order written
// and raises TypeError listing them when none accepts the arguments.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "codegen/emitter.hpp"

namespace pyxc::codegen {

namespace {

std::string signature_text(const std::string& name, const ExportOverload& overload) {
  std::string out = name + "(";
  for (std::size_t i = 0; i < overload.params.size(); ++i) out += (i ? ", " : "") + to_string(overload.params[i]);
  return out + ")";
}

/// C++ spelling of a parameter's literal default (exports only allow literal defaults).
std::string default_literal(const Expr& d) {
  switch (d.kind) {
    case ExprKind::IntLit: return int_literal(d.int_value);
    case ExprKind::FloatLit: return float_literal(d.float_value);
    case ExprKind::BoolLit: return d.bool_value ? "true" : "false";
    case ExprKind::NoneLit: return "pyxc::None";
    default: return string_literal(d.str_value);
  }
}

/// Emits the conversion of parameter `i` from its bound slot into local `arg{i}` (its default
/// when the call omitted it); the overload is skipped when the conversion fails.
void emit_argument(std::string& out, std::size_t i, Type type, const Expr* default_value,
                   const std::string& indent, const std::string& param) {
  out += fmt::format("{}{} arg{};\n", indent, cpp_type(type), i);
  if (type->kind == TypeKind::NdArray) {  // viewed in place; a refusal says why (python/numpy.hpp)
    std::string layout;  // Fortran order and fixed extents, when the spec demands them
    if (type->f_contiguous || !type->extents.empty()) {
      std::string extents;
      for (std::int64_t e : type->extents) extents += (extents.empty() ? "" : ", ") + std::to_string(e);
      layout = fmt::format(", {}, {{{}}}", type->f_contiguous ? "true" : "false", extents);
    }
    out += fmt::format("{}if (pyxc::py::array_from_python(slots[{}], &arg{}, {}, {}, \"{}\", \"{}\"{})) {{\n", indent, i, i,
                       type->c_contiguous ? "true" : "false", i + 1, param, to_string(type), layout);
    return;
  }
  if (default_value && default_value->kind == ExprKind::NoneLit && type->kind != TypeKind::None)
    // `def f(x=None)` exported as `f(float)`: an omitted x is None, which this overload refuses.
    out += fmt::format("{}if (slots[{}] && pyxc::py::from_python(slots[{}], &arg{})) {{\n", indent, i, i, i);
  else if (default_value)
    out += fmt::format("{}if (slots[{}] ? pyxc::py::from_python(slots[{}], &arg{}) : (arg{} = {}, true)) {{\n",
                       indent, i, i, i, i, default_literal(*default_value));
  else
    out += fmt::format("{}if (pyxc::py::from_python(slots[{}], &arg{})) {{\n", indent, i, i);
}

void emit_overload(std::string& out, const std::string& ns, const TypedOverload& overload, bool release_gil) {
  const ExportOverload& spec = *overload.spec;
  const Instantiation& owned = *overload.owned;
  const FunctionDef& def = *owned.def;
  std::size_t n = spec.params.size();
  // The overload applies when the call reaches no further than its n parameters and gives
  // every one of them that has no default.
  std::string condition = fmt::format("reach <= {}", n);
  for (std::size_t i = 0; i < n; ++i)
    if (!def.params[i].default_value) condition += fmt::format(" && slots[{}]", i);
  out += fmt::format("    if ({}) {{  // {}\n", condition, signature_text(def.name, spec));
  // Parameters past the overload's own take their defaults in C++.
  auto call_args = [&](const Instantiation& inst, bool view) {
    std::string args;
    for (std::size_t i = 0; i < inst.param_types.size(); ++i) {
      std::string a;
      if (i >= n) a = default_literal(*def.params[i].default_value);
      else if (view && inst.param_types[i]->borrowed) a = fmt::format("pyxc::py::float_list_view(slots[{}])", i);
      else a = fmt::format("arg{}", i);
      args += (i ? ", " : "") + a;
    }
    return args;
  };
  std::string indent = "      ";
  std::vector<std::size_t> view_args;
  if (overload.borrowed)
    for (std::size_t i = 0; i < n; ++i)
      if (overload.borrowed->param_types[i]->borrowed) view_args.push_back(i);
  // Arguments that are not read in place are converted first.
  int open = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::find(view_args.begin(), view_args.end(), i) != view_args.end()) continue;
    emit_argument(out, i, spec.params[i], def.params[i].default_value.get(), indent, def.params[i].name);
    indent += "  ";
    ++open;
  }
  if (!view_args.empty()) {
    std::string checks;
    for (std::size_t i : view_args)
      checks += fmt::format("{}slots[{}] && PyList_CheckExact(slots[{}])", checks.empty() ? "" : " && ", i, i);
    out += fmt::format("{}if ({}) {{\n", indent, checks);
    out += fmt::format("{}  try {{  // read the float lists in place, without copying\n", indent);
    out += fmt::format("{}    return pyxc::py::to_python({}::{}({}));\n", indent, ns,
                       cpp_function_name(*overload.borrowed), call_args(*overload.borrowed, true));
    out += fmt::format("{}  }} catch (const pyxc::py::view_mismatch&) {{\n", indent);
    out += fmt::format("{}    // an item is not exactly a float: convert the lists below\n", indent);
    out += fmt::format("{}  }}\n{}}}\n", indent, indent);
    for (std::size_t i : view_args) {
      emit_argument(out, i, spec.params[i], def.params[i].default_value.get(), indent, def.params[i].name);
      indent += "  ";
      ++open;
    }
  }
  // Lists the function may change (it does not only read them) are written back into the
  // caller's list objects after the call.
  std::vector<std::size_t> written;
  for (std::size_t i = 0; i < n; ++i)
    if (spec.params[i]->kind == TypeKind::List && !overload.param_is_readonly(i)) written.push_back(i);
  std::string call = fmt::format("{}::{}({})", ns, cpp_function_name(owned), call_args(owned, false));
  if (release_gil) call = fmt::format("pyxc::py::call_without_gil([&] {{ return {}; }})", call);
  if (written.empty()) {
    out += fmt::format("{}return pyxc::py::to_python({});\n", indent, call);
  } else {
    out += fmt::format("{}auto result = {};\n", indent, call);
    for (std::size_t i : written)
      out += fmt::format("{}if (!pyxc::py::write_back(slots[{}], arg{})) return nullptr;\n", indent, i, i);
    // `return xs` gives back the caller's own list.
    std::string result = "pyxc::py::to_python(result)";
    if (owned.return_type->kind == TypeKind::List)
      for (std::size_t i : written)
        if (spec.params[i] == owned.return_type)
          result = fmt::format("pyxc::py::same_list_or_new(result, slots[{}], arg{})", i, i);
    out += fmt::format("{}return {};\n", indent, result);
  }
  for (; open > 0; --open) {
    indent.resize(indent.size() - 2);
    out += indent + "}\n";
  }
  out += "    }\n";
}

}  // namespace

bool releases_gil(const TypedProgram& program) {
  // The converted arguments are the function's own, so it can run without the GIL, unless it
  // touches state that Python threads share: print() (sys.stdout), the random module's or
  // np.random's one generator, or module-level containers.
  if (program.runtime_features.count("print")) return false;
  if (program.runtime_features.count("numpy/random")) return false;  // numpy's global RandomState
  for (const auto& m : program.python_modules)
    if (m == "random") return false;
  if (program.constants)
    for (const auto& [name, type] : program.constants->locals)
      if (type->kind == TypeKind::List || type->kind == TypeKind::Dict || type->kind == TypeKind::Set) return false;
  return true;
}

void emit_module_glue(const TypedProgram& program, const EmitOptions& options, std::string& out) {
  std::string ns = cpp_ident("pyxc_module_" + options.module_name);
  out += "\n// ---------------------------------------------------------------- Python module glue\n\n";
  out += "namespace {\n\n";
  const bool release_gil = releases_gil(program);
  const bool uses_numpy = std::find(program.python_modules.begin(), program.python_modules.end(), "numpy") !=
                          program.python_modules.end();
  for (const auto& ex : program.exports) {
    const std::string& name = ex.function->name;
    out += fmt::format("constexpr const char* {}_signatures[] = {{", name);
    for (const auto& o : ex.overloads) out += fmt::format("\"{}\", ", signature_text(name, *o.spec));
    out += "nullptr};\n\n";
    std::size_t nparams = ex.function->def->params.size();
    if (nparams > 0) {
      out += fmt::format("constexpr const char* {}_params[] = {{", name);
      for (const auto& p : ex.function->def->params) out += fmt::format("\"{}\", ", p.name);
      out += "};\n\n";
    }
    out += fmt::format(
        "PyObject* py_{}(PyObject*, PyObject* const* args, Py_ssize_t nargs, PyObject* kwnames) {{\n",
        name);
    out += "  try {\n";
    if (nparams > 0) {
      out += fmt::format("    PyObject* slots[{}];\n", nparams);
      out += fmt::format("    Py_ssize_t reach = pyxc::py::bind_arguments(\"{}\", {}_params, args, nargs, kwnames, slots);\n",
                         name, name);
    } else {
      out += fmt::format("    Py_ssize_t reach = pyxc::py::bind_no_arguments(\"{}\", nargs, kwnames);\n", name);
    }
    out += "    if (reach < 0) return nullptr;\n";
    if (uses_numpy) out += "    pyxc::py::array_mismatch().clear();\n";
    std::string body;
    for (const auto& o : ex.overloads) emit_overload(body, ns, o, release_gil);
    out += body;
    if (uses_numpy)  // an array argument was refused: say which and why
      out += fmt::format("    if (!pyxc::py::array_mismatch().empty()) return pyxc::py::raise_array_mismatch(\"{}\", {}_signatures);\n",
                         name, name);
    out += fmt::format("    return pyxc::py::raise_no_matching_signature(\"{}\", args, nargs, kwnames, {}_signatures);\n",
                       name, name);
    out += "  } catch (...) {\n    pyxc::py::set_python_error_from_current();\n    return nullptr;\n  }\n}\n\n";
  }
  out += "PyMethodDef module_methods[] = {\n";
  for (const auto& ex : program.exports) {
    const std::string& name = ex.function->name;
    std::string doc;
    for (const auto& o : ex.overloads) doc += (doc.empty() ? "" : "\\n") + signature_text(name, *o.spec);
    out += fmt::format(
        "    {{\"{}\", reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(py_{})), "
        "METH_FASTCALL | METH_KEYWORDS, \"{}\"}},\n",
        name, name, doc);
  }
  out += "    {nullptr, nullptr, 0, nullptr}};\n\n";
  out += fmt::format(
      "PyModuleDef module_def = {{PyModuleDef_HEAD_INIT, \"{}\", \"Compiled by pyxc from {}.\", -1, "
      "module_methods, nullptr, nullptr, nullptr, nullptr}};\n\n",
      options.module_name, std::filesystem::path(options.source_name).filename().string());
  out += "}  // namespace\n\n";
  out += fmt::format("PyMODINIT_FUNC PyInit_{}() {{\n", options.module_name);
  out += "  pyxc::py::keep_freed_memory();  // see pyxc/python/keep_freed_memory.hpp\n";
  if (uses_numpy) out += "  if (!pyxc::py::numpy_import()) return nullptr;\n";
  // print() writes to Python's sys.stdout.
  if (program.runtime_features.count("print")) out += "  pyxc::stdout_writer() = pyxc::py::write_to_python_stdout;\n";
  // An exception while computing the constants fails the import, as in Python.
  if (!program.constant_stmts.empty()) {
    out += fmt::format("  try {{\n    {}::init_module_constants();\n", ns);
    out += "  } catch (...) {\n    pyxc::py::set_python_error_from_current();\n    return nullptr;\n  }\n";
  }
  if (program.exported_constants.empty()) {
    out += "  return PyModule_Create(&module_def);\n}\n";
    return;
  }
  // `#export NAME`: the constant's value, converted once, as a module attribute.
  out += "  PyObject* module = PyModule_Create(&module_def);\n  if (!module) return nullptr;\n";
  for (const std::string& name : program.exported_constants)
    out += fmt::format("  if (PyObject* value = pyxc::py::to_python({}::{});\n"
                       "      !value || PyModule_AddObject(module, \"{}\", value) < 0) {{\n"
                       "    Py_XDECREF(value);\n    Py_DECREF(module);\n    return nullptr;\n  }}\n",
                       ns, cpp_ident(name), name);
  out += "  return module;\n}\n";
}

}  // namespace pyxc::codegen
