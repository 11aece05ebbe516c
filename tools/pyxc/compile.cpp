#include "tools/pyxc/compile.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>

namespace pyxc::driver {

std::vector<std::string> compile_flags(const CompileJob& job) {
  std::vector<std::string> flags = {"-std=c++20", "-O" + std::to_string(job.opt_level), "-fPIC",
                                    "-fvisibility=hidden", "-DNDEBUG"};
  // Python's float results are plain IEEE operations: no fused multiply-add, even where
  // -march=native offers one, and no vectorizer rewrites that fuse complex arithmetic.
  flags.push_back("-ffp-contract=off");
  // Nothing reads errno after a math call (domain errors are tested on the arguments), so the
  // compiler may treat sqrt & co. as pure: a bare sqrtsd instead of a test and a libm call
  // for negative arguments, whose clobbers would also keep loop-invariant loads in loops.
  flags.push_back("-fno-math-errno");
  if (job.native) {
    flags.push_back("-march=native");
    if (job.kind == CompilerKind::Gcc) flags.push_back("-fno-tree-slp-vectorize");
  }
  if (job.debug) flags.push_back("-g");
  if (job.openmp) flags.push_back("-fopenmp");
  for (const auto& dir : job.include_dirs) flags.push_back("-I" + dir);
  for (const auto& def : job.user_defines) flags.push_back("-D" + def);
  for (const auto& undef : job.user_undefines) flags.push_back("-U" + undef);
  for (const auto& dir : job.user_include_dirs) flags.push_back("-I" + dir);
  return flags;
}

std::vector<std::string> compile_command(const CompileJob& job,
                                         const std::vector<std::string>& extra,
                                         const std::string& cpp_path,
                                         const std::string& object_path) {
  std::vector<std::string> argv = {job.cxx};
  for (auto& flag : compile_flags(job)) argv.push_back(std::move(flag));
  argv.insert(argv.end(), extra.begin(), extra.end());
  argv.push_back("-c");
  argv.push_back("-o");
  argv.push_back(object_path);
  argv.push_back(cpp_path);
  return argv;
}

std::vector<std::string> precompile_command(const CompileJob& job, const std::string& header_path,
                                            const std::string& pch_path) {
  std::vector<std::string> argv = {job.cxx};
  for (auto& flag : compile_flags(job)) argv.push_back(std::move(flag));
  // Clang can instantiate the header's pending templates once, in the PCH, instead of in
  // every module that includes it: about 12% of a module's compile time (same object code).
  // -fpch-codegen: the header's inline functions are compiled once, into an object of their
  // own (pch.cpp builds it), which every module links instead of compiling them again.
  if (job.kind == CompilerKind::Clang)
    for (const char* arg : {"-fpch-instantiate-templates", "-fpch-codegen"}) argv.push_back(arg);
  for (const char* arg : {"-x", "c++-header"}) argv.push_back(arg);
  argv.push_back(header_path);
  argv.push_back("-o");
  argv.push_back(pch_path);
  return argv;
}

std::vector<std::string> link_flags(const CompileJob& job) {
  std::vector<std::string> flags = {"-shared"};
  if (job.debug) flags.push_back("-g");
  if (job.openmp) flags.push_back("-fopenmp");
  if (!job.linker.empty()) flags.push_back("-fuse-ld=" + job.linker);
  for (const auto& dir : job.lib_dirs) flags.push_back("-L" + dir);
  return flags;
}

std::vector<std::string> link_command(const CompileJob& job, const std::string& object_path,
                                      const std::string& output_path) {
  std::vector<std::string> argv = {job.cxx};
  for (auto& flag : link_flags(job)) argv.push_back(std::move(flag));
  argv.push_back("-o");
  argv.push_back(output_path);
  argv.push_back(object_path);
  argv.insert(argv.end(), job.link_objects.begin(), job.link_objects.end());
  // Only the precompiled runtime's functions the module calls are kept.
  if (!job.link_objects.empty()) argv.push_back("-Wl,--gc-sections");
  if (!job.export_map.empty()) argv.push_back("-Wl,--version-script=" + job.export_map);
  // Libraries after the object that needs them, as the linker reads left to right.
  for (const auto& lib : job.libs) argv.push_back("-l" + lib);
  return argv;
}

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

/// "path:LINE:COL: ..." or "path:LINE: ..." -> LINE, if the line starts with `path:`.
std::optional<std::uint32_t> line_in(std::string_view log_line, std::string_view path) {
  if (path.empty() || log_line.substr(0, path.size()) != path) return std::nullopt;
  std::size_t i = path.size();
  if (i >= log_line.size() || log_line[i] != ':') return std::nullopt;
  ++i;
  std::uint32_t n = 0;
  std::size_t digits = 0;
  for (; i < log_line.size() && std::isdigit(static_cast<unsigned char>(log_line[i]));
       ++i, ++digits)
    n = n * 10 + static_cast<std::uint32_t>(log_line[i] - '0');
  if (digits == 0 || i >= log_line.size() || log_line[i] != ':') return std::nullopt;
  return n;
}

bool is_error_line(std::string_view line) {
  return line.find(": error: ") != std::string_view::npos ||
         line.find(": fatal error: ") != std::string_view::npos;
}

/// The Python line of the statement that generated C++ line `cpp_line`: the nearest
/// `// file.py:N` comment above it, not looking past the end of an earlier top-level
/// function (a `}` in column 0), since code before a function's first statement comment
/// (its signature, the module glue) belongs to no statement.
std::uint32_t python_line_for(std::string_view cpp_text, std::uint32_t cpp_line) {
  static const std::regex comment(R"(^\s*//\s*\S*\.py:(\d+)\b)");
  auto lines = split_lines(cpp_text);
  for (std::size_t i = std::min<std::size_t>(cpp_line, lines.size()); i-- > 0;) {
    std::string line(lines[i]);
    std::smatch m;
    if (std::regex_search(line, m, comment)) return static_cast<std::uint32_t>(std::stoul(m[1]));
    if (i + 1 < cpp_line && !line.empty() && line[0] == '}') break;
  }
  return 0;
}

/// "file.py:LINE:..." at the start of an error line, from `#line` directives in the C++.
std::optional<std::uint32_t> python_line_of_error(std::string_view line) {
  static const std::regex located(R"(^[^:]*\.py:(\d+):)");
  std::string text(line);
  std::smatch m;
  if (std::regex_search(text, m, located)) return static_cast<std::uint32_t>(std::stoul(m[1]));
  return std::nullopt;
}

}  // namespace

