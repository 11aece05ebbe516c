#include "tools/pyxc/cache.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "tools/pyxc/hash.hpp"
#include "tools/pyxc/paths.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

namespace {

/// A name no other process uses for its staging file next to `path`.
std::string staging_name(const std::string& path) {
  static unsigned counter = 0;
  return fmt::format("{}.{}-{}.tmp", path, getpid(), counter++);
}

}  // namespace

bool write_file_atomically(const std::string& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::string staging = staging_name(path), error;
  if (!write_file(staging, text, &error)) return false;
  fs::rename(staging, path, ec);
  if (ec) fs::remove(staging, ec);
  return !ec;
}

bool copy_file_atomically(const std::string& from, const std::string& to, std::string* error) {
  std::string staging = staging_name(to);
  std::error_code ec;
  fs::copy_file(from, staging, fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(staging, to, ec);
  if (ec) {
    *error = ec.message();
    std::error_code ignored;
    fs::remove(staging, ignored);
    return false;
  }
  return true;
}

// Entries fan out over 256 subdirectories, so that no directory grows huge.
std::string BuildCache::module_path(const std::string& key) const {
  return fmt::format("{}/modules/{}/{}.so", dir_, key.substr(0, 2), key);
}

std::string BuildCache::find_module(const std::string& key) const {
  if (!enabled()) return "";
  std::string path = module_path(key);
  return access(path.c_str(), R_OK) == 0 ? path : "";
}

void BuildCache::store_module(const std::string& key, const std::string& so_path,
                              const std::string& manifest) const {
  if (!enabled()) return;
  std::string path = module_path(key), error;
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  // The manifest first: an entry whose module exists always has its explanation.
  if (write_file_atomically(path.substr(0, path.size() - 3) + ".txt", manifest))
    copy_file_atomically(so_path, path, &error);
}

std::optional<std::string> BuildCache::memo(
    const std::string& name, const std::string& stamp,
    const std::function<std::optional<std::string>()>& compute) const {
  if (!enabled()) return compute();
  // The file starts with the stamp's full digest: a clash of the shortened digest in the
  // file name can only cost a recomputation.
  std::string digest = sha256_hex(stamp);
  std::string path = fmt::format("{}/memo/{}-{}", dir_, name, digest.substr(0, 24));
  std::string text;
  if (read_file(path, &text) && text.size() > digest.size() &&
      text.compare(0, digest.size(), digest) == 0 && text[digest.size()] == '\n')
    return text.substr(digest.size() + 1);
  std::optional<std::string> value = compute();
  if (value) write_file_atomically(path, digest + "\n" + *value);
  return value;
}

}  // namespace pyxc::driver
