// The public entry for graph files (chainex/import.hpp): tells GraphML from GEXF by the root element
// and hands the document to its reader.
#include <optional>

#include "chainex/import.hpp"
#include "mapped_file.hpp"
#include "readers.hpp"
#include "xml_reader.hpp"

namespace chainex {
namespace {

std::optional<graph_file_format> format_of(std::string_view text) {
  const auto root = xml::xml_reader::root_name(text);
  if (root == "graphml") return graph_file_format::graphml;
  if (root == "gexf") return graph_file_format::gexf;
  return std::nullopt;
}

}  // namespace

std::optional<graph_file_format> detect_graph_file(const csv_input& input) {
  if (input.in_memory) return format_of(input.content());
  try {
    const mapped_file file(input.path);
    return format_of(file.text());
  } catch (const data_error&) {
    return std::nullopt;  // reported by whichever import reads it
  }
}

import_result import_graph_file(const csv_input& input, const import_options& options) {
  std::optional<mapped_file> mapped;
  try {
    const std::string_view text = input.in_memory ? input.content() : mapped.emplace(input.path).text();
    switch (format_of(text).value_or(graph_file_format::none)) {
      case graph_file_format::graphml:
        return xml::read_graphml(input.name, text, options);
      case graph_file_format::gexf:
        return xml::read_gexf(input.name, text, options);
      case graph_file_format::cytoscape:  // read by core/ (chainex/core/graph_document.hpp)
      case graph_file_format::none:
        break;
    }
    throw data_error({input.name, 1, 1, "not a graph file: expected a <graphml> or <gexf> root element"});
  } catch (const data_error& failure) {
    import_result result;
    result.report.errors.push_back(failure.where());
    result.report.error_count = 1;
    return result;
  }
}

}  // namespace chainex
