// Cytoscape.js elements JSON: {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}.
#include "escape.hpp"
#include "writers.hpp"

namespace chainex::exporting {
namespace {

void write_member(std::ostream& out, std::string_view key, std::string_view value) {
  out << ',';
  write_json_string(out, key);
  out << ':';
  write_json_string(out, value);
}

}  // namespace

void write_cytoscape_json(const snapshot& graph, std::ostream& out) {
  const auto node_columns = graph.node_columns();
  const auto edge_columns = graph.edge_columns();
  out << "{\"elements\":{\"nodes\":[";
  for (node_index node = 0; node < graph.node_count(); ++node) {
    out << (node > 0 ? ",\n" : "\n") << "{\"data\":{\"id\":";
    write_json_string(out, graph.id(node));
    write_member(out, "kind", graph.kind_name(node));
    write_member(out, "label", graph.name(node));
    for_each_node_value(graph, node,
                        [&](std::size_t c, std::string_view value) { write_member(out, node_columns[c].name, value); });
    out << "}}";
  }
  out << "],\"edges\":[";
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    out << (edge > 0 ? ",\n" : "\n") << "{\"data\":{\"id\":\"e" << edge << '"';
    write_member(out, "source", graph.id(graph.source(edge)));
    write_member(out, "target", graph.id(graph.target(edge)));
    write_member(out, "type", graph.type_name(edge));
    out << ",\"weight\":" << number_text(graph.weight(edge))
        << ",\"directed\":" << (graph.directed(edge) ? "true" : "false");
    for_each_edge_value(graph, edge,
                        [&](std::size_t c, std::string_view value) { write_member(out, edge_columns[c].name, value); });
    out << "}}";
  }
  out << "]}}\n";
}

}  // namespace chainex::exporting
