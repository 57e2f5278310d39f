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

}  // namespace chainex
