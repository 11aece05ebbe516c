// Source files and locations: what every diagnostic points into.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyxc {

/// 1-based line and column (columns count bytes, as GCC and Clang print them).
struct SourceLoc {
  std::uint32_t line = 0;
  std::uint32_t col = 0;
};

/// Half-open range [begin, end) in one source file.
struct SourceRange {
  SourceLoc begin;
  SourceLoc end;
};

/// The text of one Python file, split into lines for caret snippets.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  /// Reads `path`; returns false (and leaves *out untouched) if it cannot be read.
  static bool load(const std::string& path, SourceFile* out);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  /// Line `n` (1-based) without its newline; empty if out of range.
  std::string_view line(std::uint32_t n) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace pyxc
