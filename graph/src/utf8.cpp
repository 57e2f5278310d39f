#include "utf8.hpp"

#include <cstdint>
#include <cstring>

namespace chainex::utf8 {

std::size_t skip_ascii(std::string_view text, std::size_t from, std::size_t to) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101u;
  constexpr std::uint64_t highs = 0x8080808080808080u;
  while (from + 8 <= to) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + from, sizeof word);
    // A high bit set in `word` is a non-ASCII byte; one set in (word - ones) & ~word comes from a zero byte.
    if (((word | ((word - ones) & ~word)) & highs) != 0) break;
    from += 8;
  }
  for (; from < to; ++from) {
    const auto byte = static_cast<unsigned char>(text[from]);
    if (byte == 0 || byte > 0x7f) break;
  }
  return from;
}

std::size_t sequence_length(std::string_view text, std::size_t at) noexcept {
  // Past the end reads as 0, which is never a continuation byte, so a cut-short character is rejected.
  const auto byte = [text](std::size_t index) -> unsigned {
    return index < text.size() ? static_cast<unsigned char>(text[index]) : 0u;
  };
  const unsigned lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned low = 0x80;  // the range allowed for the second byte, narrowed where RFC 3629 narrows it
  unsigned high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;   // overlong
    if (lead == 0xed) high = 0x9f;  // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;   // overlong
    if (lead == 0xf4) high = 0x8f;  // above U+10FFFF
  } else {
    return 0;
  }
  const unsigned second = byte(at + 1);
  if (second < low || second > high) return 0;
  for (std::size_t index = 2; index < length; ++index) {
    if (!is_continuation(static_cast<unsigned char>(byte(at + index)))) return 0;
  }
  return length;
}

}  // namespace chainex::utf8

namespace chainex {

bool is_valid_utf8(std::string_view text) noexcept {
  for (std::size_t at = utf8::skip_ascii(text, 0, text.size()); at < text.size();
       at = utf8::skip_ascii(text, at, text.size())) {
    if (text[at] == '\0') {
      ++at;
      continue;
    }
    const std::size_t length = utf8::sequence_length(text, at);
    if (length == 0) return false;
    at += length;
  }
  return true;
}

}  // namespace chainex
