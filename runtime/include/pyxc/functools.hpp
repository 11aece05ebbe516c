// The functools module: reduce.
#pragma once

#include "pyxc/core.hpp"
#include "pyxc/functional.hpp"

namespace pyxc::functools {

/// reduce(f, xs): f(f(xs[0], xs[1]), xs[2])...; TypeError when xs is empty. Acc is the
/// accumulator's type (the join of the items' and f's result types).
template <class Acc, class F, class C>
Acc reduce(F f, const C& xs) {
  auto it = xs.begin();
  auto end = xs.end();
  if (!(it != end)) [[unlikely]]
    raise(exc_kind::TypeError, "reduce() of empty iterable with no initial value");
  Acc acc = static_cast<Acc>(*it);
  for (++it; it != end; ++it) acc = f(acc, *it);
  return acc;
}

/// reduce(f, xs, initial).
template <class Acc, class F, class C>
Acc reduce(F f, const C& xs, Acc initial) {
  Acc acc = std::move(initial);
  for (auto it = xs.begin(); it != xs.end(); ++it) acc = f(acc, *it);
  return acc;
}

}  // namespace pyxc::functools
