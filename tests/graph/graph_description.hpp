// graph_description.hpp — a graph as sorted lines of text, for tests that compare two graphs whatever
// their node and edge numbering: every node with its kind, name and properties, every edge with its
// endpoints' ids, relation, weight, direction and properties.
#pragma once

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "chainex/snapshot.hpp"

namespace chainex {

// The graph as a sorted list of lines, independent of node and edge numbering and of the order of the
// property columns.
inline std::vector<std::string> describe(const snapshot& graph) {
  std::vector<std::string> lines;
  for (node_index node = 0; node < graph.node_count(); ++node) {
    std::string line = "node " + std::string(graph.id(node)) + " " + std::string(graph.kind_name(node)) + " " +
                       std::string(graph.name(node));
    std::vector<std::string> properties;
    for (const auto& column : graph.node_columns()) {
      const auto value = graph.node_property(node, column.name);
      if (!value.empty()) properties.push_back(" " + column.name + "=" + std::string(value));
    }
    std::sort(properties.begin(), properties.end());
    for (const auto& property : properties) line += property;
    lines.push_back(line);
  }
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    std::ostringstream line;
    line << "edge " << graph.id(graph.source(edge)) << " " << graph.id(graph.target(edge)) << " "
         << graph.type_name(edge) << " " << graph.weight(edge) << (graph.directed(edge) ? "" : " undirected");
    std::vector<std::string> properties;
    for (const auto& column : graph.edge_columns()) {
      const auto value = graph.edge_property(edge, column.name);
      if (!value.empty()) properties.push_back(" " + column.name + "=" + std::string(value));
    }
    std::sort(properties.begin(), properties.end());
    for (const auto& property : properties) line << property;
    lines.push_back(line.str());
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace chainex
