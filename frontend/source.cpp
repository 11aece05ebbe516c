#include "frontend/source.hpp"

#include <fstream>
#include <sstream>

namespace pyxc {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
}

bool SourceFile::load(const std::string& path, SourceFile* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = SourceFile(path, buffer.str());
  return true;
}

std::string_view SourceFile::line(std::uint32_t n) const {
  if (n == 0 || n > line_starts_.size()) return {};
  std::size_t begin = line_starts_[n - 1];
  std::size_t end = text_.find('\n', begin);
  if (end == std::string::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

}  // namespace pyxc
