// `#export f(float list, int)` and `#pythran export f(...)` comment lines: their own small
// grammar (Pythran's type grammar), resolved against the module's functions.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"
#include "frontend/types.hpp"

namespace pyxc {

/// One concrete signature of an exported function (`or` alternatives already expanded).
struct ExportOverload {
  std::vector<Type> params;
  SourceRange range;  // the spec text this overload came from
};

struct ExportedFunction {
  std::string name;
  const FunctionDef* def = nullptr;
  std::vector<ExportOverload> overloads;  // in the order the user wrote them
};

/// `#export NAME`: a module-level constant exported as a module attribute.
struct ExportedConstant {
  std::string name;
  SourceRange range;
};

/// Parses every export comment of `module`. Reports malformed specs, unknown types, exports
/// naming no function and arity mismatches (all located); returns the exports that are valid,
/// one entry per function (several export lines for one function merge, in order). Exported
/// constants go to `constants` when given.
std::vector<ExportedFunction> resolve_exports(const Module& module, Diagnostics& diags,
                                              std::vector<ExportedConstant>* constants = nullptr);

/// Parses one export type (e.g. "float list", "(int, float)"), for tests. Empty on error.
std::vector<Type> parse_export_type_for_test(const std::string& text);

}  // namespace pyxc
