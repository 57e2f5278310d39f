// vocabulary.hpp — the words synthetic nodes are named with: markets, roles, sectors, name parts.
//
// Plain tables, ordered where order matters: markets from the most to the least frequent destination
// of Chinese outbound investment (the generator draws low indices more often), roles with the relative
// weight of how often an overseas subsidiary performs them. No entry contains a comma or a quote, so
// the CSV writer never needs to quote.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace chainex::generator {

struct market_entry {
  std::string_view code;  // ISO 3166-1 alpha-2
  std::string_view name;
};

struct role_entry {
  std::string_view code;  // the role token of datasets/README.md (graded by query/position.hpp)
  std::string_view name;
  std::uint32_t weight;  // relative frequency among subsidiaries
};

[[nodiscard]] std::span<const market_entry> markets();
[[nodiscard]] std::span<const role_entry> roles();
[[nodiscard]] std::span<const std::string_view> sectors();
[[nodiscard]] std::span<const std::string_view> company_syllables();  // capitalised pinyin syllables
[[nodiscard]] std::span<const std::string_view> company_suffixes();
[[nodiscard]] std::span<const std::string_view> facilities();  // kinds of overseas subsidiary
[[nodiscard]] std::span<const std::string_view> surnames();
[[nodiscard]] std::span<const std::string_view> given_syllables();  // lower-case pinyin syllables

}  // namespace chainex::generator
