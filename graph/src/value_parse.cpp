#include "value_parse.hpp"

#include <charconv>
#include <cmath>

#include "chainex/dates.hpp"

namespace chainex {
namespace {

bool looks_like_hex(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  return text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
}

bool is_nan_or_infinity(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  if (text.size() < 3) return false;
  const auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  const std::string_view start(text.data(), 3);
  const bool nan = lower(start[0]) == 'n' && lower(start[1]) == 'a' && lower(start[2]) == 'n';
  const bool inf = lower(start[0]) == 'i' && lower(start[1]) == 'n' && lower(start[2]) == 'f';
  return nan || inf;
}

}  // namespace

parsed<double> parse_float(std::string_view text) {
  if (text.empty()) return std::string("empty number");
  if (is_nan_or_infinity(text)) return std::string("NaN and infinity are not allowed");
  if (looks_like_hex(text)) return std::string("hexadecimal numbers are not allowed");
  const char* first = text.data();
  if (*first == '+') ++first;                                      // from_chars refuses a leading '+'
  if (text.starts_with("+-")) return std::string("not a number");  // from_chars would read the "-…" after '+'
  double value = 0;
  const auto [end, error] = std::from_chars(first, text.data() + text.size(), value);
  if (error == std::errc::result_out_of_range) return std::string("number out of range");
  if (error != std::errc{} || end != text.data() + text.size()) return std::string("not a number");
  return value;
}

parsed<std::int64_t> parse_integer(std::string_view text) {
  if (text.empty()) return std::string("empty number");
  if (looks_like_hex(text)) return std::string("hexadecimal numbers are not allowed");
  const char* first = text.data();
  if (*first == '+') ++first;
  if (text.starts_with("+-")) return std::string("not an integer");
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(first, text.data() + text.size(), value);
  if (error == std::errc::result_out_of_range) return std::string("integer out of range");
  if (error != std::errc{} || end != text.data() + text.size()) return std::string("not an integer");
  return value;
}

parsed<bool> parse_boolean(std::string_view text) {
  if (text == "true" || text == "TRUE" || text == "True" || text == "1") return true;
  if (text == "false" || text == "FALSE" || text == "False" || text == "0") return false;
  return std::string("not a boolean (true or false)");
}

std::string check_value(value_type type, std::string_view text) {
  const auto reason = [](const auto& result) -> std::string {
    if (const auto* why = std::get_if<std::string>(&result)) return *why;
    return {};
  };
  switch (type) {
    case value_type::integer:
      return reason(parse_integer(text));
    case value_type::floating:
      return reason(parse_float(text));
    case value_type::boolean:
      return reason(parse_boolean(text));
    case value_type::date:
      return reason(parse_date(text));
    case value_type::string:
      break;
  }
  return {};
}

}  // namespace chainex
