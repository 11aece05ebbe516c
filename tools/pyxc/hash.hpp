// SHA-256, self-contained: the build cache names its entries by the digest of everything that
// determines a module (source, flags, compiler, interpreter, runtime headers). A
// cryptographic hash, so that two different inputs never share a cache entry in practice.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pyxc::driver {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  /// Feeds `data` with its length first, so that ("ab", "c") and ("a", "bc") differ.
  void field(std::string_view data);
  /// The digest as 64 lowercase hex digits; the object must not be updated afterwards.
  std::string hex_digest();

 private:
  void block(const unsigned char* p);
  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

/// The SHA-256 of `data` in hex.
std::string sha256_hex(std::string_view data);

/// The SHA-256 of the contents of the file at `path` in *hex; false if it cannot be read.
bool sha256_file(const std::string& path, std::string* hex);

}  // namespace pyxc::driver
