// path_search.hpp — one shortest-path search with nodes and edges left out, the step Yen's algorithm
// repeats (find_paths.cpp) and find_paths runs once for k = 1.
#pragma once

#include <cstddef>
#include <optional>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/paths.hpp"
#include "stamped_array.hpp"

namespace chainex::detail {

// Nodes and edges a search must not use (null: none).
struct exclusions {
  const stamped_set* nodes = nullptr;
  const stamped_set* edges = nullptr;
};

// What a search did: counts toward the work cap shared by all searches of one query, and looks at the
// query's interrupt every `stop_stride` nodes (a few tens of microseconds of work on any graph).
struct search_budget {
  static constexpr std::size_t stop_stride = 4096;
  const interrupt& stop;
  std::size_t limit = 0;
  std::size_t visited = 0;
  bool capped = false;   // the searches must give up: the cap was reached, or the interrupt stopped them
  bool stopped = false;  // by the interrupt
};

// Whether a search must not take edge e to node w (Yen's left-out nodes and edges).
inline bool excluded(const exclusions& out, edge_index e, node_index w) {
  return (out.edges != nullptr && out.edges->has(e)) || (out.nodes != nullptr && out.nodes->has(w));
}

// Gives up the searches when the interrupt says so.
inline void stop_now(search_budget& budget) { budget.capped = budget.stopped = true; }

// Counts one more visited node; false once the cap is reached or the interrupt stopped the search.
inline bool spend(search_budget& budget) {
  if (++budget.visited >= budget.limit) budget.capped = true;
  if (budget.visited % search_budget::stop_stride == 0 && budget.stop.stopped()) stop_now(budget);
  return !budget.capped;
}

// Bidirectional breadth-first search (bidirectional_bfs.cpp), Dijkstra (shortest_path.cpp) and the
// hub-avoiding bidirectional Dijkstra (informative_path.cpp).
std::optional<path> bidirectional_bfs(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                      const exclusions& out, search_budget& budget);
std::optional<path> dijkstra(const snapshot& snap, const traversal& t, node_index from, node_index to,
                             const exclusions& out, search_budget& budget);
std::optional<path> informative_search(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                       const exclusions& out, search_budget& budget);

}  // namespace chainex::detail
