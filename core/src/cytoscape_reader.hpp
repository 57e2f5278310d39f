// cytoscape_reader.hpp — Cytoscape.js JSON in (core/, private): the elements document that Cytoscape
// desktop exports (.cyjs), cytoscape.js's cy.json() writes, networkx's cytoscape_data() makes and chainex's
// own `--to json` export writes, read into a graph_sink like the GraphML and GEXF readers.
//
// Both shapes of "elements": an object {"nodes": [...], "edges": [...]}, or one array of elements with
// "group": "nodes"|"edges" (without a group, an element whose data has a "source" is an edge). Each
// element's "data" holds its fields; everything outside it (position, classes, selected…) is left out.
//   node  "id" (text or number); "kind", else "type", the kind; "name", else "label", the name
//   edge  "source", "target"; "type", else "interaction" (Cytoscape), else "kind", else "label", the
//         relation; "weight" a number; "directed" a boolean, else the document's "directed" (networkx),
//         else directed; "id" is left out (chainex edges have none)
// Which key is the kind, name or relation is decided once per document. Every other data member is a
// property whose column type follows the values: all integers, all numbers, all booleans, else text;
// an array is an array column (`;`-separated), an object its JSON text.
#pragma once

#include <string>
#include <string_view>

#include "chainex/import.hpp"

namespace chainex::core {

[[nodiscard]] import_result read_cytoscape_json(const std::string& file, std::string_view text,
                                                const import_options& options);

}  // namespace chainex::core
