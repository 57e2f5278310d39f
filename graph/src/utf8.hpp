// utf8.hpp — the few facts about UTF-8 that reading text files needs.
//
// `skip_ascii` is the fast path of validation: it jumps over plain ASCII eight bytes at a time and stops at
// the first byte that needs a closer look (a NUL or a byte of a multi-byte character). `sequence_length`
// then checks one character strictly (no overlong forms, no surrogates, nothing above U+10FFFF), and
// `is_continuation` is what column counting needs: every byte that is not a continuation starts a character.
//
//   for (auto at = utf8::skip_ascii(text, 0, end); at < end; at = utf8::skip_ascii(text, at, end)) {
//     if (text[at] == '\0' || utf8::sequence_length(text, at) == 0) reject(at);
//     at += utf8::sequence_length(text, at);
//   }
#pragma once

#include <cstddef>
#include <string_view>

namespace chainex::utf8 {

// True for the bytes 0x80..0xBF, which continue a multi-byte character.
[[nodiscard]] constexpr bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0u) == 0x80u; }

// The first offset in [from, to) holding a NUL or a byte above 0x7f, or `to` when there is none.
[[nodiscard]] std::size_t skip_ascii(std::string_view text, std::size_t from, std::size_t to) noexcept;

// The length (1 to 4) of the well-formed character starting at text[at], or 0 when the bytes there are not
// one: a stray continuation byte, an invalid lead byte, an overlong form, a surrogate, a code point above
// U+10FFFF, or a character cut short by a non-continuation byte or by the end of `text`.
[[nodiscard]] std::size_t sequence_length(std::string_view text, std::size_t at) noexcept;

}  // namespace chainex::utf8
