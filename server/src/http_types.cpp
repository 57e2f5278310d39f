#include "chainex/server/http_types.hpp"

#include <algorithm>

namespace chainex::server {
namespace {

bool same_ascii_case_insensitive(std::string_view a, std::string_view b) noexcept {
  return std::ranges::equal(a, b, [](char x, char y) {
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; };
    return lower(x) == lower(y);
  });
}

}  // namespace

std::optional<std::string_view> find_header(const std::vector<header_field>& headers, std::string_view name) noexcept {
  for (const header_field& field : headers)
    if (same_ascii_case_insensitive(field.name, name)) return field.value;
  return std::nullopt;
}

void response::set(std::string_view name, std::string value) {
  for (header_field& field : headers)
    if (same_ascii_case_insensitive(field.name, name)) {
      field.value = std::move(value);
      return;
    }
  headers.push_back({std::string(name), std::move(value)});
}

}  // namespace chainex::server
