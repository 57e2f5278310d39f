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

#include "chainex/name_table.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

enum class export_format { graphml, gexf, json, csv, neo4j };

inline constexpr std::array export_format_names{named{export_format::graphml, "graphml"},
                                                named{export_format::gexf, "gexf"}, named{export_format::json, "json"},
                                                named{export_format::csv, "csv"}, named{export_format::neo4j, "neo4j"}};
[[nodiscard]] constexpr std::optional<export_format> parse_export_format(std::string_view name) noexcept {
  return value_in(export_format_names, name);
}
[[nodiscard]] constexpr std::string_view to_string(export_format format) noexcept {
  return name_in(export_format_names, format);
}
// True for the formats written as a nodes table and an edges table.
[[nodiscard]] bool is_tabular(export_format format) noexcept;

// graphml, gexf, json: the whole graph as one document.
void write_document(const snapshot& graph, export_format format, std::ostream& out);
// csv, neo4j: the nodes table and the edges table.
void write_nodes_table(const snapshot& graph, export_format format, std::ostream& out);
void write_edges_table(const snapshot& graph, export_format format, std::ostream& out);

}  // namespace chainex
