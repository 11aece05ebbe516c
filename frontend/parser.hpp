// Python text -> pyxc AST, through tree-sitter-python. The only file that sees tree-sitter.
#pragma once

#include <optional>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace pyxc {

/// Parses `file` into a Module named `module_name`. Syntax errors and constructs outside
/// pyxc's subset are reported to `diags` (each with its location); returns nullopt if any
/// error was reported.
std::optional<Module> parse_module(const SourceFile& file, const std::string& module_name,
                                   Diagnostics& diags);

}  // namespace pyxc
