// Which enclosing variables each nested function and lambda reads (its captures), and how
// the closure holds them. A syntactic pass over the module, run before inference.
//
// Python closures bind late: a closure sees a captured variable's value at call time. pyxc
// keeps that meaning with two representations, chosen per captured variable:
//   - by value, when every assignment of the variable precedes the closure's creation (and no
//     loop around the creation assigns it): the value at creation is the value at every call,
//     so a copy is exact, and the closure may outlive its defining function (`return lambda`);
//   - by reference (a pointer to the enclosing function's variable) otherwise: every call reads
//     the current value. Such a closure must not outlive the function that made it; inference
//     rejects returning one, with a located diagnostic.
// Lists, dicts and sets are shared by reference either way, so in-place changes are always seen.
// Writes to captured variables (`nonlocal`) are rejected by the parser.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "frontend/ast.hpp"

namespace pyxc {

struct Capture {
  std::string name;
  bool by_reference = false;
};

struct ClosureInfo {
  const FunctionDef* enclosing = nullptr;  // the function the nested def or lambda sits in
  std::vector<Capture> captures;           // in a fixed order: the hidden trailing parameters
};

/// Every nested def and lambda of the module (module-level functions have no entry).
using ClosureMap = std::map<const FunctionDef*, ClosureInfo>;

/// For each generator expression stored in a variable (`g = (x * k for x in xs)`), the
/// enclosing variables it reads lazily that may change before it runs (assigned after it, or
/// in a loop around it): Python reads them at each item, pyxc copies them at creation.
using LateGenexpReads = std::map<const Expr*, std::vector<std::string>>;

ClosureMap analyze_closures(const Module& module, LateGenexpReads* late_genexp_reads = nullptr);

}  // namespace pyxc
