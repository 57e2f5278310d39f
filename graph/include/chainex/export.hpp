// export.hpp — writes a snapshot in the formats other tools read.
//
//   graphml  one XML file for Gephi, yEd, networkx, igraph
//   gexf     one XML file for Gephi (GEXF 1.2, which networkx 2.8 reads too)
//   json     Cytoscape.js elements: {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}
//   csv      chainex's native nodes.csv + edges.csv (datasets/README.md)
//   neo4j    neo4j-admin import files (nodes with :ID/:LABEL, relationships with :START_ID/:END_ID/:TYPE)
// csv and neo4j are two tables each; the others are one document. Every property column is written, and
// an export in csv or neo4j format imports back to the same graph.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "chainex/snapshot.hpp"

namespace chainex {

enum class export_format { graphml, gexf, json, csv, neo4j };

[[nodiscard]] std::optional<export_format> parse_export_format(std::string_view name) noexcept;
[[nodiscard]] std::string_view to_string(export_format format) noexcept;
// True for the formats written as a nodes table and an edges table.
[[nodiscard]] bool is_tabular(export_format format) noexcept;

// graphml, gexf, json: the whole graph as one document.
void write_document(const snapshot& graph, export_format format, std::ostream& out);
// csv, neo4j: the nodes table and the edges table.
void write_nodes_table(const snapshot& graph, export_format format, std::ostream& out);
void write_edges_table(const snapshot& graph, export_format format, std::ostream& out);

}  // namespace chainex
