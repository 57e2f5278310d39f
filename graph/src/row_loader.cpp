#include "row_loader.hpp"

#include <algorithm>
#include <variant>

#include "bulk_loading.hpp"
#include "chainex/dates.hpp"
#include "huge_pages.hpp"
#include "import_defaults.hpp"
#include "value_parse.hpp"

namespace chainex {
namespace {

// The node kind a row gives: its kind column, or the first of its neo4j labels, or "node".
std::string_view kind_of(std::span<const std::string_view> fields, const table_plan& plan) {
  if (plan.kind) return fields[*plan.kind].empty() ? default_kind : fields[*plan.kind];
  if (plan.labels) {
    const std::string_view labels = fields[*plan.labels];
    const std::string_view first = labels.substr(0, labels.find(';'));
    return first.empty() ? default_kind : first;
  }
  return default_kind;
}

constexpr std::string_view lei_column = "lei";
constexpr std::string_view same_as_column = "same_as";
constexpr std::string_view lei_id_prefix = "lei:";

}  // namespace

void row_loader::reserve(std::size_t nodes, std::size_t edges, std::size_t text_bytes) {
  builder_.reserve(nodes, edges, text_bytes);
  reserve_huge(origins_, nodes);
}

std::uint32_t row_loader::begin_file(const std::string& name) {
  file_names_.push_back(name);
  return static_cast<std::uint32_t>(file_names_.size() - 1);
}

void row_loader::prefetch_slots(const row_batch& batch, batched_row& row, const table_plan& plan,
                                table_kind table) const noexcept {
  const auto fields = batch.fields(row);
  if (fields.size() != plan.columns.size()) return;
  const std::size_t first = table == table_kind::nodes ? *plan.id : *plan.source;
  row.id_hashes[0] = detail::bulk_loading::hash_id(fields[first]);
  detail::bulk_loading::prefetch_node(builder_, row.id_hashes[0]);
  if (table == table_kind::edges) {
    row.id_hashes[1] = detail::bulk_loading::hash_id(fields[*plan.target]);
    detail::bulk_loading::prefetch_node(builder_, row.id_hashes[1]);
  }
}

void row_loader::prefetch_characters(const row_batch& batch, const batched_row& row,
                                     const table_plan& plan) const noexcept {
  const auto fields = batch.fields(row);
  if (fields.size() != plan.columns.size()) return;
  detail::bulk_loading::prefetch_node_text(builder_, fields[plan.target ? *plan.source : *plan.id], row.id_hashes[0]);
  if (plan.target) detail::bulk_loading::prefetch_node_text(builder_, fields[*plan.target], row.id_hashes[1]);
}

std::vector<std::size_t> row_loader::property_columns(const table_plan& plan, table_kind table) {
  std::vector<std::size_t> columns(plan.columns.size(), SIZE_MAX);
  lei_fields_.clear();
  for (std::size_t i = 0; i < plan.columns.size(); ++i) {
    const auto& column = plan.columns[i];
    if (table == table_kind::nodes && column.role == column_role::property &&
        (column.property == lei_column || column.property == same_as_column))
      lei_fields_.push_back(i);
    const bool kept = column.role == column_role::property ||
                      (column.role == column_role::id && !column.property.empty() && column.property != "id");
    if (!kept) continue;
    columns[i] = table == table_kind::nodes ? builder_.node_column(column.property, column.type, column.array)
                                            : builder_.edge_column(column.property, column.type, column.array);
  }
  return columns;
}

// Checks every typed property of the row (each element of an array); the first bad value is the row's error.
std::optional<diagnostic> row_loader::check_properties(const row_batch& batch, const batched_row& row,
                                                       const table_plan& plan) const {
  const auto fields = batch.fields(row);
  for (std::size_t i = 0; i < plan.columns.size(); ++i) {
    const auto& column = plan.columns[i];
    if (column.role != column_role::property || fields[i].empty() || column.type == value_type::string) continue;
    std::string_view rest = fields[i];
    for (std::size_t element = 1;; ++element) {
      const std::size_t end = column.array ? rest.find(array_delimiter) : std::string_view::npos;
      const std::string_view value = rest.substr(0, end);
      const std::string why = check_value(column.type, value);
      if (!why.empty()) {
        std::string message = "column '" + column.property + "'";
        if (column.array) message += " element " + std::to_string(element);
        message += ": " + why + " ('";
        message += value;
        message += "')";
        return batch.locate(row, i, std::move(message));
      }
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
  }
  return check_lifespan_of(batch, row, plan);
}

// An until before its since (at the until), a since_basis none of the three (at the basis).
std::optional<diagnostic> row_loader::check_lifespan_of(const row_batch& batch, const batched_row& row,
                                                        const table_plan& plan) const {
  const auto fields = batch.fields(row);
  const auto field = [&](const std::optional<std::size_t>& column) {
    return column ? fields[*column] : std::string_view{};
  };
  if (plan.since && plan.until) {
    if (std::string why = check_lifespan(field(plan.since), field(plan.until)); !why.empty())
      return batch.locate(row, *plan.until, std::move(why));
  }
  if (plan.since_basis) {
    if (std::string why = check_since_basis(field(plan.since_basis)); !why.empty())
      return batch.locate(row, *plan.since_basis, std::move(why));
  }
  return std::nullopt;
}

void row_loader::load_node(const row_batch& batch, const batched_row& row, const table_plan& plan,
                           const std::vector<std::size_t>& columns, std::uint32_t file_index) {
  const auto fields = batch.fields(row);
  const std::string_view id = fields[*plan.id];
  if (id.empty()) return events_.reject(batch, fields, batch.locate(row, *plan.id, "empty node id"));
  if (plan.convention == csv_convention::native) {
    if (fields[*plan.kind].empty()) return events_.reject(batch, fields, batch.locate(row, *plan.kind, "empty kind"));
    if (fields[*plan.name].empty()) return events_.reject(batch, fields, batch.locate(row, *plan.name, "empty name"));
  }
  if (auto bad = check_properties(batch, row, plan)) return events_.reject(batch, fields, std::move(*bad));
  if (const auto existing = detail::bulk_loading::find_node(builder_, id, row.id_hashes[0])) {
    const node_origin first = origins_[*existing];
    return events_.reject(batch, fields,
                          batch.locate(row, *plan.id,
                                       "duplicate node id '" + std::string(id) + "' (first defined at " +
                                           file_names_[first.file] + ":" + std::to_string(first.line) + ")"));
  }
  const std::string_view kind = kind_of(fields, plan);
  const std::string_view name = plan.name && !fields[*plan.name].empty() ? fields[*plan.name] : id;
  const node_index node = *detail::bulk_loading::add_node(builder_, id, row.id_hashes[0], kind, name);
  origins_.push_back({static_cast<std::uint32_t>(row.line), file_index});
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == SIZE_MAX || fields[i].empty()) continue;
    // An id kept as a property (`companyId:ID(Company)`) keeps the id as written, without its space.
    const std::size_t prefix = i == *plan.id && !plan.id_prefixes.empty() ? plan.id_prefixes[i].size() : 0;
    builder_.set_node_value(node, columns[i], fields[i].substr(prefix));
  }
  for (const std::size_t field : lei_fields_) {
    std::string_view lei = fields[field];
    if (plan.columns[field].property == same_as_column && !lei.starts_with(lei_id_prefix)) continue;
    if (lei.starts_with(lei_id_prefix)) lei.remove_prefix(lei_id_prefix.size());
    if (!lei.empty()) lei_links_.emplace_back(lei, node);
  }
  if (plan.labels && fields[*plan.labels].find(';') != std::string_view::npos) {
    if (!labels_column_) labels_column_ = builder_.node_column("labels");
    builder_.set_node_value(node, *labels_column_, fields[*plan.labels]);
  }
  if (!is_known_kind(kind) && unknown_kinds_.insert(std::string(kind)).second)
    events_.warn(batch.locate(row,
                              plan.kind     ? *plan.kind
                              : plan.labels ? *plan.labels
                                            : *plan.id,
                              "unknown node kind '" + std::string(kind) + "' (kept, shown without special styling)"));
}

