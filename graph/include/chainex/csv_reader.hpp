// csv_reader.hpp — an RFC 4180 reader for the CSV files people really have.
//
// Reads records from text held in memory (a mapped file or an uploaded body): quoted fields, `""` escapes,
// newlines inside quotes, CRLF or LF, a UTF-8 byte-order mark, a missing final newline, and `,` `;` or tab
// as the delimiter (detected from the header line unless given). Invalid UTF-8 and NUL bytes are errors.
// Fields are views valid until the next call to next(); the hot loop allocates nothing per field.
// Errors are thrown as data_error with file, line and column, counted as a text editor counts them
// (a newline inside quotes moves the line).
//
//   csv_reader reader("nodes.csv", text);
//   csv_record record;
//   while (reader.next(record)) { use(record.fields[0]); }
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/diagnostic.hpp"

namespace chainex {

struct csv_options {
  char delimiter = '\0';                    // '\0': detect from the first line among , ; and tab
  std::size_t max_field_bytes = 16u << 20;  // a longer field is an error, not an allocation
  std::size_t first_line = 1;               // the line number of the text's first line (reading a part of a file)
};

struct csv_record {
  std::size_t line = 0;  // line on which the record starts
  std::span<const std::string_view> fields;
};

class csv_reader {
 public:
  // `text` must outlive the reader. `file` names the input in diagnostics.
  csv_reader(std::string file, std::string_view text, csv_options options = {});

  // Reads the next record into `record`; false at the end of the input. Blank lines are skipped.
  // Throws data_error on malformed input.
  bool next(csv_record& record);

  [[nodiscard]] char delimiter() const noexcept { return delimiter_; }
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  // How far reading has come, for progress reports.
  [[nodiscard]] std::size_t bytes_read() const noexcept { return cursor_; }
  [[nodiscard]] std::size_t bytes_total() const noexcept { return text_.size(); }
  // Where the record returned last starts in the text: a reader over text.substr(record_offset()) with
  // first_line = record.line reads the same record again (to locate a field after the reader moved on).
  [[nodiscard]] std::size_t record_offset() const noexcept { return record_begin_; }

  // The position of field `index` of the record returned last (1-based line and column), for messages
  // about a field's value. `index == fields.size()` gives the position just past the record's last field.
  [[nodiscard]] diagnostic locate(std::size_t index, std::string message) const;

 private:
  struct field_slot {
    std::size_t begin;   // byte offset where the field starts in text_ (its opening quote, if any)
    std::size_t offset;  // where its content starts: in text_, or in unescaped_ when escaped
    std::size_t length;
    bool escaped;
  };

  void read_plain_field();
  void read_quoted_field();
  [[noreturn]] void fail_too_long(std::size_t field_begin) const;
  [[noreturn]] void fail_after_closing_quote(std::size_t byte_offset) const;
  [[noreturn]] void fail_at(std::size_t byte_offset, std::string message) const;
  [[nodiscard]] diagnostic position_of(std::size_t byte_offset, std::string message) const;
  void validate_utf8(std::size_t begin, std::size_t end) const;
  char detect_delimiter() const;

  std::string file_;
  std::string_view text_;
  csv_options options_;
  char delimiter_;
  std::size_t cursor_ = 0;
  std::size_t line_ = 1;          // line at cursor_
  std::size_t record_begin_ = 0;  // byte offset where the last record starts
  std::size_t record_line_ = 1;
  std::size_t record_end_ = 0;  // byte offset just past the last record's last field
  std::vector<field_slot> slots_;
  std::vector<std::string_view> views_;
  std::string unescaped_;
};

}  // namespace chainex
