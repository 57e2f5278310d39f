// libFuzzer harness for the CSV reader (graph/src/csv_reader.cpp).
//
// The first byte chooses the options (delimiter given or detected, a small field limit or the default,
// a first line other than 1); the rest is the CSV text. Every record is read to the end or to the
// data_error that stops it, and the reader's promises are checked: record lines never go backwards,
// every field's position lies on or after its record's line, and an error names a real line and column.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chainex/csv_reader.hpp"
#include "fuzz_check.hpp"

namespace {

chainex::csv_options options_from(std::uint8_t choice) {
  constexpr char delimiters[] = {'\0', ',', ';', '\t'};
  chainex::csv_options options;
  options.delimiter = delimiters[choice & 3u];
  if ((choice & 4u) != 0) options.max_field_bytes = 16;
  if ((choice & 8u) != 0) options.first_line = 1000;
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const chainex::csv_options options = options_from(data[0]);
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  try {
    chainex::csv_reader reader("fuzz.csv", text, options);
    chainex::csv_record record;
    std::size_t previous_line = options.first_line;
    while (reader.next(record)) {
      fuzz_check(record.line >= previous_line, "record lines go backwards");
      fuzz_check(reader.bytes_read() <= reader.bytes_total(), "read past the end");
      for (std::size_t i = 0; i <= record.fields.size(); ++i) {
        const chainex::diagnostic at = reader.locate(i, "here");
        fuzz_check(at.line >= record.line && at.column >= 1, "a field is placed before its record");
      }
      for (const std::string_view field : record.fields)
        fuzz_check(field.size() <= options.max_field_bytes, "a field longer than the limit was returned");
      previous_line = record.line;
    }
  } catch (const chainex::data_error& error) {
    fuzz_check(error.where().file == "fuzz.csv", "an error names another file");
    fuzz_check(error.where().line >= options.first_line && error.where().column >= 1, "an error without a position");
  }
  return 0;
}
