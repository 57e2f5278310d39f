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
// rank = informative (hub-avoiding): a path costs the sum, over its intermediate nodes v, of ln(deg(v)),
// deg = in + out degree in the whole snapshot (every type): a path through a market that 300 enterprises
// touch costs ln 300 ≈ 5.7 for that step, one through a two-edge subsidiary ln 2 ≈ 0.7; ends cost nothing.
// This is the shortest-path form of the degree penalty of degree-weighted path counts (Himmelstein &
// Baranzini, "Heterogeneous network edge prediction", PLoS Comput Biol 11(7), 2015; Himmelstein et al.,
// Hetionet, eLife 6, 2017), which damp a path by the degrees along it to rank informative
// metapaths in knowledge graphs; the log turns their product of degrees into a sum. Found by bidirectional
// Dijkstra (informative_path.cpp) with edge weight (c(u) + c(w)) / 2, which sums to the node costs, stopped
// when the two heap tops add up to the best meeting; a row is read only once the search's key passes the
// node's cost, so hubs are rarely scanned, nodes with one edge are not entered, and a node the other side has
// not reached is pruned by the other side's smallest key plus half its own cost; the side that has read less
// goes next. Ties: as above. Weights are not read. bench/query_bench.sh informative (2026-12-04, load 2.2-2.4
// on 2 cores): median on L (2M nodes, 10M edges) 0.100-0.112 ms, p99 0.41-0.47 ms, against the BFS's
// 0.008-0.010 ms (12-13x: the target of at most 10x is not met); on M 0.021-0.022 ms against 0.003 ms.
// Time: O(|E|) unweighted, O(|E| + |V| log |V|) weighted, times k·|V| searches for Yen; in practice the
// part of the graph within reach of both ends.
//
//   path_result r = find_paths(snap, make_traversal(snap, direction::both), {.from = a, .to = b, .k = 3});
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "chainex/name_table.hpp"
#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct path {
  std::vector<node_index> nodes;  // from … to
  std::vector<edge_index> edges;  // edges[i] joins nodes[i] and nodes[i + 1]
  double cost = 0;                // hops, the sum of weights when weighted, or the informative cost
  [[nodiscard]] std::size_t hops() const noexcept { return edges.size(); }
  friend bool operator==(const path&, const path&) = default;
};

// How paths are ranked: by hops (or weights), or by the hub-avoiding cost above.
enum class path_rank : std::uint8_t { shortest, informative };
inline constexpr std::array path_rank_names{named{path_rank::informative, "informative"},
                                            named{path_rank::shortest, "shortest"}};

struct path_query {
  node_index from = 0;
  node_index to = 0;
  bool weighted = false;  // ignored when rank is informative
  std::size_t k = 1;
  path_rank rank = path_rank::shortest;
};

// The informative cost of passing through v: ln of its degree (0 for a node with no edge).
[[nodiscard]] double informative_cost(const snapshot& snap, node_index v) noexcept;

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
