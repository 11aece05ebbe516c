// Definite assignment: which reads of a function's local variables may happen before the
// variable is assigned on some path (`if c: x = 1` then `return x`). Those reads raise
// UnboundLocalError at run time, as in CPython; every other read costs nothing (codegen keeps
// a `bool x_bound` flag only for variables with such a read).
#pragma once

#include <set>
#include <string>

#include "frontend/ast.hpp"

namespace pyxc {

struct MaybeUnbound {
  std::set<const Expr*> reads;  // Name reads that need a check (AugAssign targets included)
  std::set<std::string> names;  // the variables those reads are of
};

/// `captured` are the names a nested function receives from its enclosing one (always bound).
MaybeUnbound find_maybe_unbound_reads(const FunctionDef& fn, const std::set<std::string>& captured);

}  // namespace pyxc
