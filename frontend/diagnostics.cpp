#include "frontend/diagnostics.hpp"

#include <algorithm>

namespace pyxc {

namespace {
constexpr DiagInfo kDiagInfos[] = {
#define DIAG(id, severity, format) {#id, Severity::severity, format},
#include "frontend/diagnostic_kinds.def"
#undef DIAG
};

const char* severity_label(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}
}  // namespace

const DiagInfo& diag_info(DiagId id) { return kDiagInfos[static_cast<int>(id)]; }

std::vector<DiagId> all_diag_ids() {
  std::vector<DiagId> ids;
  for (std::size_t i = 0; i < std::size(kDiagInfos); ++i) ids.push_back(static_cast<DiagId>(i));
  return ids;
}

void Diagnostics::emit(DiagId id, SourceRange range, std::string message) {
  Severity severity = diag_info(id).severity;
  if (severity == Severity::Error) ++error_count_;
  fmt::print(out_, "{}:{}:{}: {}: {}\n", file_.path(), range.begin.line, range.begin.col,
             severity_label(severity), message);
  std::string_view text = file_.line(range.begin.line);
  if (!text.empty() && range.begin.col > 0) {
    // Underline from the caret to the end of the range (or of the line, if it spans lines).
    std::size_t start = range.begin.col - 1;
    std::size_t stop = range.end.line == range.begin.line ? range.end.col - 1 : text.size();
    stop = std::min(std::max(stop, start + 1), std::max(text.size(), start + 1));
    std::string marker(start, ' ');
    for (std::size_t i = 0; i < start && i < text.size(); ++i)
      if (text[i] == '\t') marker[i] = '\t';
    marker += '^';
    marker.append(stop - start - 1, '~');
    fmt::print(out_, "{}\n{}\n", text, marker);
  }
  diagnostics_.push_back({id, severity, range, std::move(message)});
}

std::string closest_name(const std::string& name, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(1, name.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    std::size_t d = edit_distance(name, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

}  // namespace pyxc