std::optional<node_index> row_loader::endpoint(const row_batch& batch, const batched_row& row, const table_plan& plan,
                                               std::size_t column, std::size_t id_hash,
                                               std::optional<diagnostic>& why) const {
  const std::string_view id = batch.fields(row)[column];
  if (id.empty()) {
    why = batch.locate(row, column, "empty node id");
    return std::nullopt;
  }
  const auto node = detail::bulk_loading::find_node(builder_, id, id_hash);
  if (node) return node;
  const std::string& space = plan.columns[column].id_space;
  why = batch.locate(
      row, column,
      space.empty() ? "unknown node id '" + std::string(id) + "'"
                    : "unknown node id '" + std::string(id.substr(space.size() + 1)) + "' in ID space '" + space + "'");
  return node;
}

void row_loader::load_edge(const row_batch& batch, const batched_row& row, const table_plan& plan,
                           const std::vector<std::size_t>& columns) {
  if (const auto edge = read_edge(batch, row, plan, events_)) add_edge(*edge, batch.fields(row), columns);
}

std::optional<edge_row> row_loader::read_edge(const row_batch& batch, const batched_row& row, const table_plan& plan,
                                              listener& events) const {
  const auto fields = batch.fields(row);
  const auto reject = [&](diagnostic why) -> std::optional<edge_row> {
    events.reject(batch, fields, std::move(why));
    return std::nullopt;
  };
  std::optional<diagnostic> why;
  edge_row edge;
  const auto source = endpoint(batch, row, plan, *plan.source, row.id_hashes[0], why);
  if (!source) return reject(std::move(*why));
  const auto target = endpoint(batch, row, plan, *plan.target, row.id_hashes[1], why);
  if (!target) return reject(std::move(*why));
  edge.source = *source;
  edge.target = *target;
  edge.relation = plan.relation ? fields[*plan.relation] : std::string_view{};
  if (edge.relation.empty()) {
    if (plan.convention != csv_convention::gephi)
      return reject(batch.locate(row, *plan.relation, "empty relation type"));
    edge.relation = default_relation;
  }
  if (plan.weight && !fields[*plan.weight].empty()) {
    const auto parsed_weight = parse_float(fields[*plan.weight]);
    if (const auto* bad = std::get_if<std::string>(&parsed_weight))
      return reject(
          batch.locate(row, *plan.weight, "weight: " + *bad + " ('" + std::string(fields[*plan.weight]) + "')"));
    edge.weight = std::get<double>(parsed_weight);
  }
  if (plan.direction && !fields[*plan.direction].empty()) {
    const std::string_view text = fields[*plan.direction];
    if (plan.convention == csv_convention::gephi) {
      if (equals_ignoring_case(text, "undirected")) {
        edge.directed = false;
      } else if (!equals_ignoring_case(text, "directed")) {
        return reject(
            batch.locate(row, *plan.direction, "Type must be Directed or Undirected, not '" + std::string(text) + "'"));
      }
    } else {
      const auto parsed_direction = parse_boolean(text);
      if (const auto* bad = std::get_if<std::string>(&parsed_direction))
        return reject(batch.locate(row, *plan.direction, "directed: " + *bad));
      edge.directed = std::get<bool>(parsed_direction);
    }
  }
  if (auto bad = check_properties(batch, row, plan)) return reject(std::move(*bad));
  if (edge.weight < 0)
    events.warn(batch.locate(
        row, *plan.weight,
        "negative weight " + std::string(fields[*plan.weight]) + " (kept; weighted path queries refuse it)"));
  if (edge.source == edge.target)
    events.warn(batch.locate(row, *plan.source, "self-loop on '" + std::string(fields[*plan.source]) + "'"));
  return edge;
}

void row_loader::add_edge(const edge_row& edge, std::span<const std::string_view> fields,
                          const std::vector<std::size_t>& columns) {
  add_edge(edge, detail::bulk_loading::type_code_of(builder_, edge.relation), fields, columns);
}

void row_loader::add_edge(const edge_row& edge, type_code type, std::span<const std::string_view> fields,
                          const std::vector<std::size_t>& columns) {
  const edge_index index =
      detail::bulk_loading::add_edge(builder_, edge.source, edge.target, type, edge.weight, edge.directed);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] != SIZE_MAX && !fields[i].empty()) builder_.set_edge_value(index, columns[i], fields[i]);
  }
}

}  // namespace chainex
