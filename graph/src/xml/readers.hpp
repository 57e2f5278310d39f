// readers.hpp — the graph-file readers behind import_graph_file (graph/src/xml, private).
//
// Each reads a whole document with xml_reader and fills a graph_sink; the mapping of each format's
// attributes to chainex's kind, name, relation, weight and direction is described in its .cpp file
// and in README.md ("Import conventions").
#pragma once

#include <string>
#include <string_view>

#include "chainex/graph_sink.hpp"
#include "chainex/import.hpp"
#include "xml_reader.hpp"

namespace chainex::xml {

// The value type of a GraphML `attr.type` or a GEXF attribute `type`; lists, dates and URIs are text.
[[nodiscard]] inline value_type value_type_named(std::string_view type) noexcept {
  if (type == "int" || type == "integer" || type == "long" || type == "short" || type == "byte")
    return value_type::integer;
  if (type == "float" || type == "double") return value_type::floating;
  if (type == "boolean") return value_type::boolean;
  return value_type::string;
}

// A typed value without the white space XML allows around it (text is kept as written).
[[nodiscard]] inline std::string_view trimmed(std::string_view value, value_type type) noexcept {
  if (type == value_type::string) return value;
  const auto first = value.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
}

// Reads `text` with a Handler(xml_reader&, graph_sink&) and returns what the sink made of it.
template <typename Handler>
[[nodiscard]] import_result read_document(const std::string& file, std::string_view text, const import_options& options,
                                          csv_convention format) {
  graph_sink sink(file, options, format, text.size());
  xml_reader reader(file, text);
  Handler events(reader, sink);
  try {
    reader.parse(events);
  } catch (const data_error& failure) {
    sink.error(failure.where());
  }
  return std::move(sink).finish();
}

[[nodiscard]] import_result read_graphml(const std::string& file, std::string_view text, const import_options& options);
[[nodiscard]] import_result read_gexf(const std::string& file, std::string_view text, const import_options& options);

}  // namespace chainex::xml
