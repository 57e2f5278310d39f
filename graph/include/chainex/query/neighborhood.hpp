// neighborhood.hpp — the k-hop ego network of a node, and the common neighbours of two nodes.
//
// ego_network: breadth-first search from `center` up to `depth` hops (direction and filters from the
// traversal; the centre is exempt from the kind filter), returning each node reached with its hop count,
// nearest first, and every edge of an allowed type joining two returned nodes (the induced subgraph, as
// networkx's ego_graph). At most `max_nodes` nodes are returned (the centre included); when more were in
// reach, `truncated` is set. The traversal's work cap also applies (it sets `truncated` too). The
// interrupt is polled at every node whose row is read.
// Time: O(nodes returned + their edges).
// common_neighbors: nodes one step from both a and b in the traversal's direction (a and b themselves
// excluded), filters applied, ascending by index. Time: O(deg a + deg b).
//
//   ego_result ego = ego_network(snap, make_traversal(snap, direction::both), center, 2, 500);
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct ego_node {
  node_index node = 0;
  std::uint32_t depth = 0;
  friend bool operator==(const ego_node&, const ego_node&) = default;
};

struct ego_result {
  std::vector<ego_node> nodes;    // the centre first, then by depth
  std::vector<edge_index> edges;  // ascending
  bool truncated = false;
};

[[nodiscard]] ego_result ego_network(const snapshot& snap, const traversal& t, node_index center, std::uint32_t depth,
                                     std::size_t max_nodes, const interrupt& stop = {});

[[nodiscard]] std::vector<node_index> common_neighbors(const snapshot& snap, const traversal& t, node_index a,
                                                       node_index b);

}  // namespace chainex
