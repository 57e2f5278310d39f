// graph_document.hpp — one-file graph sources for both front doors: GraphML and GEXF (graph/'s XML readers)
// and Cytoscape.js JSON (read here, core/ being the one JSON user), told apart by their content.
//
//   const csv_input input = csv_input::file("chain.cyjs");
//   if (core::detect_graph_document(input)) result = core::import_graph_document(input, options);
#pragma once

#include <optional>

#include "chainex/import.hpp"

namespace chainex::core {

// The format of a graph file by its content: a JSON object (Cytoscape.js), a <graphml> or a <gexf> root
// element; std::nullopt for anything else, or a file that cannot be read.
[[nodiscard]] std::optional<graph_file_format> detect_graph_document(const csv_input& input);

// Reads a graph file of any of the three formats. Never throws for bad data: every problem is in the
// report, named by file, line and column.
[[nodiscard]] import_result import_graph_document(const csv_input& input, const import_options& options = {});

}  // namespace chainex::core
