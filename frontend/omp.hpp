// `#omp` annotations (Pythran's spelling of OpenMP): their grammar, and the checks pyxc runs
// before lowering them to `#pragma omp`, so that a wrong annotation is a located error instead
// of a silent pragma or a data race.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/diagnostics.hpp"

namespace pyxc {

struct OmpDirective {
  enum class Kind { ParallelFor, For, Parallel, Critical, Atomic, Barrier, Single, Master };
  Kind kind = Kind::ParallelFor;
  std::string name;  // as written: "parallel for"
  std::vector<std::string> private_vars, firstprivate_vars, lastprivate_vars, shared_vars;
  std::vector<std::pair<std::string, std::vector<std::string>>> reductions;  // (op, variables)
  std::string schedule;     // "static", "dynamic, 4", ...
  std::string num_threads;  // an int literal or a local name
  std::string if_clause;    // a local name
  std::string critical_name;
  int collapse = 1;  // collapse(n): the n perfectly nested loops share the iterations

  bool is_loop() const { return kind == Kind::ParallelFor || kind == Kind::For; }
  /// Every variable a clause names.
  std::set<std::string> clause_variables() const;
};

/// Parses an annotation; reports located errors (bad syntax, unknown directive or clause).
std::optional<OmpDirective> parse_omp(const OmpAnnotation& annotation, Diagnostics* diags);

/// What a parallel loop's body does with variables, for the race and reduction checks and for
/// the `private` clause pyxc adds for loop-local temporaries.
struct OmpLoopAnalysis {
  std::set<std::string> implicit_private;  // assigned in the body, used nowhere else
  std::vector<std::pair<std::string, SourceRange>> races;     // written every iteration, shared
  std::vector<std::string> unused_reductions;
  std::vector<const Stmt*> jumps;                              // break / return out of the loop
};

OmpLoopAnalysis analyze_omp_loop(const FunctionDef& function, const Stmt& loop, const OmpDirective& directive);

/// The `collapse(n)` nest: the annotated loop and the n-1 loops directly inside it, or an
/// empty vector when the loops are not perfectly nested `for ... in range(...)` loops.
std::vector<const Stmt*> omp_loop_nest(const Stmt& loop, int depth);

}  // namespace pyxc
