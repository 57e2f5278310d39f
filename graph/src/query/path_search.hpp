// path_search.hpp — one shortest-path search with nodes and edges left out, the step Yen's algorithm
// repeats (find_paths.cpp) and find_paths runs once for k = 1.
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

// Whether a search must not take edge e to node w (Yen's left-out nodes and edges).
inline bool excluded(const exclusions& out, edge_index e, node_index w) {
  return (out.edges != nullptr && out.edges->has(e)) || (out.nodes != nullptr && out.nodes->has(w));
}

// Counts one more visited node; false once the cap is reached.
inline bool spend(search_budget& budget) {
  if (++budget.visited >= budget.limit) budget.capped = true;
  return !budget.capped;
}

// Bidirectional breadth-first search (bidirectional_bfs.cpp) and Dijkstra (shortest_path.cpp).
std::optional<path> bidirectional_bfs(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                      const exclusions& out, search_budget& budget);
std::optional<path> dijkstra(const snapshot& snap, const traversal& t, node_index from, node_index to,
                             const exclusions& out, search_budget& budget);

}  // namespace chainex::detail
