// count_bytes against std::count: every length around the 32-byte lanes and the 255-round blocks, a text
// made only of the byte (every lane full), and bytes above 0x7f.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "../../graph/src/count_bytes.hpp"

namespace chainex {
namespace {

std::size_t reference_count(std::string_view text, char byte) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), byte));
}

TEST(count_bytes, matches_std_count_at_every_length_near_the_block_edges) {
  std::mt19937 random(7);
  std::string text;
  for (int i = 0; i < 3 * 32 * 255 + 100; ++i) text.push_back("ab\n\"x,"[random() % 6]);
  for (const std::size_t length :
       {std::size_t{0}, std::size_t{1}, std::size_t{31}, std::size_t{32}, std::size_t{33}, std::size_t{32 * 255 - 1},
        std::size_t{32 * 255}, std::size_t{32 * 255 + 1}, std::size_t{2 * 32 * 255 + 17}, text.size()}) {
    const std::string_view part(text.data(), length);
    EXPECT_EQ(count_bytes(part, '\n'), reference_count(part, '\n')) << length;
    EXPECT_EQ(count_bytes(part, '"'), reference_count(part, '"')) << length;
    EXPECT_EQ(count_bytes(part, 'z'), 0u) << length;
  }
}

TEST(count_bytes, a_text_of_only_that_byte_counts_every_byte) {
  const std::string text(5 * 32 * 255 + 3, '\n');
  EXPECT_EQ(count_bytes(text, '\n'), text.size());
}

TEST(count_bytes, counts_bytes_above_0x7f) {
  const std::string text = "\xe4\xb8\xad\xe5\x9b\xbd\xe4";
  EXPECT_EQ(count_bytes(text, '\xe4'), 2u);
}

}  // namespace
}  // namespace chainex
