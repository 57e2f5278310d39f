// writers.hpp — the export writers, one file each, and what they share (private to graph/src/export).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "chainex/snapshot.hpp"

namespace chainex::exporting {

void write_graphml(const snapshot& graph, std::ostream& out);
void write_gexf(const snapshot& graph, std::ostream& out);
void write_cytoscape_json(const snapshot& graph, std::ostream& out);
// chainex's native tables, or neo4j-admin's headers when `neo4j`.
void write_nodes_csv(const snapshot& graph, bool neo4j, std::ostream& out);
void write_edges_csv(const snapshot& graph, bool neo4j, std::ostream& out);

// The shortest text that reads back as the same double.
[[nodiscard]] std::string number_text(double value);
// The name GraphML, GEXF and neo4j-admin headers all give a column type: string, long, double, boolean.
[[nodiscard]] std::string_view typed_column_name(value_type type) noexcept;

// Calls write(column, value) for each non-empty property of a node or an edge.
template <typename Write>
void for_each_node_value(const snapshot& graph, node_index node, Write write) {
  for (std::size_t c = 0; c < graph.node_columns().size(); ++c) {
    if (const auto value = graph.node_value(node, c); !value.empty()) write(c, value);
  }
}
template <typename Write>
void for_each_edge_value(const snapshot& graph, edge_index edge, Write write) {
  for (std::size_t c = 0; c < graph.edge_columns().size(); ++c) {
    if (const auto value = graph.edge_value(edge, c); !value.empty()) write(c, value);
  }
}

}  // namespace chainex::exporting
