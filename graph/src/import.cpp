#include "chainex/import.hpp"

#include <algorithm>
#include <set>
#include <optional>
#include <variant>

#include "chainex/csv_reader.hpp"
#include "import_plan.hpp"
#include "mapped_file.hpp"
#include "parallel_edges.hpp"
#include "value_parse.hpp"

namespace chainex {
namespace {

constexpr std::size_t progress_every_records = 1u << 16;
constexpr std::string_view default_kind = "node";
constexpr std::string_view default_relation = "linked";

bool is_known_kind(std::string_view kind) {
  return kind == "enterprise" || kind == "subsidiary" || kind == "market" || kind == "role" || kind == "person";
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

// A row as it would stand in a CSV file, for the report of rejected rows.
std::string row_text(std::span<const std::string_view> fields, char delimiter) {
  std::string text;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) text += delimiter;
    const std::string_view field = fields[i];
    if (field.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos) {
      text += field;
      continue;
    }
    text += '"';
    for (const char c : field) {
      if (c == '"') text += '"';
      text += c;
    }
    text += '"';
  }
  return text;
}

// The bytes of one input: a mapped file or text held in memory.
class input_text {
 public:
  explicit input_text(const csv_input& input) {
    if (input.in_memory) {
      text_ = input.text;
    } else {
      mapped_.emplace(input.path);
      text_ = mapped_->text();
    }
  }
  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  void release_before(std::size_t offset) noexcept {
    if (mapped_) mapped_->release_before(offset);
  }

 private:
  std::optional<mapped_file> mapped_;
  std::string_view text_;
};

struct node_origin {
  std::uint32_t line;
  std::uint32_t file;
};

class importer {
 public:
  importer(const csv_source& source, const import_options& options) : source_(source), options_(options) {
    for (const auto* files : {&source.node_files, &source.edge_files}) {
      for (const auto& input : *files) {
        if (input.in_memory) {
          bytes_total_ += input.text.size();
        } else {
          std::error_code ignored;
          const auto size = std::filesystem::file_size(input.path, ignored);
          if (!ignored) bytes_total_ += static_cast<std::size_t>(size);
        }
      }
    }
  }

  import_result run() {
    if (source_.node_files.empty()) error({"", 0, 0, "no nodes file given"});
    for (const auto& input : source_.node_files) {
      if (stopped_) break;
      read_file(input, table_kind::nodes);
    }
    for (const auto& input : source_.edge_files) {
      if (stopped_) break;
      read_file(input, table_kind::edges);
    }
    report_.ok = report_.error_count == 0;
    import_result result;
    if (report_.ok) {
      report_.nodes = builder_.node_count();
      report_.edges = builder_.edge_count();
      result.graph = std::move(builder_).build();
      auto parallel = find_parallel_edges(*result.graph, edges_file_name(), options_.max_reported);
      for (auto& warning : parallel.listed) warn(std::move(warning));
      report_.warning_count += parallel.count - parallel.listed.size();
    }
    result.report = std::move(report_);
    return result;
  }

 private:
  std::string edges_file_name() const {
    return source_.edge_files.size() == 1 ? source_.edge_files.front().name : std::string();
  }

  void error(diagnostic where) {
    ++report_.error_count;
    if (report_.errors.size() < options_.max_reported) report_.errors.push_back(std::move(where));
  }

  void warn(diagnostic where) {
    ++report_.warning_count;
    if (report_.warnings.size() < options_.max_reported) report_.warnings.push_back(std::move(where));
  }

  // A row that cannot be loaded: an error, or under skip_bad a rejected row while the tolerance holds.
  void reject(const csv_reader& reader, const csv_record& record, diagnostic why) {
    if (!options_.skip_bad) {
      error(std::move(why));
      return;
    }
    ++report_.skipped;
    if (report_.skipped > options_.max_bad) {
      error({why.file, why.line, 0,
             "more than " + std::to_string(options_.max_bad) + " bad rows (the --max-bad tolerance); import stopped"});
      stopped_ = true;
      return;
    }
    report_.rejected.push_back({std::move(why), row_text(record.fields, reader.delimiter())});
  }

