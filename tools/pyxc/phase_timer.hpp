// How long each phase of a pyxc run takes: printed as it ends under -v, and as a table at
// the end under --time-phases.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace pyxc::driver {

class PhaseTimer {
 public:
  PhaseTimer(bool verbose, bool summary) : verbose_(verbose), summary_(summary) {}
  /// Ends the phase that began at the previous call (or at construction) and names it.
  void done(const std::string& phase);
  /// Under --time-phases: every phase, in order, and the total, on stderr.
  void print_summary() const;

 private:
  using Clock = std::chrono::steady_clock;
  bool verbose_;
  bool summary_;
  Clock::time_point begin_ = Clock::now();
  Clock::time_point start_ = begin_;
  std::vector<std::pair<std::string, double>> phases_;  // name, milliseconds
};

}  // namespace pyxc::driver
