// The export formats by name, and the dispatch to their writers (one file each in this folder).
#include "chainex/export.hpp"

#include <charconv>
#include <stdexcept>
#include <string>

#include "writers.hpp"

namespace chainex {

namespace exporting {

std::string number_text(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return {buffer, result.ptr};
}

std::string_view typed_column_name(value_type type) noexcept {
  switch (type) {
    case value_type::integer:
      return "long";
    case value_type::floating:
      return "double";
    case value_type::boolean:
      return "boolean";
    case value_type::string:
    case value_type::date:  // partial dates (2017) are not xsd:date, nor a neo4j date
      break;
  }
  return "string";
}

}  // namespace exporting

bool is_tabular(export_format format) noexcept {
  return format == export_format::csv || format == export_format::neo4j;
}

void write_document(const snapshot& graph, export_format format, std::ostream& out) {
  switch (format) {
    case export_format::graphml:
      return exporting::write_graphml(graph, out);
    case export_format::gexf:
      return exporting::write_gexf(graph, out);
    case export_format::json:
      return exporting::write_cytoscape_json(graph, out);
    case export_format::csv:
    case export_format::neo4j:
      break;
  }
  throw std::invalid_argument("the " + std::string(to_string(format)) + " format is two tables, not one document");
}

void write_nodes_table(const snapshot& graph, export_format format, std::ostream& out) {
  if (!is_tabular(format))
    throw std::invalid_argument("the " + std::string(to_string(format)) + " format is one document");
  exporting::write_nodes_csv(graph, format == export_format::neo4j, out);
}

void write_edges_table(const snapshot& graph, export_format format, std::ostream& out) {
  if (!is_tabular(format))
    throw std::invalid_argument("the " + std::string(to_string(format)) + " format is one document");
  exporting::write_edges_csv(graph, format == export_format::neo4j, out);
}

}  // namespace chainex
