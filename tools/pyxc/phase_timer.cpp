#include "tools/pyxc/phase_timer.hpp"

#include <fmt/format.h>

namespace pyxc::driver {

void PhaseTimer::done(const std::string& phase) {
  auto now = Clock::now();
  double ms = std::chrono::duration<double, std::milli>(now - start_).count();
  if (verbose_) fmt::print(stderr, "pyxc: {} ({:.1f} ms)\n", phase, ms);
  phases_.emplace_back(phase, ms);
  start_ = now;
}

void PhaseTimer::print_summary() const {
  if (!summary_) return;
  fmt::print(stderr, "pyxc: phase times (ms):\n");
  for (const auto& [name, ms] : phases_) fmt::print(stderr, "  {:<14}{:>9.1f}\n", name, ms);
  double total = std::chrono::duration<double, std::milli>(start_ - begin_).count();
  fmt::print(stderr, "  {:<14}{:>9.1f}\n", "total", total);
}

}  // namespace pyxc::driver
