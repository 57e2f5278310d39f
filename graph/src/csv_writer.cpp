#include "chainex/csv_writer.hpp"

namespace chainex {

void append_csv_field(std::string& out, std::string_view field, char delimiter) {
  const bool plain = field.find_first_of(std::string_view("\"\r\n")) == std::string_view::npos &&
                     field.find(delimiter) == std::string_view::npos;
  if (plain) {
    out += field;
    return;
  }
  out += '"';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string csv_field(std::string_view field, char delimiter) {
  std::string out;
  append_csv_field(out, field, delimiter);
  return out;
}

std::string csv_row(std::span<const std::string_view> fields, char delimiter) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += delimiter;
    append_csv_field(row, fields[i], delimiter);
  }
  return row;
}

}  // namespace chainex
