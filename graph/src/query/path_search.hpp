// path_search.hpp — one shortest-path search with nodes and edges left out, the step Yen's algorithm
// repeats (graph/src/query/k_shortest_paths.cpp) and find_paths runs once for k = 1.
#pragma once

#include <cstddef>
#include <optional>

#include "chainex/query/paths.hpp"
#include "stamped_array.hpp"

namespace chainex::detail {

// Nodes and edges a search must not use (null: none).
struct exclusions {
  const stamped_set* nodes = nullptr;
  const stamped_set* edges = nullptr;
};

// What a search did: counts toward the work cap shared by all searches of one query.
struct search_budget {
  std::size_t visited = 0;
  std::size_t limit = 0;
  bool capped = false;
};

std::optional<path> bidirectional_bfs(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                      const exclusions& out, search_budget& budget);
std::optional<path> dijkstra(const snapshot& snap, const traversal& t, node_index from, node_index to,
                             const exclusions& out, search_budget& budget);

}  // namespace chainex::detail
