// depth_history.hpp — a node's localization depth per market, year by year (the time model, dates.hpp).
//
// depth_by_year(snap, node, first, last): for each year from `first` to `last`, the depth per market
// (position.hpp's localization depth: what the node controls there) in the graph as it stood at the end
// of that year. Position reads only what lies a few steps downstream of the node (its subsidiaries, their
// markets and roles, the entities it holds stakes in and their other shareholders), so it runs on the
// subgraph within `reach` out-steps of the node (and the direct shareholders of those with few: a joint
// venture's partners, not a market's thousands of entities) rather than on copies of the whole graph:
// O(that subgraph) per year, and O(V + E) once to cut it out.
//
//   for (const yearly_depth& d : depth_by_year(snap, byd, 2015, 2026)) …  // {"mkt:HU", 2017, making}
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chainex/query/position.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct yearly_depth {
  std::string market;  // the market's id
  int year = 0;
  localization_grade depth = localization_grade::none;
  friend bool operator==(const yearly_depth&, const yearly_depth&) = default;
};

struct depth_history_options {
  std::uint32_t reach = 4;            // out-steps from the node that position may read
  std::size_t max_nodes = 20'000;     // reached by those steps
  std::size_t max_shareholders = 64;  // in-edges of a reached node beyond which its sources are left out
};

// By market id, then year; a market appears from the first year the node is present there.
[[nodiscard]] std::vector<yearly_depth> depth_by_year(const snapshot& snap, node_index node, int first, int last,
                                                      const depth_history_options& options = {});

}  // namespace chainex
