// Building the extension module from the generated C++ with an external compiler, and
// turning a failed build back into a diagnostic at the Python line that caused it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/diagnostics.hpp"

namespace pyxc::driver {

enum class CompilerKind { Gcc, Clang, Other };

/// The compiler and the flags of one module build: the C++ it compiles and the files it
/// writes are named separately, since the same flags also build the precompiled header.
struct CompileJob {
  std::string cxx = "g++";  // the program (the in-process backend names itself clang++)
  CompilerKind kind = CompilerKind::Other;     // which flag dialect `cxx` speaks
  std::vector<std::string> include_dirs;       // ours: runtime, Python, numpy (if found)
  std::vector<std::string> user_defines;       // -D values, as given
  std::vector<std::string> user_undefines;     // -U values, as given
  std::vector<std::string> user_include_dirs;  // -I values, as given
  std::vector<std::string> lib_dirs;           // -L values, as given
  std::vector<std::string> libs;               // -l values, as given
  int opt_level = 2;
  bool opt_level_given = false;  // -O on the command line (else numpy modules get -O3)
  bool native = false;  // -march=native
  bool openmp = false;  // -fopenmp (libgomp with g++, libomp with clang)
  bool debug = false;   // -g
  std::string linker;   // -fuse-ld=<linker>; "" for the compiler's default
  // Linked after the module's object: the precompiled runtime's code, when clang compiled it
  // once (-fpch-codegen) instead of in every module.
  std::vector<std::string> link_objects;
  // With link_objects: a linker version script that exports only the module's PyInit_, so
  // that the precompiled runtime's functions it does not call (weak, default visibility in
  // libstdc++) are not exported and --gc-sections drops them.
  std::string export_map;
};

/// The flags of every compilation for `job` (the module and its precompiled header alike).
std::vector<std::string> compile_flags(const CompileJob& job);

/// The exact argv compiling `cpp_path` into the object `object_path` (what -v prints);
/// `extra` (the precompiled header's flags) goes before the source.
std::vector<std::string> compile_command(const CompileJob& job,
                                         const std::vector<std::string>& extra,
                                         const std::string& cpp_path,
                                         const std::string& object_path);

/// The exact argv precompiling the header `header_path` into `pch_path`.
std::vector<std::string> precompile_command(const CompileJob& job, const std::string& header_path,
                                            const std::string& pch_path);

/// The flags that link the objects of `job` into an extension module.
std::vector<std::string> link_flags(const CompileJob& job);

/// The exact argv linking `object_path` into the extension module `output_path`.
std::vector<std::string> link_command(const CompileJob& job, const std::string& object_path,
                                      const std::string& output_path);

/// Where the first error of a failed C++ build comes from.
struct CppErrorSite {
  std::uint32_t python_line = 0;  // 0 if it could not be traced to a Python line
  std::string first_error;        // the first `error:` line of the log, trimmed
};

/// Finds the first error in the compiler's `log`, the generated-code line it points at
/// (directly, or through g++'s "required from here" / clang's "requested here"), then the
/// nearest `// file.py:N` comment above that line in `cpp_text`.
CppErrorSite locate_first_error(std::string_view log, const std::string& cpp_path,
                                std::string_view cpp_text);

/// Reports a rejected build as `internal_compiler_error`, at the Python line when known
/// (else at the start of the file), with a note quoting the first C++ error.
void report_internal_error(Diagnostics& diags, const CppErrorSite& site,
                           const std::string& log_path);

}  // namespace pyxc::driver