  void read_file(const csv_input& input, table_kind table) {
    try {
      input_text bytes(input);
      csv_reader reader(input.name, bytes.text(), {options_.delimiter});
      csv_record record;
      if (!reader.next(record)) {
        error({input.name, 0, 0, "the file is empty: a header row is required"});
        return;
      }
      const std::vector<std::string_view> header_fields(record.fields.begin(), record.fields.end());
      const table_plan plan = plan_table(table, header_fields, options_.convention, input.name);
      note_convention(plan.convention, input.name);
      const auto columns = property_columns(plan, table);
      const auto file_index = static_cast<std::uint32_t>(file_names_.size());
      file_names_.push_back(input.name);
      std::size_t rows = 0;
      const std::size_t done_before = report_.bytes;
      while (!stopped_ && reader.next(record)) {
        if (record.fields.size() != plan.columns.size()) {
          reject(reader, record,
                 reader.locate(std::min(record.fields.size(), plan.columns.size()),
                               "row has " + std::to_string(record.fields.size()) + " fields, the header has " +
                                   std::to_string(plan.columns.size())));
        } else if (table == table_kind::nodes) {
          read_node(reader, record, plan, columns, file_index);
        } else {
          read_edge(reader, record, plan, columns);
        }
        if (++rows % progress_every_records == 0) {
          report_.bytes = done_before + reader.bytes_read();
          bytes.release_before(reader.bytes_read());
          if (options_.on_progress) options_.on_progress({input.name, report_.bytes, bytes_total_});
        }
      }
      report_.bytes = done_before + bytes.text().size();
      if (options_.on_progress) options_.on_progress({input.name, report_.bytes, bytes_total_});
    } catch (const data_error& failure) {
      error(failure.where());
      stopped_ = true;
    }
  }

  void note_convention(csv_convention convention, const std::string& file) {
    if (report_.convention == csv_convention::automatic) {
      report_.convention = convention;
    } else if (report_.convention != convention) {
      warn({file, 1, 0, "this file follows the " + std::string(to_string(convention)) +
                            " convention, earlier files the " + std::string(to_string(report_.convention))});
    }
  }

  // The builder column of each property column of the plan (SIZE_MAX for other roles).
  std::vector<std::size_t> property_columns(const table_plan& plan, table_kind table) {
    std::vector<std::size_t> columns(plan.columns.size(), SIZE_MAX);
    for (std::size_t i = 0; i < plan.columns.size(); ++i) {
      const auto& column = plan.columns[i];
      const bool kept = column.role == column_role::property ||
                        (column.role == column_role::id && !column.property.empty() && column.property != "id");
      if (!kept) continue;
      columns[i] = table == table_kind::nodes ? builder_.node_column(column.property, column.type)
                                              : builder_.edge_column(column.property, column.type);
    }
    if (plan.labels) labels_column_ = builder_.node_column("labels");
    return columns;
  }

  // Checks every typed property of the row; the first bad value is the row's error.
  std::optional<diagnostic> check_properties(const csv_reader& reader, const csv_record& record,
                                             const table_plan& plan) const {
    for (std::size_t i = 0; i < plan.columns.size(); ++i) {
      const auto& column = plan.columns[i];
      if (column.role != column_role::property || record.fields[i].empty()) continue;
      const std::string why = check_value(column.type, record.fields[i]);
      if (!why.empty())
        return reader.locate(i, "column '" + column.property + "': " + why + " ('" + std::string(record.fields[i]) + "')");
    }
    return std::nullopt;
  }

  std::string_view kind_of(const csv_record& record, const table_plan& plan) const {
    if (plan.kind) return record.fields[*plan.kind].empty() ? default_kind : record.fields[*plan.kind];
    if (plan.labels) {
      const std::string_view labels = record.fields[*plan.labels];
      const std::string_view first = labels.substr(0, labels.find(';'));
      return first.empty() ? default_kind : first;
    }
    return default_kind;
  }

