// The interned-string table: keys of every length (those held inside a hash slot and those kept only in
// the arena), keys that differ in a single byte, embedded NUL bytes, and growth past many rehashes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../graph/src/string_table.hpp"

namespace chainex {
namespace {

TEST(string_table, every_key_length_interns_once_and_is_found_again) {
  string_table table;
  std::vector<std::string> keys;
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string key;
    for (std::size_t i = 0; i < length; ++i) key.push_back(static_cast<char>('a' + (i * 7 + length) % 26));
    keys.push_back(key);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const auto [id, added] = table.intern(keys[i]);
    EXPECT_TRUE(added) << "length " << keys[i].size();
    EXPECT_EQ(id, i);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(table.find(keys[i]), i) << "length " << keys[i].size();
    EXPECT_EQ(table.intern(keys[i]), std::make_pair(static_cast<std::uint32_t>(i), false));
    EXPECT_EQ(table.at(static_cast<std::uint32_t>(i)), keys[i]);
  }
  EXPECT_EQ(table.size(), keys.size());
}

TEST(string_table, keys_that_differ_in_one_byte_are_different_keys) {
  for (std::size_t length = 1; length <= 40; ++length) {
    string_table table;
    const std::string base(length, 'k');
    table.intern(base);
    for (std::size_t at = 0; at < length; ++at) {
      std::string changed = base;
      changed[at] = 'q';
      EXPECT_FALSE(table.find(changed)) << "length " << length << ", byte " << at;
      EXPECT_TRUE(table.intern(changed).second) << "length " << length << ", byte " << at;
    }
    EXPECT_EQ(table.size(), length + 1);
    EXPECT_EQ(table.find(base), 0u);
  }
}

TEST(string_table, a_prefix_or_a_padded_key_is_another_key) {
  string_table table;
  const std::vector<std::string> keys = {"",
                                         std::string(1, '\0'),
                                         std::string(2, '\0'),
                                         "a",
                                         std::string("a\0", 2),
                                         "ab",
                                         std::string("a\0b", 3),
                                         std::string("a\0c", 3),
                                         "abcdefgh",
                                         std::string("abcdefgh\0", 9),
                                         "abcdefghijklmnop",
                                         "abcdefghijklmnopq"};
  for (const auto& key : keys) EXPECT_TRUE(table.intern(key).second) << key.size();
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(table.find(keys[i]), i);
}

TEST(string_table, finds_every_key_after_growing_from_empty) {
  string_table table;
  constexpr std::uint32_t count = 200'000;
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::string key = (i % 3 == 0 ? "a-long-node-identifier:" : "n:") + std::to_string(i);
    ASSERT_EQ(table.intern(key).first, i);
  }
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::string key = (i % 3 == 0 ? "a-long-node-identifier:" : "n:") + std::to_string(i);
    ASSERT_EQ(table.find(key), i);
  }
  EXPECT_FALSE(table.find("n:" + std::to_string(count)));
  EXPECT_FALSE(table.find("a-long-node-identifier:" + std::to_string(count)));
}

TEST(string_table, reserve_keeps_what_is_there) {
  string_table table;
  table.intern("first");
  table.intern("a key longer than sixteen bytes");
  table.reserve(1'000'000, 16'000'000);
  EXPECT_EQ(table.find("first"), 0u);
  EXPECT_EQ(table.find("a key longer than sixteen bytes"), 1u);
  EXPECT_EQ(table.intern("third").first, 2u);
}

}  // namespace
}  // namespace chainex
