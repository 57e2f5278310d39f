#include "gleif_file.hpp"

#include <algorithm>
#include <variant>

#include "../count_bytes.hpp"
#include "../mapped_file.hpp"
#include "../row_batch.hpp"
#include "chainex/csv_reader.hpp"
#include "zip_entry.hpp"

namespace chainex {
namespace {

constexpr std::size_t piece_bytes = std::size_t{32} << 20;
constexpr std::size_t progress_every_records = 1u << 15;

using table_columns = std::variant<gleif_entity_columns, gleif_relationship_columns, gleif_exception_columns>;

table_columns columns_of(gleif_table table, std::span<const std::string_view> header, const std::string& file) {
  switch (table) {
    case gleif_table::entities:
      return entity_columns(header, file);
    case gleif_table::relationships:
      return relationship_columns(header, file);
    case gleif_table::exceptions:
      break;
  }
  return exception_columns(header, file);
}

// The records of one file, read piece by piece: the first piece starts with the header.
class record_reader {
 public:
  record_reader(const csv_input& input, gleif_loader& loader, const gleif_reading& reading)
      : input_(input), loader_(loader), reading_(reading), delimiter_(reading.delimiter) {}

  // Reads the whole records of `piece` (which ends at a record boundary; `more` when other pieces follow);
  // false once stopped.
  bool read(std::string_view piece, bool more, const std::function<void(std::size_t)>& release = {}) {
    csv_options options;
    options.delimiter = delimiter_;
    options.first_line = line_;
    csv_reader reader(input_.name, piece, options);
    csv_record record;
    if (!columns_) {
      if (!reader.next(record)) throw data_error({input_.name, 1, 1, "the file is empty: a header row is required"});
      const auto table = gleif_table_of(record.fields);
      if (!table)
        throw data_error({input_.name, 1, 0,
                          "not a GLEIF golden-copy table: expected LEI,Entity.LegalName (LEI-CDF), "
                          "Relationship.StartNode.NodeID (RR-CDF) or LEI,Exception.Category (reporting exceptions)"});
      columns_ = columns_of(*table, record.fields, input_.name);
      header_fields_ = record.fields.size();
      delimiter_ = reader.delimiter();
    }
    std::size_t rows = 0;
    while (reader.next(record)) {
      if (reading_.children_only) {
        note_child(record.fields);
      } else if (record.fields.size() != header_fields_) {
        reject_width(record, reader);
      } else {
        std::visit([&](const auto& columns) { load(columns, record.fields, reader); }, *columns_);
      }
      if (++rows % progress_every_records == 0) {
        if (release) release(reader.bytes_read());
        if (reading_.progress) reading_.progress(done_ + reader.bytes_read());
        if (reading_.stopped && reading_.stopped()) return false;
      }
    }
    done_ += piece.size();
    if (more) line_ += count_bytes(piece, '\n');  // (a mapped file's pages are not read again for it)
    if (reading_.progress) reading_.progress(done_);
    return true;
  }

  [[nodiscard]] std::size_t bytes() const noexcept { return done_; }

 private:
  void load(const gleif_entity_columns& columns, std::span<const std::string_view> fields, const csv_reader& reader) {
    loader_.load_entity(columns, fields, reader);
  }
  void load(const gleif_relationship_columns& columns, std::span<const std::string_view> fields,
            const csv_reader& reader) {
    loader_.load_relationship(columns, fields, reader);
  }
  void load(const gleif_exception_columns& columns, std::span<const std::string_view> fields,
            const csv_reader& reader) {
    loader_.load_exception(columns, fields, reader);
  }

  void note_child(std::span<const std::string_view> fields) {
    const auto* columns = std::get_if<gleif_relationship_columns>(&*columns_);
    if (columns != nullptr && fields.size() == header_fields_) loader_.note_child(fields[columns->child]);
  }

  void reject_width(const csv_record& record, const csv_reader& reader) {
    loader_.reject_row(record.fields, reader.locate(std::min(record.fields.size(), header_fields_),
                                                    "row has " + std::to_string(record.fields.size()) +
                                                        " fields, the header has " + std::to_string(header_fields_)));
  }

