// utf8_check.hpp — whether text is well-formed UTF-8 (no overlong forms, surrogates or cut-short characters).
//
// The CSV reader checks files as it reads them; this is the same check for a single string, for the
// server's query parameters, which arrive percent-encoded and may decode to any bytes.
#pragma once

#include <string_view>

namespace chainex {

[[nodiscard]] bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace chainex
