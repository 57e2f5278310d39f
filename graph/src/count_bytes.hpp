// count_bytes.hpp — how many times a byte occurs in a text, at memory speed.
//
// Cutting a large file in two needs the quotes and line breaks before the cut counted, over hundreds of
// MB, before the second thread can start. std::count adds every match into a 64-bit total, which the
// compiler vectorizes poorly (about 4 GB/s here); counting into byte-wide lanes, emptied every 255
// rounds, runs about eight times faster.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace chainex {

inline std::size_t count_bytes(std::string_view text, char byte) noexcept {
  constexpr std::size_t lanes = 32;
  constexpr std::size_t rounds = 255;  // a lane counts at most this many before it would overflow
  const char* bytes = text.data();
  std::size_t total = 0;
  std::size_t at = 0;
  while (at + lanes * rounds <= text.size()) {
    std::uint8_t counts[lanes] = {};
    for (std::size_t round = 0; round < rounds; ++round, at += lanes) {
      for (std::size_t lane = 0; lane < lanes; ++lane)
        counts[lane] = static_cast<std::uint8_t>(counts[lane] + (bytes[at + lane] == byte ? 1 : 0));
    }
    for (const std::uint8_t count : counts) total += count;
  }
  for (; at < text.size(); ++at) total += bytes[at] == byte ? 1 : 0;
  return total;
}

}  // namespace chainex
