// Helpers shared by the runtime unit tests.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "pyxc/core.hpp"

/// Expects `stmt` to raise pyxc::exception of Python class `kind` with message `msg`.
#define EXPECT_PY_RAISES(stmt, pyexc, msg)                                             \
  do {                                                                                 \
    try {                                                                              \
      (void)(stmt);                                                                    \
      ADD_FAILURE() << #stmt " did not raise " #pyexc;                                \
    } catch (const pyxc::exception& e_) {                                              \
      EXPECT_EQ(std::string(pyxc::exc_name(e_.kind)), #pyexc) << #stmt;               \
      EXPECT_EQ(e_.message, std::string(msg)) << #stmt;                                \
    }                                                                                  \
  } while (0)

/// Bitwise equality of doubles (distinguishes -0.0; any NaN equals any NaN).
inline bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::memcmp(&a, &b, sizeof a) == 0;
}
#define EXPECT_SAME_DOUBLE(a, b) EXPECT_PRED2(same_double, a, b)
