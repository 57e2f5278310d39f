// row_batch.hpp — CSV records held back for a moment, so that their id look-ups can be batched.
//
// Looking an id up in a hash table of millions is a cache miss; one at a time, an import waits for
// memory on every row. The importer reads a few hundred records into a batch, prefetches all their
// look-ups, then handles the rows in order. Fields that point into the file's text are kept as views;
// the few that the reader had to unescape are copied. locate() reads a row's record again to name the
// line and column of one of its fields, so positions cost nothing until an error needs one.
#pragma once

#include <algorithm>
#include <cstddef>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/csv_reader.hpp"
#include "count_bytes.hpp"

namespace chainex {

// Roughly how many rows a CSV text holds, from the line lengths of eight samples spread over it (files
// are often sorted, their rows shorter at one end), for reserving.
inline std::size_t estimate_rows(std::string_view text) {
  constexpr std::size_t samples = 8;
  const std::size_t sample = std::min<std::size_t>(text.size() / samples, 128u << 10);
  if (sample == 0) return count_bytes(text, '\n') + 1;
  std::size_t lines = 0;
  for (std::size_t i = 0; i < samples; ++i)
    lines += count_bytes(text.substr(i * (text.size() / samples), sample), '\n');
  return static_cast<std::size_t>(static_cast<double>(text.size()) / static_cast<double>(sample * samples) *
                                  static_cast<double>(lines));
}

struct batched_row {
  std::size_t line = 0;    // where the record starts
  std::size_t offset = 0;  // byte offset of the record in the text
  std::size_t first_field = 0;
  std::size_t field_count = 0;
  std::size_t id_hashes[2] = {0, 0};  // of the ids the row looks up (node id, or edge source and target)
};

class row_batch {
 public:
  static constexpr std::size_t capacity = 256;

  row_batch(std::string file, std::string_view text, char delimiter)
      : file_(std::move(file)), text_(text), delimiter_(delimiter) {}

  // Keeps the record that `reader` returned last. A non-empty field whose column has a non-empty
  // `prefixes` entry (an id in a neo4j-admin ID space) is kept with that prefix in front.
  void add(const csv_reader& reader, const csv_record& record, std::span<const std::string> prefixes = {}) {
    const auto first = fields_.size();
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      const std::string_view field = record.fields[i];
      if (i < prefixes.size() && !prefixes[i].empty() && !field.empty()) {
        fields_.push_back(copies_.emplace_back(prefixes[i] + std::string(field)));
        continue;
      }
      const bool in_text = field.data() >= text_.data() && field.data() + field.size() <= text_.data() + text_.size();
      fields_.push_back(in_text ? field : std::string_view(copies_.emplace_back(field)));
    }
    rows_.push_back({record.line, reader.record_offset(), first, record.fields.size()});
  }

  [[nodiscard]] const std::vector<batched_row>& rows() const noexcept { return rows_; }
  [[nodiscard]] batched_row& last() noexcept { return rows_.back(); }
  [[nodiscard]] std::span<const std::string_view> fields(const batched_row& row) const noexcept {
    return {fields_.data() + row.first_field, row.field_count};
  }
  [[nodiscard]] bool full() const noexcept { return rows_.size() >= capacity; }
  [[nodiscard]] char delimiter() const noexcept { return delimiter_; }
  void clear() {
    rows_.clear();
    fields_.clear();
    copies_.clear();
  }

  // The position of field `index` of `row` (index == field count: just past its last field).
  [[nodiscard]] diagnostic locate(const batched_row& row, std::size_t index, std::string message) const {
    // A record starts a line: read again from the line break before it, so that a record whose first
    // bytes are those of a byte-order mark is not taken for the start of a file (whose mark is skipped).
    const bool after_break = row.offset > 0 && text_[row.offset - 1] == '\n';
    csv_options options;
    options.delimiter = delimiter_;
    options.first_line = after_break ? row.line - 1 : row.line;
    csv_reader again(file_, text_.substr(after_break ? row.offset - 1 : 0), options);
    csv_record record;
    again.next(record);
    return again.locate(index, std::move(message));
  }

 private:
  std::string file_;
  std::string_view text_;
  char delimiter_;
  std::vector<batched_row> rows_;
  std::vector<std::string_view> fields_;
  std::deque<std::string> copies_;  // a deque: adding one never moves the others
};

}  // namespace chainex
