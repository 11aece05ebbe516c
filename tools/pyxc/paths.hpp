// File-system helpers for the driver: module names from paths, where the runtime headers and
// the cache live, temporary directories, whole-file reads and writes.
#pragma once

#include <string>
#include <string_view>

namespace pyxc::driver {

/// The module name a path implies: its file name up to the first '.'
/// ("build/mod.cpython-311-x86_64-linux-gnu.so" -> "mod").
std::string module_name_from_path(const std::string& path);

/// Empty if `name` can be a Python module name (an ASCII identifier, not a keyword); else why not.
std::string invalid_module_name_reason(std::string_view name);

/// The directory holding the running pyxc binary ("" if unknown).
std::string executable_dir();

/// Where `#include <pyxc/...>` is found: $PYXC_RUNTIME_DIR, else the source tree's
/// runtime/include if it exists (a build tree), else <exe dir>/../include (an install).
std::string runtime_include_dir();

/// The precompiled runtimes built with pyxc itself: <exe dir>/../share/pyxc/pch ("" if the
/// executable's directory is unknown).
std::string installed_pch_dir();

/// $PYXC_CACHE_DIR, else $XDG_CACHE_HOME/pyxc, else ~/.cache/pyxc ("" if none can be named).
std::string cache_dir();

/// A new private directory under $TMPDIR (or /tmp) named pyxc-XXXXXX; "" on failure.
std::string make_temp_dir();

/// Removes `dir` and everything in it; errors are ignored.
void remove_tree(const std::string& dir);

/// The absolute path of `program` as execvp would find it in $PATH ("" if not found).
/// A name containing '/' is returned as is if it is executable.
std::string find_in_path(const std::string& program);

bool read_file(const std::string& path, std::string* out);
/// Writes `text` to `path`; on failure returns false with the reason in *error.
bool write_file(const std::string& path, std::string_view text, std::string* error);

/// Moves `from` to `to`, replacing `to` atomically (a copy then a rename across file systems,
/// so that a running process that has the old `to` mapped is not disturbed).
bool move_file(const std::string& from, const std::string& to, std::string* error);

}  // namespace pyxc::driver
