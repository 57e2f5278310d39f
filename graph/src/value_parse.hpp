// value_parse.hpp — strict parsing of the numbers, booleans and dates found in CSV fields.
//
// Each parser returns the value or a reason why the text is not one ("not a number", "out of range",
// "NaN is not allowed", …). Decimal notation only: no hex, no NaN or infinity, no surrounding spaces.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "chainex/snapshot.hpp"

namespace chainex {

template <typename T>
using parsed = std::variant<T, std::string>;  // the value, or why not

[[nodiscard]] parsed<double> parse_float(std::string_view text);
[[nodiscard]] parsed<std::int64_t> parse_integer(std::string_view text);
[[nodiscard]] parsed<bool> parse_boolean(std::string_view text);

// Why `text` is not a valid value of `type`, or "" when it is.
[[nodiscard]] std::string check_value(value_type type, std::string_view text);

}  // namespace chainex
