#include "tools/pyxc/hash.hpp"

#include <gtest/gtest.h>

#include <string>

namespace pyxc::driver {
namespace {

// Test vectors of FIPS 180-4 (and NIST's examples): empty, one block, two blocks, and input
// fed in pieces that straddle block boundaries.
TEST(Sha256, KnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PiecesEqualWhole) {
  std::string text(200, 'x');
  for (std::size_t i = 0; i < text.size(); ++i) text[i] = static_cast<char>('a' + i % 26);
  Sha256 pieces;
  pieces.update(text.substr(0, 63));
  pieces.update(text.substr(63, 2));
  pieces.update(text.substr(65));
  EXPECT_EQ(pieces.hex_digest(), sha256_hex(text));
}

TEST(Sha256, FieldsAreDelimited) {
  Sha256 a, b;
  a.field("ab");
  a.field("c");
  b.field("a");
  b.field("bc");
  EXPECT_NE(a.hex_digest(), b.hex_digest());
}

}  // namespace
}  // namespace pyxc::driver
