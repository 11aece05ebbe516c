#include "tools/pyxc/fingerprint.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "tools/pyxc/hash.hpp"
#include "tools/pyxc/paths.hpp"
#include "tools/pyxc/process.hpp"

namespace fs = std::filesystem;

namespace pyxc::driver {

std::string file_stamp(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return "";
  return fmt::format("{}.{:09}|{}|{}|{}", st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_size,
                     st.st_ino, st.st_dev);
}

std::string pyxc_identity() {
  std::error_code ec;
  std::string exe = fs::read_symlink("/proc/self/exe", ec).string();
  return fmt::format("pyxc {} {} {}", PYXC_VERSION, exe, file_stamp(exe));
}

std::optional<CompilerIdentity> compiler_identity(const std::string& cxx,
                                                  const BuildCache& cache) {
  std::string found = find_in_path(cxx);
  if (found.empty()) return std::nullopt;
  std::error_code ec;
  CompilerIdentity id;
  id.path = fs::canonical(found, ec).string();
  if (ec) id.path = found;
  std::optional<std::string> version =
      cache.memo("cxx-version", id.path + "|" + file_stamp(id.path), [&] {
        std::string out;
        ProcessResult run = run_capture({found, "--version"}, &out);
        if (!run.ok()) out += fmt::format("(--version: exit status {} {})", run.exit_code, run.error);
        return std::optional<std::string>(out);
      });
  id.version = version.value_or("");
  // The first line names the compiler: "g++ (Debian 12.2.0-14) 12.2.0",
  // "Debian clang version 14.0.6".
  std::string first_line = id.version.substr(0, id.version.find('\n'));
  if (first_line.find("clang") != std::string::npos)
    id.kind = CompilerKind::Clang;
  else if (first_line.find("g++") != std::string::npos ||
           first_line.find("GCC") != std::string::npos ||
           id.version.find("Free Software Foundation") != std::string::npos)
    id.kind = CompilerKind::Gcc;
  return id;
}

std::string runtime_headers_hash(const std::string& runtime_dir, const BuildCache& cache) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(runtime_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(fs::relative(it->path(), runtime_dir, ec).string());
  std::sort(files.begin(), files.end());
  std::string stamp = runtime_dir + "\n";
  for (const auto& f : files) stamp += f + "|" + file_stamp(runtime_dir + "/" + f) + "\n";
  return cache
      .memo("runtime", stamp,
            [&] {
              Sha256 hash;
              for (const auto& f : files) {
                std::string text;
                read_file(runtime_dir + "/" + f, &text);
                hash.field(f);
                hash.field(text);
              }
              return std::optional<std::string>(hash.hex_digest());
            })
      .value_or("");
}

}  // namespace pyxc::driver
