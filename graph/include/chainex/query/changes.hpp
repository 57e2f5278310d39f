// changes.hpp — what the time model says changed: between two days, and around one node over time.
//
// changes_between(snap, from, to): the nodes and edges that began (from < since <= to) or ended
// (from < until <= to) between the two days, i.e. those present on one of the days and not the other
// (an item that began and ended in between appears in both lists). With `around`, only that node and its
// edges. events_of(snap, node): the begin and end of every dated edge of the node, by day (begins before
// ends on one day, then by edge). Undated items never change. Time: O(V + E), O(degree) around a node.
//
//   const changes c = changes_between(snap, *day_of("2017"), *day_of("2020"));
#pragma once

#include <optional>
#include <vector>

#include "chainex/dates.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct changes {
  std::vector<node_index> began_nodes, ended_nodes;  // by day, then by index
  std::vector<edge_index> began_edges, ended_edges;  // by day, then by index
};

[[nodiscard]] changes changes_between(const snapshot& snap, day_number from, day_number to,
                                      std::optional<node_index> around = std::nullopt);

struct dated_event {
  day_number day = 0;
  bool began = true;  // false: ended
  edge_index edge = 0;
  friend bool operator==(const dated_event&, const dated_event&) = default;
};

[[nodiscard]] std::vector<dated_event> events_of(const snapshot& snap, node_index node);

}  // namespace chainex
