#include "chainex/import.hpp"

#include <algorithm>
#include <set>
#include <optional>
#include <variant>

#include "chainex/csv_reader.hpp"
#include "chainex/csv_writer.hpp"
#include "import_plan.hpp"
#include "mapped_file.hpp"
#include "parallel_edges.hpp"
#include "row_batch.hpp"
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

// Roughly how many rows a CSV text holds, from the line lengths of its first megabyte.
std::size_t estimate_rows(std::string_view text) {
  const std::size_t sample = std::min<std::size_t>(text.size(), 1u << 20);
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(sample), '\n'));
  return sample == 0 ? 0 : static_cast<std::size_t>(static_cast<double>(text.size()) / static_cast<double>(sample) * static_cast<double>(lines));
}

// A row as it would stand in a CSV file, for the report of rejected rows.
std::string row_text(std::span<const std::string_view> fields, char delimiter) {
  std::string text;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) text += delimiter;
    append_csv_field(text, fields[i], delimiter);
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
  void reject(const row_batch& batch, std::span<const std::string_view> fields, diagnostic why) {
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
    report_.rejected.push_back({std::move(why), row_text(fields, batch.delimiter())});
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
      const std::size_t expected_rows = estimate_rows(bytes.text());
      if (table == table_kind::nodes) {
        builder_.reserve(builder_.node_count() + expected_rows, 0);
      } else {
        builder_.reserve(0, builder_.edge_count() + expected_rows);
      }
      std::size_t rows = 0;
      const std::size_t done_before = report_.bytes;
      row_batch batch(input.name, bytes.text(), reader.delimiter());
      while (!stopped_ && reader.next(record)) {
        batch.add(reader, record);
        prefetch(record, plan, table);
        if (batch.full()) handle(batch, plan, columns, table, file_index);
        if (++rows % progress_every_records == 0) {
          handle(batch, plan, columns, table, file_index);  // before its rows' pages are released
          report_.bytes = done_before + reader.bytes_read();
          bytes.release_before(reader.bytes_read());
          if (options_.on_progress) options_.on_progress({input.name, report_.bytes, bytes_total_});
        }
      }
      handle(batch, plan, columns, table, file_index);
      report_.bytes = done_before + bytes.text().size();
      if (options_.on_progress) options_.on_progress({input.name, report_.bytes, bytes_total_});
    } catch (const data_error& failure) {
      error(failure.where());
      stopped_ = true;
    }
  }

  // First stage of the batched look-ups: the hash slots of the ids this row will look up or add.
  void prefetch(const csv_record& record, const table_plan& plan, table_kind table) const {
    const auto fields = record.fields;
    if (fields.size() != plan.columns.size()) return;
    if (table == table_kind::nodes) {
      builder_.prefetch_node(fields[*plan.id]);
    } else {
      builder_.prefetch_node(fields[*plan.source]);
      builder_.prefetch_node(fields[*plan.target]);
    }
  }

  // Handles the batched rows in order, after a second prefetch stage for the ids' characters.
  void handle(row_batch& batch, const table_plan& plan, const std::vector<std::size_t>& columns, table_kind table,
              std::uint32_t file_index) {
    for (const auto& row : batch.rows()) {
      const auto fields = batch.fields(row);
      if (fields.size() != plan.columns.size()) continue;
      if (table == table_kind::nodes) {
        builder_.prefetch_node_text(fields[*plan.id]);
      } else {
        builder_.prefetch_node_text(fields[*plan.source]);
        builder_.prefetch_node_text(fields[*plan.target]);
      }
    }
    for (const auto& row : batch.rows()) {
      if (stopped_) break;
      const auto fields = batch.fields(row);
      if (fields.size() != plan.columns.size()) {
        reject(batch, fields,
               batch.locate(row, std::min(fields.size(), plan.columns.size()),
                            "row has " + std::to_string(fields.size()) + " fields, the header has " +
                                std::to_string(plan.columns.size())));
      } else if (table == table_kind::nodes) {
        read_node(batch, row, plan, columns, file_index);
      } else {
        read_edge(batch, row, plan, columns);
      }
    }
    batch.clear();
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
  std::optional<diagnostic> check_properties(const row_batch& batch, const batched_row& row,
                                             const table_plan& plan) const {
    const auto fields = batch.fields(row);
    for (std::size_t i = 0; i < plan.columns.size(); ++i) {
      const auto& column = plan.columns[i];
      if (column.role != column_role::property || fields[i].empty()) continue;
      const std::string why = check_value(column.type, fields[i]);
      if (!why.empty())
        return batch.locate(row, i, "column '" + column.property + "': " + why + " ('" + std::string(fields[i]) + "')");
    }
    return std::nullopt;
  }

  static std::string_view kind_of(std::span<const std::string_view> fields, const table_plan& plan) {
    if (plan.kind) return fields[*plan.kind].empty() ? default_kind : fields[*plan.kind];
    if (plan.labels) {
      const std::string_view labels = fields[*plan.labels];
      const std::string_view first = labels.substr(0, labels.find(';'));
      return first.empty() ? default_kind : first;
    }
    return default_kind;
  }

  void read_node(const row_batch& batch, const batched_row& row, const table_plan& plan,
                 const std::vector<std::size_t>& columns, std::uint32_t file_index) {
    const auto fields = batch.fields(row);
    const std::string_view id = fields[*plan.id];
    if (id.empty()) return reject(batch, fields, batch.locate(row, *plan.id, "empty node id"));
    if (plan.convention == csv_convention::native) {
      if (fields[*plan.kind].empty()) return reject(batch, fields, batch.locate(row, *plan.kind, "empty kind"));
      if (fields[*plan.name].empty()) return reject(batch, fields, batch.locate(row, *plan.name, "empty name"));
    }
    if (auto bad = check_properties(batch, row, plan)) return reject(batch, fields, std::move(*bad));
    if (const auto existing = builder_.find_node(id)) {
      const node_origin first = origins_[*existing];
      return reject(batch, fields,
                    batch.locate(row, *plan.id, "duplicate node id '" + std::string(id) + "' (first defined at " +
                                                    file_names_[first.file] + ":" + std::to_string(first.line) + ")"));
    }
    const std::string_view kind = kind_of(fields, plan);
    const std::string_view name = plan.name && !fields[*plan.name].empty() ? fields[*plan.name] : id;
    const node_index node = *builder_.add_node(id, kind, name);
    origins_.push_back({static_cast<std::uint32_t>(row.line), file_index});
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] != SIZE_MAX && !fields[i].empty()) builder_.set_node_value(node, columns[i], fields[i]);
    }
    if (plan.labels && fields[*plan.labels].find(';') != std::string_view::npos)
      builder_.set_node_value(node, labels_column_, fields[*plan.labels]);
    if (!is_known_kind(kind) && unknown_kinds_.insert(std::string(kind)).second)
      warn(batch.locate(row, plan.kind ? *plan.kind : plan.labels ? *plan.labels : *plan.id,
                        "unknown node kind '" + std::string(kind) + "' (kept, shown without special styling)"));
  }

  std::optional<node_index> endpoint(const row_batch& batch, const batched_row& row, std::size_t column,
                                     std::optional<diagnostic>& why) const {
    const std::string_view id = batch.fields(row)[column];
    if (id.empty()) {
      why = batch.locate(row, column, "empty node id");
      return std::nullopt;
    }
    const auto node = builder_.find_node(id);
    if (!node) why = batch.locate(row, column, "unknown node id '" + std::string(id) + "'");
    return node;
  }

  void read_edge(const row_batch& batch, const batched_row& row, const table_plan& plan,
                 const std::vector<std::size_t>& columns) {
    const auto fields = batch.fields(row);
    std::optional<diagnostic> why;
    const auto source = endpoint(batch, row, *plan.source, why);
    if (!source) return reject(batch, fields, std::move(*why));
    const auto target = endpoint(batch, row, *plan.target, why);
    if (!target) return reject(batch, fields, std::move(*why));
    std::string_view relation = plan.relation ? fields[*plan.relation] : std::string_view{};
    if (relation.empty()) {
      if (plan.convention != csv_convention::gephi)
        return reject(batch, fields, batch.locate(row, *plan.relation, "empty relation type"));
      relation = default_relation;
    }
    double weight = 1.0;
    if (plan.weight && !fields[*plan.weight].empty()) {
      const auto parsed_weight = parse_float(fields[*plan.weight]);
      if (const auto* bad = std::get_if<std::string>(&parsed_weight))
        return reject(batch, fields,
                      batch.locate(row, *plan.weight, "weight: " + *bad + " ('" + std::string(fields[*plan.weight]) + "')"));
      weight = std::get<double>(parsed_weight);
    }
    bool directed = true;
    if (plan.direction && !fields[*plan.direction].empty()) {
      const std::string_view text = fields[*plan.direction];
      if (plan.convention == csv_convention::gephi) {
        if (equals_ignoring_case(text, "undirected")) {
          directed = false;
        } else if (!equals_ignoring_case(text, "directed")) {
          return reject(batch, fields,
                        batch.locate(row, *plan.direction, "Type must be Directed or Undirected, not '" + std::string(text) + "'"));
        }
      } else {
        const auto parsed_direction = parse_boolean(text);
        if (const auto* bad = std::get_if<std::string>(&parsed_direction))
          return reject(batch, fields, batch.locate(row, *plan.direction, "directed: " + *bad));
        directed = std::get<bool>(parsed_direction);
      }
    }
    if (auto bad = check_properties(batch, row, plan)) return reject(batch, fields, std::move(*bad));

    const edge_index edge = builder_.add_edge(*source, *target, relation, weight, directed);
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] != SIZE_MAX && !fields[i].empty()) builder_.set_edge_value(edge, columns[i], fields[i]);
    }
    if (weight < 0)
      warn(batch.locate(row, *plan.weight, "negative weight " + std::string(fields[*plan.weight]) +
                                               " (kept; weighted path queries refuse it)"));
    if (*source == *target) warn(batch.locate(row, *plan.source, "self-loop on '" + std::string(fields[*plan.source]) + "'"));
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
