// Support for `#omp` annotations lowered to `#pragma omp`: exceptions may not leave a
// parallel region in C++, so each region records the first one and re-raises it after.
#pragma once

#include <exception>
#include <mutex>

namespace pyxc {

class omp_errors {
 public:
  /// Inside a catch block in a parallel region: keeps the first exception raised.
  void capture() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!first_) first_ = std::current_exception();
  }
  /// After the region: raises the kept exception, if any.
  void rethrow() const {
    if (first_) std::rethrow_exception(first_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr first_;
};

}  // namespace pyxc