  const csv_input& input_;
  gleif_loader& loader_;
  const gleif_reading& reading_;
  char delimiter_;
  std::optional<table_columns> columns_;
  std::size_t header_fields_ = 0;
  std::size_t line_ = 1;
  std::size_t done_ = 0;
};

// Where the last whole record of `text` (which starts at a record boundary) ends: just past its line break.
// 0 when the text holds no whole record.
std::size_t last_record_end(std::string_view text) {
  bool quoted = count_bytes(text, '"') % 2 == 1;  // at the end of the text
  for (std::size_t at = text.size(); at-- > 0;) {
    if (text[at] == '"') {
      quoted = !quoted;
    } else if (text[at] == '\n' && !quoted) {
      return at + 1;
    }
  }
  return 0;
}

std::size_t read_zip(const csv_input& input, record_reader& records) {
  zip_entry entry(input);
  std::string buffer;
  buffer.reserve(std::min(piece_bytes, entry.size()) * 2);
  bool more = true;
  while (more) {
    more = entry.read(buffer, piece_bytes) > 0;
    const std::size_t end = more ? last_record_end(buffer) : buffer.size();
    if (end == 0) continue;  // a record longer than a piece: read on
    if (!records.read(std::string_view(buffer).substr(0, end), more)) break;
    buffer.erase(0, end);
  }
  return records.bytes();
}

}  // namespace

bool is_zip_input(const csv_input& input) {
  return input.in_memory ? is_zip_text(input.content()) : is_zip_file(input.path);
}

csv_source with_zip_members(const csv_source& source) {
  const auto expand = [](const std::vector<csv_input>& inputs) {
    std::vector<csv_input> expanded;
    for (const csv_input& input : inputs) {
      csv_input view = input.in_memory ? csv_input::view(input.name, input.content()) : csv_input::file(input.path);
      view.name = input.name;
      view.member = input.member;
      std::vector<std::string> members;
      try {
        if (is_zip_input(input) && input.member.empty()) members = zip_csv_members(input);
      } catch (const data_error&) {
        // reported when the archive is read
      }
      if (members.empty()) {
        expanded.push_back(std::move(view));
        continue;
      }
      for (std::string& member : members) {
        csv_input inside = view;
        inside.name = input.name + ":" + member;
        inside.member = std::move(member);
        expanded.push_back(std::move(inside));
      }
    }
    return expanded;
  };
  return {expand(source.node_files), expand(source.edge_files)};
}

std::optional<gleif_table> gleif_table_of_file(const csv_input& input, char delimiter) {
  std::string head;
  std::string_view text = input.content();
  std::optional<mapped_file> mapped;
  if (is_zip_input(input)) {
    zip_entry entry(input);
    while (head.find('\n') == std::string::npos && entry.read(head, 1u << 16) > 0) {
    }
    text = head;
  } else if (!input.in_memory) {
    mapped.emplace(input.path);
    text = mapped->text();
  }
  text = text.substr(0, text.find('\n'));
  csv_options options;
  options.delimiter = delimiter;
  csv_reader reader(input.name, text, options);
  csv_record record;
  if (!reader.next(record)) return std::nullopt;
  return gleif_table_of(record.fields);
}

std::size_t estimated_records(const csv_input& input) {
  const bool zipped = is_zip_input(input);
  if (input.in_memory && !zipped) return estimate_rows(input.content());
  if (!zipped) return estimate_rows(mapped_file(input.path).text());
  zip_entry entry(input);
  std::string head;
  entry.read(head, std::size_t{1} << 20);
  const std::size_t lines = count_bytes(head, '\n');
  if (lines == 0 || entry.size() == SIZE_MAX) return 0;
  return static_cast<std::size_t>(static_cast<double>(entry.size()) / static_cast<double>(head.size()) *
                                  static_cast<double>(lines));
}

std::size_t read_gleif_file(const csv_input& input, gleif_loader& loader, const gleif_reading& reading) {
  record_reader records(input, loader, reading);
  if (is_zip_input(input)) return read_zip(input, records);
  if (input.in_memory) {
    records.read(input.content(), false);
    return records.bytes();
  }
  const mapped_file mapped(input.path);
  std::size_t released = 0;
  records.read(mapped.text(), false, [&](std::size_t upto) {
    mapped.release(released, upto);
    released = upto;
  });
  return records.bytes();
}

}  // namespace chainex
