// The two-table formats: chainex's native nodes.csv/edges.csv, and neo4j-admin import files, which
// differ in their headers (`id:ID,:LABEL,…`, `:START_ID,:END_ID,:TYPE,…`, typed `name:type` columns,
// `name:type[]` for arrays) and in booleans, which neo4j-admin reads as true only when written `true`.
// A node's `:LABEL` is its `labels` property when it has one (the labels it was imported with), else its kind.
// Ids are written in the global ID space: a chainex id made from an ID space (`Company:1`) stays whole.
// Fields are quoted as RFC 4180 says (neo4j-admin's default quote); a field holding a line break needs
// neo4j-admin's --multiline-fields=true.
#include <string>
#include <variant>

#include "chainex/csv_writer.hpp"
#include "value_parse.hpp"
#include "writers.hpp"

namespace chainex::exporting {
namespace {

// The `labels` column, which neo4j-admin files hold in `:LABEL`.
bool is_labels(const column_info& column, bool neo4j) { return neo4j && column.name == "labels"; }

void append_column_headers(std::string& line, std::span<const column_info> columns, bool neo4j) {
  for (const auto& column : columns) {
    if (is_labels(column, neo4j)) continue;
    line += ',';
    append_csv_field(
        line, neo4j ? column.name + ":" + std::string(typed_column_name(column.type)) + (column.array ? "[]" : "")
                    : column.name);
  }
}

// A boolean (or each of an array of booleans) as neo4j-admin reads it: `true` or `false`.
std::string neo4j_boolean(std::string_view text) {
  std::string written;
  for (std::size_t begin = 0; begin <= text.size();) {
    const std::size_t end = std::min(text.find(';', begin), text.size());
    const auto value = parse_boolean(text.substr(begin, end - begin));
    if (begin > 0) written += ';';
    written += std::holds_alternative<bool>(value) && std::get<bool>(value) ? "true" : "false";
    begin = end + 1;
  }
  return written;
}

// One row: the leading fields, then every property column (empty where the row has no value).
template <typename Value>
void append_values(std::string& line, std::span<const column_info> columns, bool neo4j, Value value_of) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (is_labels(columns[c], neo4j)) continue;
    line += ',';
    const std::string_view value = value_of(c);
    if (neo4j && columns[c].type == value_type::boolean && !value.empty()) {
      append_csv_field(line, neo4j_boolean(value));
    } else {
      append_csv_field(line, value);
    }
  }
}

}  // namespace

void write_nodes_csv(const snapshot& graph, bool neo4j, std::ostream& out) {
  std::string line = neo4j ? "id:ID,:LABEL,name" : "id,kind,name";
  append_column_headers(line, graph.node_columns(), neo4j);
  out << line << '\n';
  for (node_index node = 0; node < graph.node_count(); ++node) {
    line.clear();
    append_csv_field(line, graph.id(node));
    line += ',';
    const std::string_view labels = neo4j ? graph.node_property(node, "labels") : std::string_view();
    append_csv_field(line, labels.empty() ? graph.kind_name(node) : labels);
    line += ',';
    append_csv_field(line, graph.name(node));
    append_values(line, graph.node_columns(), neo4j, [&](std::size_t c) { return graph.node_value(node, c); });
    out << line << '\n';
  }
}

void write_edges_csv(const snapshot& graph, bool neo4j, std::ostream& out) {
  const bool directions = graph.has_undirected_edges();
  std::string line = neo4j ? ":START_ID,:END_ID,:TYPE,weight:double" : "source,target,type,weight";
  if (directions) line += neo4j ? ",directed:boolean" : ",directed";
  append_column_headers(line, graph.edge_columns(), neo4j);
  out << line << '\n';
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    line.clear();
    append_csv_field(line, graph.id(graph.source(edge)));
    line += ',';
    append_csv_field(line, graph.id(graph.target(edge)));
    line += ',';
    append_csv_field(line, graph.type_name(edge));
    line += ',' + number_text(graph.weight(edge));
    if (directions) line += graph.directed(edge) ? ",true" : ",false";
    append_values(line, graph.edge_columns(), neo4j, [&](std::size_t c) { return graph.edge_value(edge, c); });
    out << line << '\n';
  }
}

}  // namespace chainex::exporting