  void read_node(const csv_reader& reader, const csv_record& record, const table_plan& plan,
                 const std::vector<std::size_t>& columns, std::uint32_t file_index) {
    const std::string_view id = record.fields[*plan.id];
    if (id.empty()) return reject(reader, record, reader.locate(*plan.id, "empty node id"));
    if (plan.convention == csv_convention::native) {
      if (record.fields[*plan.kind].empty()) return reject(reader, record, reader.locate(*plan.kind, "empty kind"));
      if (record.fields[*plan.name].empty()) return reject(reader, record, reader.locate(*plan.name, "empty name"));
    }
    if (auto bad = check_properties(reader, record, plan)) return reject(reader, record, std::move(*bad));
    if (const auto existing = builder_.find_node(id)) {
      const node_origin first = origins_[*existing];
      return reject(reader, record,
                    reader.locate(*plan.id, "duplicate node id '" + std::string(id) + "' (first defined at " +
                                                file_names_[first.file] + ":" + std::to_string(first.line) + ")"));
    }
    const std::string_view kind = kind_of(record, plan);
    const std::string_view name = plan.name && !record.fields[*plan.name].empty() ? record.fields[*plan.name] : id;
    const node_index node = *builder_.add_node(id, kind, name);
    origins_.push_back({static_cast<std::uint32_t>(record.line), file_index});
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] != SIZE_MAX && !record.fields[i].empty()) builder_.set_node_value(node, columns[i], record.fields[i]);
    }
    if (plan.labels && record.fields[*plan.labels].find(';') != std::string_view::npos)
      builder_.set_node_value(node, labels_column_, record.fields[*plan.labels]);
    if (!is_known_kind(kind) && unknown_kinds_.insert(std::string(kind)).second)
      warn(reader.locate(plan.kind ? *plan.kind : plan.labels ? *plan.labels : *plan.id,
                         "unknown node kind '" + std::string(kind) + "' (kept, shown without special styling)"));
  }

  std::optional<node_index> endpoint(const csv_reader& reader, const csv_record& record, std::size_t column,
                                     std::optional<diagnostic>& why) const {
    const std::string_view id = record.fields[column];
    if (id.empty()) {
      why = reader.locate(column, "empty node id");
      return std::nullopt;
    }
    const auto node = builder_.find_node(id);
    if (!node) why = reader.locate(column, "unknown node id '" + std::string(id) + "'");
    return node;
  }

  void read_edge(const csv_reader& reader, const csv_record& record, const table_plan& plan,
                 const std::vector<std::size_t>& columns) {
    std::optional<diagnostic> why;
    const auto source = endpoint(reader, record, *plan.source, why);
    if (!source) return reject(reader, record, std::move(*why));
    const auto target = endpoint(reader, record, *plan.target, why);
    if (!target) return reject(reader, record, std::move(*why));
    std::string_view relation = plan.relation ? record.fields[*plan.relation] : std::string_view{};
    if (relation.empty()) {
      if (plan.convention != csv_convention::gephi)
        return reject(reader, record, reader.locate(*plan.relation, "empty relation type"));
      relation = default_relation;
    }
    double weight = 1.0;
    if (plan.weight && !record.fields[*plan.weight].empty()) {
      const auto parsed_weight = parse_float(record.fields[*plan.weight]);
      if (const auto* bad = std::get_if<std::string>(&parsed_weight))
        return reject(reader, record,
                      reader.locate(*plan.weight, "weight: " + *bad + " ('" + std::string(record.fields[*plan.weight]) + "')"));
      weight = std::get<double>(parsed_weight);
    }
    bool directed = true;
    if (plan.direction && !record.fields[*plan.direction].empty()) {
      const std::string_view text = record.fields[*plan.direction];
      if (plan.convention == csv_convention::gephi) {
        if (equals_ignoring_case(text, "undirected")) {
          directed = false;
        } else if (!equals_ignoring_case(text, "directed")) {
          return reject(reader, record,
                        reader.locate(*plan.direction, "Type must be Directed or Undirected, not '" + std::string(text) + "'"));
        }
      } else {
        const auto parsed_direction = parse_boolean(text);
        if (const auto* bad = std::get_if<std::string>(&parsed_direction))
          return reject(reader, record, reader.locate(*plan.direction, "directed: " + *bad));
        directed = std::get<bool>(parsed_direction);
      }
    }
    if (auto bad = check_properties(reader, record, plan)) return reject(reader, record, std::move(*bad));

    const edge_index edge = builder_.add_edge(*source, *target, relation, weight, directed);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] != SIZE_MAX && !record.fields[i].empty()) builder_.set_edge_value(edge, columns[i], record.fields[i]);
    }
    if (weight < 0)
      warn(reader.locate(*plan.weight, "negative weight " + std::string(record.fields[*plan.weight]) +
                                           " (kept; weighted path queries refuse it)"));
    if (*source == *target) warn(reader.locate(*plan.source, "self-loop on '" + std::string(record.fields[*plan.source]) + "'"));
  }

  const csv_source& source_;
  const import_options& options_;
  import_report report_;
  snapshot_builder builder_;
  std::vector<node_origin> origins_;
  std::vector<std::string> file_names_;
  std::set<std::string> unknown_kinds_;
  std::size_t labels_column_ = 0;
  std::size_t bytes_total_ = 0;
  bool stopped_ = false;
};

}  // namespace

std::string_view to_string(csv_convention convention) noexcept {
  switch (convention) {
    case csv_convention::native: return "chainex";
    case csv_convention::gephi: return "gephi";
    case csv_convention::neo4j: return "neo4j";
    case csv_convention::automatic: break;
  }
  return "automatic";
}

csv_input csv_input::file(std::filesystem::path path) {
  csv_input input;
  input.name = path.string();
  input.path = std::move(path);
  return input;
}

csv_input csv_input::memory(std::string name, std::string text) {
  csv_input input;
  input.name = std::move(name);
  input.text = std::move(text);
  input.in_memory = true;
  return input;
}

csv_source csv_source::from_folder(const std::filesystem::path& folder) {
  csv_source source;
  source.node_files.push_back(csv_input::file(folder / "nodes.csv"));
  source.edge_files.push_back(csv_input::file(folder / "edges.csv"));
  return source;
}

import_result import_csv(const csv_source& source, const import_options& options) {
  return importer(source, options).run();
}

}  // namespace chainex
