// GraphML (http://graphml.graphdrawing.org): keys for kind, name, type, weight and every property column.
#include "escape.hpp"
#include "writers.hpp"

namespace chainex::exporting {
namespace {

void write_keys(std::ostream& out, char prefix, const char* domain, std::span<const column_info> columns) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out << "  <key id=\"" << prefix << c << "\" for=\"" << domain << "\" attr.name=\"";
    write_xml_escaped(out, columns[c].name);
    out << "\" attr.type=\"" << typed_column_name(columns[c].type) << "\"/>\n";
  }
}

void write_data(std::ostream& out, std::string_view key, std::string_view value) {
  out << "<data key=\"" << key << "\">";
  write_xml_escaped(out, value);
  out << "</data>";
}

}  // namespace

void write_graphml(const snapshot& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
  write_keys(out, 'n', "node", graph.node_columns());
  write_keys(out, 'e', "edge", graph.edge_columns());
  out << "  <graph id=\"chainex\" edgedefault=\"directed\">\n";
  for (node_index node = 0; node < graph.node_count(); ++node) {
    out << "    <node id=\"";
    write_xml_escaped(out, graph.id(node));
    out << "\">";
    write_data(out, "kind", graph.kind_name(node));
    write_data(out, "name", graph.name(node));
    for_each_node_value(
        graph, node, [&](std::size_t c, std::string_view value) { write_data(out, "n" + std::to_string(c), value); });
    out << "</node>\n";
  }
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    out << "    <edge id=\"e" << edge << "\" source=\"";
    write_xml_escaped(out, graph.id(graph.source(edge)));
    out << "\" target=\"";
    write_xml_escaped(out, graph.id(graph.target(edge)));
    out << (graph.directed(edge) ? "\">" : "\" directed=\"false\">");
    write_data(out, "type", graph.type_name(edge));
    write_data(out, "weight", number_text(graph.weight(edge)));
    for_each_edge_value(
        graph, edge, [&](std::size_t c, std::string_view value) { write_data(out, "e" + std::to_string(c), value); });
    out << "</edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace chainex::exporting
