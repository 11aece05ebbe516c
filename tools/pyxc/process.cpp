#include "tools/pyxc/process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace pyxc::driver {

namespace {

/// posix_spawn_file_actions_t with RAII cleanup.
class FileActions {
 public:
  FileActions() { posix_spawn_file_actions_init(&actions_); }
  ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

/// Spawns `argv` and waits for it. `write_end`, if >= 0, is closed in the parent right after
/// the spawn (so that reading `drain_fd` sees EOF when the child exits); `drain_fd`, if >= 0,
/// is read to EOF into *drained, then closed.
ProcessResult spawn_and_wait(const std::vector<std::string>& argv, FileActions& actions,
                             int write_end, int drain_fd, std::string* drained) {
  ProcessResult result;
  if (argv.empty()) {
    if (write_end >= 0) close(write_end);
    if (drain_fd >= 0) close(drain_fd);
    result.error = "empty command";
    return result;
  }
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], actions.get(), nullptr, args.data(), environ);
  if (write_end >= 0) close(write_end);
  if (rc != 0) {
    result.error = std::strerror(rc);
    if (drain_fd >= 0) close(drain_fd);
    return result;
  }
  result.started = true;

  if (drain_fd >= 0) {
    char buffer[4096];
    for (;;) {
      ssize_t n = read(drain_fd, buffer, sizeof buffer);
      if (n > 0) {
        drained->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        break;
      }
    }
    close(drain_fd);
  }

  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      result.error = std::strerror(errno);
      return result;
    }
  }
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.exit_code = 128 + WTERMSIG(status);
    result.error = std::string("killed by signal ") + strsignal(WTERMSIG(status));
  }
  return result;
}

}  // namespace

ProcessResult run_to_file(const std::vector<std::string>& argv, const std::string& log_path) {
  FileActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(actions.get(), STDOUT_FILENO, STDERR_FILENO);
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  return spawn_and_wait(argv, actions, -1, -1, nullptr);
}

ProcessResult run_capture(const std::vector<std::string>& argv, std::string* out) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    ProcessResult result;
    result.error = std::strerror(errno);
    return result;
  }
  FileActions actions;
  // dup2 clears FD_CLOEXEC on the child's stdout; both pipe ends close on exec otherwise.
  posix_spawn_file_actions_adddup2(actions.get(), fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(actions.get(), STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  return spawn_and_wait(argv, actions, fds[1], fds[0], out);
}

bool run_detached(const std::function<void()>& work) {
  pid_t child = fork();
  if (child < 0) return false;
  if (child > 0) {
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  // The intermediate child starts a session and forks the worker, then exits: the worker is
  // adopted by init, so nobody waits for it and a terminal's signals do not reach it. It holds
  // none of the caller's descriptors (a test harness reading our stdout must see EOF now).
  if (setsid() < 0) _exit(1);
  pid_t worker = fork();
  if (worker != 0) _exit(worker < 0 ? 1 : 0);
  int null_fd = open("/dev/null", O_RDWR);
  for (int fd = 0; fd <= 2; ++fd) dup2(null_fd, fd);
  for (int fd = 3; fd < 1024; ++fd) close(fd);
  (void)!nice(10);  // the foreground builds come first; failing to lower it is harmless
  work();
  _exit(0);
}

std::string shell_command_line(const std::vector<std::string>& argv) {
  std::string line;
  for (const auto& arg : argv) {
    if (!line.empty()) line += ' ';
    bool plain = !arg.empty();
    for (char c : arg)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || std::strchr("-_./=:,+@%", c)))
        plain = false;
    if (plain) {
      line += arg;
    } else {
      line += '\'';
      for (char c : arg) {
        if (c == '\'')
          line += "'\\''";
        else
          line += c;
      }
      line += '\'';
    }
  }
  return line;
}

}  // namespace pyxc::driver
