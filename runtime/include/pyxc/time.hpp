// Python's `time` module, the clocks numerical code times itself with.
#pragma once

#include <chrono>

namespace pyxc::time {

/// time.time(): seconds since the epoch, as a float.
inline double time() {
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

/// time.perf_counter() / time.monotonic(): a monotonic clock in seconds.
inline double perf_counter() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
inline double monotonic() { return perf_counter(); }

}  // namespace pyxc::time
