// The two-table formats: chainex's native nodes.csv/edges.csv, and neo4j-admin import files, which
// differ only in their headers (`id:ID,:LABEL,…`, `:START_ID,:END_ID,:TYPE,…`, typed `name:type` columns).
#include <string>

#include "chainex/csv_writer.hpp"
#include "writers.hpp"

namespace chainex::exporting {
namespace {

void append_column_headers(std::string& line, std::span<const column_info> columns, bool neo4j) {
  for (const auto& column : columns) {
    line += ',';
    append_csv_field(line, neo4j ? column.name + ":" + std::string(typed_column_name(column.type)) : column.name);
  }
}

// One row: the leading fields, then every property column (empty where the row has no value).
template <typename Value>
void append_values(std::string& line, std::size_t columns, Value value_of) {
  for (std::size_t c = 0; c < columns; ++c) {
    line += ',';
    append_csv_field(line, value_of(c));
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
    append_csv_field(line, graph.kind_name(node));
    line += ',';
    append_csv_field(line, graph.name(node));
    append_values(line, graph.node_columns().size(), [&](std::size_t c) { return graph.node_value(node, c); });
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
    append_values(line, graph.edge_columns().size(), [&](std::size_t c) { return graph.edge_value(edge, c); });
    out << line << '\n';
  }
}

}  // namespace chainex::exporting