CppErrorSite locate_first_error(std::string_view log, const std::string& cpp_path,
                                std::string_view cpp_text) {
  CppErrorSite site;
  auto lines = split_lines(log);
  std::size_t first = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_error_line(lines[i])) {
      first = i;
      break;
    }
  }
  if (first == lines.size()) {
    // A linker failure or a crash: no located error; quote the first line that says "error".
    for (auto line : lines)
      if (line.find("error") != std::string_view::npos) {
        site.first_error = std::string(trim(line));
        break;
      }
    if (site.first_error.empty() && !lines.empty()) site.first_error = std::string(trim(lines[0]));
    return site;
  }
  site.first_error = std::string(trim(lines[first]));
  if (auto py = python_line_of_error(lines[first])) {
    site.python_line = *py;
    return site;
  }

  std::optional<std::uint32_t> cpp_line = line_in(lines[first], cpp_path);
  // g++: the instantiation context precedes the error ("file.cpp:40:12:   required from here").
  for (std::size_t i = first; !cpp_line && i-- > 0;) {
    if (is_error_line(lines[i])) break;
    cpp_line = line_in(lines[i], cpp_path);
  }
  // clang: it follows ("file.cpp:40:12: note: in instantiation of ... requested here").
  for (std::size_t i = first + 1; !cpp_line && i < lines.size() && !is_error_line(lines[i]); ++i)
    cpp_line = line_in(lines[i], cpp_path);
  if (cpp_line) site.python_line = python_line_for(cpp_text, *cpp_line);
  return site;
}

void report_internal_error(Diagnostics& diags, const CppErrorSite& site,
                           const std::string& log_path) {
  const SourceFile& file = diags.file();
  SourceRange range{{1, 1}, {1, 1}};
  if (site.python_line > 0 && site.python_line <= file.line_count()) {
    std::string_view text = file.line(site.python_line);
    std::uint32_t indent = 0;
    while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\t')) ++indent;
    range = {{site.python_line, indent + 1},
             {site.python_line,
              static_cast<std::uint32_t>(std::max<std::size_t>(text.size(), indent + 1)) + 1}};
  }
  diags.report(DiagId::internal_compiler_error, range, log_path);
  if (!site.first_error.empty()) {
    std::string quoted = site.first_error;
    if (quoted.size() > 300) quoted = quoted.substr(0, 297) + "...";
    diags.report(DiagId::note_previous, range, "first C++ error: " + quoted);
  }
}

}  // namespace pyxc::driver
