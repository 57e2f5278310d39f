#include "chainex/export.hpp"

#include <charconv>
#include <stdexcept>
#include <string>

#include "escape.hpp"

namespace chainex {
namespace {

// The shortest text that reads back as the same double.
std::string number_text(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return {buffer, result.ptr};
}

std::string_view graphml_type(value_type type) {
  switch (type) {
    case value_type::integer: return "long";
    case value_type::floating: return "double";
    case value_type::boolean: return "boolean";
    case value_type::string: break;
  }
  return "string";
}

std::string_view neo4j_type(value_type type) {
  switch (type) {
    case value_type::integer: return "long";
    case value_type::floating: return "double";
    case value_type::boolean: return "boolean";
    case value_type::string: break;
  }
  return "string";
}

void write_graphml(const snapshot& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
  const auto node_columns = graph.node_columns();
  const auto edge_columns = graph.edge_columns();
  for (std::size_t c = 0; c < node_columns.size(); ++c) {
    out << "  <key id=\"n" << c << "\" for=\"node\" attr.name=\"";
    write_xml_escaped(out, node_columns[c].name);
    out << "\" attr.type=\"" << graphml_type(node_columns[c].type) << "\"/>\n";
  }
  for (std::size_t c = 0; c < edge_columns.size(); ++c) {
    out << "  <key id=\"e" << c << "\" for=\"edge\" attr.name=\"";
    write_xml_escaped(out, edge_columns[c].name);
    out << "\" attr.type=\"" << graphml_type(edge_columns[c].type) << "\"/>\n";
  }
  out << "  <graph id=\"chainex\" edgedefault=\"directed\">\n";
  for (node_index node = 0; node < graph.node_count(); ++node) {
    out << "    <node id=\"";
    write_xml_escaped(out, graph.id(node));
    out << "\"><data key=\"kind\">";
    write_xml_escaped(out, graph.kind_name(node));
    out << "</data><data key=\"name\">";
    write_xml_escaped(out, graph.name(node));
    out << "</data>";
    for (std::size_t c = 0; c < node_columns.size(); ++c) {
      const auto value = graph.node_value(node, c);
      if (value.empty()) continue;
      out << "<data key=\"n" << c << "\">";
      write_xml_escaped(out, value);
      out << "</data>";
    }
    out << "</node>\n";
  }
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    out << "    <edge id=\"e" << edge << "\" source=\"";
    write_xml_escaped(out, graph.id(graph.source(edge)));
    out << "\" target=\"";
    write_xml_escaped(out, graph.id(graph.target(edge)));
    out << '"';
    if (!graph.directed(edge)) out << " directed=\"false\"";
    out << "><data key=\"type\">";
    write_xml_escaped(out, graph.type_name(edge));
    out << "</data><data key=\"weight\">" << number_text(graph.weight(edge)) << "</data>";
    for (std::size_t c = 0; c < edge_columns.size(); ++c) {
      const auto value = graph.edge_value(edge, c);
      if (value.empty()) continue;
      out << "<data key=\"e" << c << "\">";
      write_xml_escaped(out, value);
      out << "</data>";
    }
    out << "</edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void write_gexf_attributes(std::ostream& out, const char* for_class, std::string_view first,
                           std::span<const column_info> columns) {
  out << "    <attributes class=\"" << for_class << "\">\n";
  out << "      <attribute id=\"" << first << "\" title=\"" << first << "\" type=\"string\"/>\n";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out << "      <attribute id=\"" << c << "\" title=\"";
    write_xml_escaped(out, columns[c].name);
    out << "\" type=\"" << graphml_type(columns[c].type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void write_gexf_value(std::ostream& out, std::string_view key, std::string_view value) {
  out << "<attvalue for=\"" << key << "\" value=\"";
  write_xml_escaped(out, value);
  out << "\"/>";
}

void write_gexf(const snapshot& graph, std::ostream& out) {
  const auto node_columns = graph.node_columns();
  const auto edge_columns = graph.edge_columns();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
         "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  write_gexf_attributes(out, "node", "kind", node_columns);
  write_gexf_attributes(out, "edge", "type", edge_columns);
  out << "    <nodes>\n";
  for (node_index node = 0; node < graph.node_count(); ++node) {
    out << "      <node id=\"";
    write_xml_escaped(out, graph.id(node));
    out << "\" label=\"";
    write_xml_escaped(out, graph.name(node));
    out << "\"><attvalues>";
    write_gexf_value(out, "kind", graph.kind_name(node));
    for (std::size_t c = 0; c < node_columns.size(); ++c) {
      const auto value = graph.node_value(node, c);
      if (!value.empty()) write_gexf_value(out, std::to_string(c), value);
    }
    out << "</attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    out << "      <edge id=\"" << edge << "\" source=\"";
    write_xml_escaped(out, graph.id(graph.source(edge)));
    out << "\" target=\"";
    write_xml_escaped(out, graph.id(graph.target(edge)));
    out << "\" type=\"" << (graph.directed(edge) ? "directed" : "undirected") << "\" label=\"";
    write_xml_escaped(out, graph.type_name(edge));
    out << "\" weight=\"" << number_text(graph.weight(edge)) << "\"><attvalues>";
    write_gexf_value(out, "type", graph.type_name(edge));
    for (std::size_t c = 0; c < edge_columns.size(); ++c) {
      const auto value = graph.edge_value(edge, c);
      if (!value.empty()) write_gexf_value(out, std::to_string(c), value);
    }
    out << "</attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void write_json_member(std::ostream& out, std::string_view key, std::string_view value) {
  out << ',';
  write_json_string(out, key);
  out << ':';
  write_json_string(out, value);
}

void write_cytoscape_json(const snapshot& graph, std::ostream& out) {
  const auto node_columns = graph.node_columns();
  const auto edge_columns = graph.edge_columns();
  out << "{\"elements\":{\"nodes\":[";
  for (node_index node = 0; node < graph.node_count(); ++node) {
    out << (node > 0 ? ",\n" : "\n") << "{\"data\":{\"id\":";
    write_json_string(out, graph.id(node));
    write_json_member(out, "kind", graph.kind_name(node));
    write_json_member(out, "label", graph.name(node));
    for (std::size_t c = 0; c < node_columns.size(); ++c) {
      const auto value = graph.node_value(node, c);
      if (!value.empty()) write_json_member(out, node_columns[c].name, value);
    }
    out << "}}";
  }
  out << "],\"edges\":[";
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    out << (edge > 0 ? ",\n" : "\n") << "{\"data\":{\"id\":\"e" << edge << '"';
    write_json_member(out, "source", graph.id(graph.source(edge)));
    write_json_member(out, "target", graph.id(graph.target(edge)));
    write_json_member(out, "type", graph.type_name(edge));
    out << ",\"weight\":" << number_text(graph.weight(edge)) << ",\"directed\":" << (graph.directed(edge) ? "true" : "false");
    for (std::size_t c = 0; c < edge_columns.size(); ++c) {
      const auto value = graph.edge_value(edge, c);
      if (!value.empty()) write_json_member(out, edge_columns[c].name, value);
    }
    out << "}}";
  }
  out << "]}}\n";
}

void write_column_headers(std::ostream& out, std::span<const column_info> columns, bool neo4j) {
  for (const auto& column : columns) {
    out << ',';
    if (neo4j) {
      write_csv_field(out, column.name + ":" + std::string(neo4j_type(column.type)));
    } else {
      write_csv_field(out, column.name);
    }
  }
}

}  // namespace

std::optional<export_format> parse_export_format(std::string_view name) noexcept {
  if (name == "graphml") return export_format::graphml;
  if (name == "gexf") return export_format::gexf;
  if (name == "json") return export_format::json;
  if (name == "csv") return export_format::csv;
  if (name == "neo4j") return export_format::neo4j;
  return std::nullopt;
}

std::string_view to_string(export_format format) noexcept {
  switch (format) {
    case export_format::graphml: return "graphml";
    case export_format::gexf: return "gexf";
    case export_format::json: return "json";
    case export_format::csv: return "csv";
    case export_format::neo4j: return "neo4j";
  }
  return "csv";
}

bool is_tabular(export_format format) noexcept {
  return format == export_format::csv || format == export_format::neo4j;
}

void write_document(const snapshot& graph, export_format format, std::ostream& out) {
  switch (format) {
    case export_format::graphml: return write_graphml(graph, out);
    case export_format::gexf: return write_gexf(graph, out);
    case export_format::json: return write_cytoscape_json(graph, out);
    case export_format::csv:
    case export_format::neo4j: break;
  }
  throw std::invalid_argument("the " + std::string(to_string(format)) + " format is two tables, not one document");
}

void write_nodes_table(const snapshot& graph, export_format format, std::ostream& out) {
  const bool neo4j = format == export_format::neo4j;
  out << (neo4j ? "id:ID,:LABEL,name" : "id,kind,name");
  write_column_headers(out, graph.node_columns(), neo4j);
  out << '\n';
  for (node_index node = 0; node < graph.node_count(); ++node) {
    write_csv_field(out, graph.id(node));
    out << ',';
    write_csv_field(out, graph.kind_name(node));
    out << ',';
    write_csv_field(out, graph.name(node));
    for (std::size_t c = 0; c < graph.node_columns().size(); ++c) {
      out << ',';
      write_csv_field(out, graph.node_value(node, c));
    }
    out << '\n';
  }
}

void write_edges_table(const snapshot& graph, export_format format, std::ostream& out) {
  const bool neo4j = format == export_format::neo4j;
  const bool directions = graph.has_undirected_edges();
  out << (neo4j ? ":START_ID,:END_ID,:TYPE,weight:double" : "source,target,type,weight");
  if (directions) out << (neo4j ? ",directed:boolean" : ",directed");
  write_column_headers(out, graph.edge_columns(), neo4j);
  out << '\n';
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    write_csv_field(out, graph.id(graph.source(edge)));
    out << ',';
    write_csv_field(out, graph.id(graph.target(edge)));
    out << ',';
    write_csv_field(out, graph.type_name(edge));
    out << ',' << number_text(graph.weight(edge));
    if (directions) out << (graph.directed(edge) ? ",true" : ",false");
    for (std::size_t c = 0; c < graph.edge_columns().size(); ++c) {
      out << ',';
      write_csv_field(out, graph.edge_value(edge, c));
    }
    out << '\n';
  }
}

}  // namespace chainex
