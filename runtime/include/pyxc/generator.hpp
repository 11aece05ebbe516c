// Python generators: a generator function (`def gen(n): ... yield i * i`) and a generator
// expression that is not consumed where it is written both compile to a C++20 coroutine
// returning pyxc::generator<T>. The object is a shared handle, as a Python generator is a
// shared object: `g2 = g; next(g2)` advances g too. Iterating it (`for`, list(), sum(),
// next()) resumes the coroutine once per item; a finished or failed generator stays finished.
#pragma once

#include <coroutine>
#include <exception>
#include <memory>
#include <utility>

#include "pyxc/core.hpp"

namespace pyxc {

template <class T>
class generator {
 public:
  struct promise_type {
    const T* current = nullptr;  // the operand of the pending co_yield (alive while suspended)
    std::exception_ptr error;
    long refs = 1;

    generator get_return_object() {
      return generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const T& value) noexcept {
      current = std::addressof(value);
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { error = std::current_exception(); }
  };
  using handle = std::coroutine_handle<promise_type>;

  generator() = default;
  generator(const generator& other) noexcept : h_(other.h_) {
    if (h_) ++h_.promise().refs;
  }
  generator(generator&& other) noexcept : h_(std::exchange(other.h_, nullptr)) {}
  generator& operator=(generator other) noexcept {
    std::swap(h_, other.h_);
    return *this;
  }
  ~generator() {
    if (h_ && --h_.promise().refs == 0) h_.destroy();
  }

  /// Runs the generator to its next `yield`: false when it returned (now or before). An
  /// exception raised in its body propagates here; a StopIteration escaping the body becomes
  /// RuntimeError, as in Python (PEP 479).
  bool advance() const {
    if (!h_ || h_.done()) return false;
    h_.resume();
    promise_type& p = h_.promise();
    if (p.error) {
      std::exception_ptr error = std::exchange(p.error, nullptr);
      try {
        std::rethrow_exception(error);
      } catch (const exception& e) {
        if (e.kind == exc_kind::StopIteration) raise(exc_kind::RuntimeError, "generator raised StopIteration");
        throw;
      }
    }
    return !h_.done();
  }
  /// The item of the last successful advance().
  const T& value() const { return *h_.promise().current; }

  /// Range-for support: each begin() continues where the generator stands, as `iter(g) is g`.
  struct sentinel {};
  class iterator {
   public:
    explicit iterator(const generator* g, bool live) : g_(g), live_(live) {}
    T operator*() const { return g_->value(); }
    iterator& operator++() {
      live_ = g_->advance();
      return *this;
    }
    bool operator!=(sentinel) const { return live_; }
    bool operator==(sentinel) const { return !live_; }

   private:
    const generator* g_;
    bool live_;
  };
  iterator begin() const { return iterator(this, advance()); }
  sentinel end() const { return {}; }

 private:
  explicit generator(handle h) noexcept : h_(h) {}
  handle h_ = nullptr;
};

/// next(g): the next item, or StopIteration when the generator is exhausted.
template <class T>
T next(const generator<T>& g) {
  if (!g.advance()) raise(exc_kind::StopIteration, "");
  return g.value();
}

/// next(g, default).
template <class T, class D>
T next(const generator<T>& g, const D& fallback) {
  if (!g.advance()) return static_cast<T>(fallback);
  return g.value();
}

/// A generator is always true (it is an object without __bool__ or __len__).
template <class T>
bool to_bool(const generator<T>&) {
  return true;
}

}  // namespace pyxc
