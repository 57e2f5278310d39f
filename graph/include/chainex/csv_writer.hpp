// csv_writer.hpp — writing CSV fields the way csv_reader reads them back (RFC 4180).
//
// A field is quoted only when it must be: when it holds the delimiter, a quote, or a line break; quotes
// inside are doubled. Used by the exports, the import's rejected-row report and the CLI's CSV output.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace chainex {

void append_csv_field(std::string& out, std::string_view field, char delimiter = ',');
[[nodiscard]] std::string csv_field(std::string_view field, char delimiter = ',');
// A whole record, without its line break.
[[nodiscard]] std::string csv_row(std::span<const std::string_view> fields, char delimiter = ',');

}  // namespace chainex
