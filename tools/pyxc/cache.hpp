// The build cache: one directory ($PYXC_CACHE_DIR, else $XDG_CACHE_HOME/pyxc, else
// ~/.cache/pyxc) holding built extension modules by content key, precompiled runtime headers,
// and memos of facts that are slow to recompute (a compiler's --version, the runtime headers'
// hash), each valid while the files it was derived from keep their stamps. A cache that cannot
// be read or written only costs time: every operation fails quietly.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace pyxc::driver {

class BuildCache {
 public:
  /// `dir` "" gives a cache that never finds or keeps anything.
  explicit BuildCache(std::string dir) : dir_(std::move(dir)) {}
  bool enabled() const { return !dir_.empty(); }
  const std::string& dir() const { return dir_; }

  /// Where the module for `key` (a hex digest) is or would be kept.
  std::string module_path(const std::string& key) const;
  /// The cached module for `key`, or "" if there is none.
  std::string find_module(const std::string& key) const;
  /// Keeps a copy of the module at `so_path` under `key`, with `manifest` (the text `key`
  /// digests) beside it so that a surprising hit or miss can be explained.
  void store_module(const std::string& key, const std::string& so_path,
                    const std::string& manifest) const;

  /// The value remembered under `name` for `stamp`; else `compute()`'s, remembered if it has
  /// one. Without a cache directory it always computes.
  std::optional<std::string> memo(const std::string& name, const std::string& stamp,
                                  const std::function<std::optional<std::string>()>& compute) const;

 private:
  std::string dir_;
};

/// Writes `text` to `path` through a private file renamed over it, so that a concurrent
/// reader sees the old or the new contents, never a part.
bool write_file_atomically(const std::string& path, const std::string& text);

/// Copies `from` to `to` through a private file renamed over `to`: a process that has the old
/// `to` loaded keeps its copy, and the cache entry cannot be changed through `to`.
bool copy_file_atomically(const std::string& from, const std::string& to, std::string* error);

}  // namespace pyxc::driver
