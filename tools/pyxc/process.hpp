// Running child processes (the C++ compiler, the Python probe) from argv vectors: no shell,
// so no quoting or injection issues; the program is looked up in PATH like execvp does.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace pyxc::driver {

struct ProcessResult {
  bool started = false;  // false: the program could not be run at all (see `error`)
  int exit_code = -1;    // the exit status, or 128 + signal number if it was killed
  std::string error;     // why it could not be started, or which signal killed it
  bool ok() const { return started && exit_code == 0; }
};

/// Runs `argv` with its stdout and stderr both written to `log_path` (truncated first).
ProcessResult run_to_file(const std::vector<std::string>& argv, const std::string& log_path);

/// Runs `argv`, collecting its stdout into *out; its stderr is discarded.
ProcessResult run_capture(const std::vector<std::string>& argv, std::string* out);

/// Runs `work` in a detached, nice'd process (its own session, stdin/stdout/stderr on
/// /dev/null, adopted by init) and returns at once. False if no process could be made.
bool run_detached(const std::function<void()>& work);

/// `argv` as one line a user can paste into a POSIX shell (for -v).
std::string shell_command_line(const std::vector<std::string>& argv);

}  // namespace pyxc::driver
