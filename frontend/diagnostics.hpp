// Located diagnostics printed as GCC and Clang print them:
//   file.py:LINE:COL: error: message
//       source line
//       ^~~~~
#pragma once

#include <fmt/format.h>

#include <cstdio>
#include <string>
#include <vector>

#include "frontend/source.hpp"

namespace pyxc {

enum class Severity { Note, Warning, Error };

/// Every diagnostic kind, from diagnostic_kinds.def.
enum class DiagId {
#define DIAG(id, severity, format) id,
#include "frontend/diagnostic_kinds.def"
#undef DIAG
};

struct DiagInfo {
  const char* name;
  Severity severity;
  const char* format;
};

/// Static description of a diagnostic kind.
const DiagInfo& diag_info(DiagId id);
/// All kinds, for the registry listing (`pyxc --list-diagnostics`).
std::vector<DiagId> all_diag_ids();

struct Diagnostic {
  DiagId id;
  Severity severity;
  SourceRange range;
  std::string message;
};

/// Collects diagnostics for one source file and prints them to stderr.
class Diagnostics {
 public:
  explicit Diagnostics(const SourceFile& file, std::FILE* out = stderr) : file_(file), out_(out) {}

  template <class... Args>
  void report(DiagId id, SourceRange range, const Args&... args) {
    emit(id, range, fmt::vformat(diag_info(id).format, fmt::make_format_args(args...)));
  }

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  const SourceFile& file() const { return file_; }

 private:
  void emit(DiagId id, SourceRange range, std::string message);

  const SourceFile& file_;
  std::FILE* out_;
  int error_count_ = 0;
  std::vector<Diagnostic> diagnostics_;
};

/// Closest candidate by edit distance (for "did you mean"), or "" if none is close.
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace pyxc
