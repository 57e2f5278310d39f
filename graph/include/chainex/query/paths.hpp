// paths.hpp — shortest paths and k shortest loopless paths between two nodes.
//
// Unweighted: bidirectional breadth-first search. Both ends grow one whole level at a time, always the
// side whose next level reads fewer rows, until they touch; a query on a 10M-edge graph then touches only
// the neighbourhoods of its two ends. The largest hubs are not scanned when a search reaches them: their
// neighbours are bit sets built once per snapshot and direction mode on first use (about n/8 bytes per
// hub, at most 128 hubs), read only when the search must go past the hub. Cost = hops.
// Weighted: Dijkstra's algorithm on snapshot::weight, stopped when the target is settled. Weights must
// be non-negative: a negative weight met during the search throws query_error(unanswerable) naming the edge.
// Cost = sum of weights.
// k > 1: Yen's algorithm (J. Y. Yen, "Finding the k shortest loopless paths in a network", Management
// Science 17(11), 1971) over the search above: paths without repeated nodes, by increasing cost (ties:
// fewer hops, then node indices). A path is its sequence of nodes, as in networkx's shortest_simple_paths:
// parallel edges do not make two paths (a weighted search takes the lightest).
// Direction, filters and the work cap come from the traversal (query/traversal.hpp); the cap counts the
// nodes visited by all the searches of a query. "No path" is a result with no paths (and `capped` tells
// whether the search gave up before knowing).
// The interrupt (interrupt.hpp) is looked at every 4096 nodes a search visits and before every spur path
// (so a short search answers even when stopped): stopped before a first path, find_paths throws as
// interrupt::poll() does; stopped in Yen's algorithm, it returns the paths found so far, `complete` false.
// Time: O(|E|) unweighted, O(|E| + |V| log |V|) weighted, times k·|V| searches for Yen; in practice the
// part of the graph within reach of both ends.
//
//   path_result r = find_paths(snap, make_traversal(snap, direction::both), {.from = a, .to = b, .k = 3});
#pragma once

#include <cstddef>
#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct path {
  std::vector<node_index> nodes;  // from … to
  std::vector<edge_index> edges;  // edges[i] joins nodes[i] and nodes[i + 1]
  double cost = 0;                // hops, or the sum of weights when weighted
  [[nodiscard]] std::size_t hops() const noexcept { return edges.size(); }
  friend bool operator==(const path&, const path&) = default;
};

struct path_query {
  node_index from = 0;
  node_index to = 0;
  bool weighted = false;
  std::size_t k = 1;
};

struct path_result {
  std::vector<path> paths;  // at most k, best first; empty when there is no path
  bool capped = false;      // the work cap stopped the search (fewer paths than exist may be listed)
  bool complete = true;     // false: the interrupt stopped Yen's algorithm after the paths listed
  std::size_t visited = 0;  // nodes visited, summed over the searches
  [[nodiscard]] bool found() const noexcept { return !paths.empty(); }
};

[[nodiscard]] path_result find_paths(const snapshot& snap, const traversal& t, const path_query& query,
                                     const interrupt& stop = {});

}  // namespace chainex
