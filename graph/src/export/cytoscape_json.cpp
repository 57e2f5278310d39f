// Cytoscape.js elements JSON: {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}. Values
// are typed as their columns are: numbers as JSON numbers (written as in the data when that is JSON's
// syntax), booleans as true/false, array columns as JSON arrays, the rest as strings.
#include <variant>

#include "escape.hpp"
#include "value_parse.hpp"
#include "writers.hpp"

namespace chainex::exporting {
namespace {

// JSON's number syntax: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view text) {
  std::size_t at = 0;
  const auto digits = [&] {
    const std::size_t first = at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    return at > first;
  };
  if (at < text.size() && text[at] == '-') ++at;
  if (at < text.size() && text[at] == '0') {
    ++at;
  } else if (!digits()) {
    return false;
  }
  if (at < text.size() && text[at] == '.') {
    ++at;
    if (!digits()) return false;
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    if (!digits()) return false;
  }
  return at == text.size();
}

void write_scalar(std::ostream& out, value_type type, std::string_view value) {
  if (type == value_type::integer || type == value_type::floating) {
    const auto number = parse_float(value);
    if (is_json_number(value)) {
      out << value;
    } else if (std::holds_alternative<double>(number)) {
      out << number_text(std::get<double>(number));
    } else {
      write_json_string(out, value);
    }
  } else if (const auto flag = parse_boolean(value);
             type == value_type::boolean && std::holds_alternative<bool>(flag)) {
    out << (std::get<bool>(flag) ? "true" : "false");
  } else {
    write_json_string(out, value);
  }
}

void write_value(std::ostream& out, const column_info& column, std::string_view value) {
  out << ',';
  write_json_string(out, column.name);
  out << ':';
  if (!column.array) return write_scalar(out, column.type, value);
  out << '[';
  for (std::size_t begin = 0; begin <= value.size();) {
    const std::size_t end = std::min(value.find(';', begin), value.size());
    if (begin > 0) out << ',';
    write_scalar(out, column.type, value.substr(begin, end - begin));
    begin = end + 1;
  }
  out << ']';
}

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
                        [&](std::size_t c, std::string_view value) { write_value(out, node_columns[c], value); });
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
                        [&](std::size_t c, std::string_view value) { write_value(out, edge_columns[c], value); });
    out << "}}";
  }
  out << "]}}\n";
}

}  // namespace chainex::exporting
