// stats.hpp — a summary of a snapshot: counts by node kind and edge type, and the degree distribution.
//
// What `chainex stats` prints and `GET /api/stats` serves. Degrees count every edge at both its ends
// (in + out), so a self-loop adds 2 to its node, as networkx counts.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "chainex/snapshot.hpp"

namespace chainex {

struct degree_summary {
  std::size_t min = 0;
  std::size_t max = 0;
  double mean = 0;
  double median = 0;
  std::size_t isolated = 0;  // nodes without any edge
};

// Edges by how their since is known (the time model, chainex/dates.hpp): `exact` when the since_basis is
// exact or not given, `undated` without a since; `until` counts the edges with an end. `first` and `last`
// are the earliest and latest day an edge begins or ends on (what a time slider spans), empty when no
// edge is dated.
struct dated_counts {
  std::size_t exact = 0;
  std::size_t source_year = 0;
  std::size_t announced = 0;
  std::size_t undated = 0;
  std::size_t until = 0;
  std::string first;  // YYYY-MM-DD
  std::string last;
};

struct graph_stats {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::vector<std::pair<std::string, std::size_t>> kinds;  // by count, descending, then name
  std::vector<std::pair<std::string, std::size_t>> types;
  std::size_t self_loops = 0;
  std::size_t undirected_edges = 0;
  std::size_t countries = 0;  // distinct non-empty `country` values over all nodes
  degree_summary degree;
  dated_counts dated_edges;
};

[[nodiscard]] graph_stats compute_stats(const snapshot& graph);

}  // namespace chainex
