// The C++ compilers that build a module: Clang inside the pyxc process (the default: the
// libpyxc_clang.so plugin, the generated C++ compiled from memory), or any external compiler
// (--cxx g++, --cxx clang++-14, ...), spawned on a file. Both link by spawning the linker.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tools/pyxc/cache.hpp"
#include "tools/pyxc/compile.hpp"
#include "tools/pyxc/fingerprint.hpp"
#include "tools/pyxc/process.hpp"

namespace pyxc::driver {

class Backend {
 public:
  virtual ~Backend() = default;
  /// What the cache key and the precompiled runtime's key record about the compiler.
  virtual const CompilerIdentity& identity() const = 0;
  /// The program name in the commands (what `CompileJob::cxx` becomes): the external
  /// compiler as named, or "clang++" for the in-process one.
  virtual std::string program() const = 0;
  /// One line for -v: which compiler builds the module.
  virtual std::string description() const = 0;
  /// Makes the backend ready to compile: the in-process one loads Clang here (a build that
  /// the cache answers never does). False, with *why set, if it cannot.
  virtual bool load(bool verbose, std::string* why) { return true; }
  /// Whether compile() reads the C++ from its path (which must then be written first).
  virtual bool reads_cpp_from_disk() const = 0;

  /// Compiles `cpp` (named `cpp_path`) into `object_path` with the flags of `job` and `extra`.
  /// Every call prints its command under `verbose`, and puts the compiler's messages in *log;
  /// `log_path` is the scratch file a spawned compiler writes them to.
  virtual ProcessResult compile(const CompileJob& job, const std::vector<std::string>& extra,
                                const std::string& cpp_path, std::string_view cpp,
                                const std::string& object_path, const std::string& log_path,
                                bool verbose, std::string* log) = 0;
  /// Compiles the file at `path` (a precompiled header's code, say) into `object_path`.
  virtual ProcessResult compile_file(const CompileJob& job, const std::vector<std::string>& extra,
                                     const std::string& path, const std::string& object_path,
                                     const std::string& log_path, bool verbose,
                                     std::string* log) = 0;
  /// Precompiles the header at `header_path` into `pch_path`.
  virtual ProcessResult precompile(const CompileJob& job, const std::string& header_path,
                                   const std::string& pch_path, const std::string& log_path,
                                   bool verbose, std::string* log) = 0;
  /// Links `object_path` into the extension module `output_path`.
  virtual ProcessResult link(const CompileJob& job, const std::string& object_path,
                             const std::string& output_path, const std::string& log_path,
                             bool verbose, std::string* log) = 0;
};

/// The backend for `cxx` (--cxx or $PYXC_CXX): an external compiler if one is named, else
/// the in-process Clang plugin, else (with a note under -v) g++. Null, with *error set, if
/// the compiler cannot be found. The plugin's identity is memoized in the cache per plugin
/// file, so that choosing it does not load it.
std::unique_ptr<Backend> choose_backend(const std::string& cxx, const BuildCache& cache,
                                        bool verbose, std::string* error);

/// g++, spawned: what pyxc builds with when the in-process Clang cannot be loaded.
std::unique_ptr<Backend> fallback_backend(const std::string& why, const BuildCache& cache,
                                          bool verbose, std::string* error);

}  // namespace pyxc::driver
