// UTF-8 primitives under pyxc::str: a Python str is stored as its UTF-8 encoding, so indices
// count code points while storage counts bytes. Every str operation first asks whether the
// text is ASCII (one word-at-a-time scan) and then works on bytes directly.
//
// Strings are assumed to be valid UTF-8 (the module glue converts with PyUnicode_AsUTF8, which
// rejects lone surrogates). Byte-wise comparison of valid UTF-8 orders strings exactly as
// CPython orders str by code points, so ==, < etc. on std::string are Python's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "pyxc/core.hpp"

namespace pyxc::utf8 {

/// True if no byte of [p, p+n) has its high bit set.
PYXC_INLINE bool is_ascii(const char* p, std::size_t n) {
  std::size_t i = 0;
  std::uint64_t acc = 0;
  for (; i + 32 <= n; i += 32) {
    std::uint64_t w[4];
    std::memcpy(w, p + i, 32);
    acc |= w[0] | w[1] | w[2] | w[3];
    if (acc & 0x8080808080808080ULL) return false;
  }
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    acc |= w;
  }
  std::uint8_t tail = 0;
  for (; i < n; ++i) tail |= static_cast<std::uint8_t>(p[i]);
  return ((acc & 0x8080808080808080ULL) | (tail & 0x80)) == 0;
}
PYXC_INLINE bool is_ascii(std::string_view s) { return is_ascii(s.data(), s.size()); }

/// The length of the longest all-ASCII prefix of [p, p+n).
inline std::size_t ascii_prefix(const char* p, std::size_t n) {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
}

/// True for a UTF-8 continuation byte (10xxxxxx).
PYXC_INLINE bool is_cont(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// The number of code points in [p, p+n).
inline std::size_t count(const char* p, std::size_t n) {
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) k += !is_cont(p[i]);
  return k;
}
inline std::size_t count(std::string_view s) { return count(s.data(), s.size()); }

/// The byte length of the sequence starting with lead byte `c`.
PYXC_INLINE int seq_len(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
}

/// Decodes the code point at s[i] and advances i past it.
PYXC_INLINE char32_t decode(std::string_view s, std::size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  char32_t cp;
  if (c < 0xE0) {
    cp = (char32_t(c & 0x1F) << 6) | b(1);
    i += 2;
  } else if (c < 0xF0) {
    cp = (char32_t(c & 0x0F) << 12) | (b(1) << 6) | b(2);
    i += 3;
  } else {
    cp = (char32_t(c & 0x07) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
    i += 4;
  }
  return cp;
}

/// Decodes the code point ending just before s[i] and moves i back to its first byte.
PYXC_INLINE char32_t decode_back(std::string_view s, std::size_t& i) {
  std::size_t j = i - 1;
  while (j > 0 && is_cont(s[j])) --j;
  i = j;
  std::size_t k = j;
  return decode(s, k);
}

/// Appends the UTF-8 encoding of cp to out.
PYXC_INLINE void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 2);
  } else if (cp < 0x10000) {
    const char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                       static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 3);
  } else {
    const char b[4] = {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                       static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 4);
  }
}

/// The byte offset of code point k (0 <= k <= count) of non-ASCII s, scanning from `from`
/// (a code point boundary) forward.
inline std::size_t offset_of(std::string_view s, std::size_t k, std::size_t from = 0) {
  std::size_t i = from;
  const std::size_t n = s.size();
  while (k > 0 && i < n) {
    i += static_cast<std::size_t>(seq_len(s[i]));
    --k;
  }
  return i;
}

/// The byte offset of the k-th code point counted back from the end (k >= 1) of s.
inline std::size_t offset_from_end(std::string_view s, std::size_t k) {
  std::size_t i = s.size();
  while (k > 0 && i > 0) {
    --i;
    if (!is_cont(s[i])) --k;
  }
  return i;
}

/// The byte offset of code point k >= 0 of s, or s.size() if s has fewer than k code points;
/// costs O(k) byte steps, mostly word-at-a-time over an ASCII prefix.
inline std::size_t byte_offset(std::string_view s, std::size_t k) {
  const std::size_t limit = k < s.size() ? k : s.size();
  const std::size_t a = ascii_prefix(s.data(), limit);
  if (a == k) return k;
  return offset_of(s, k - a, a);
}

}  // namespace pyxc::utf8

namespace pyxc {

/// len(s): the number of code points (a vectorized count of non-continuation bytes).
PYXC_INLINE int_t str_len(const str& s) { return static_cast<int_t>(utf8::count(s)); }

}  // namespace pyxc
