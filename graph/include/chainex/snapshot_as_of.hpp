// snapshot_as_of.hpp — the graph as it stood on a day: a snapshot of only the nodes and edges present then.
//
// Whole-graph queries as of a day (stats, centrality, components, position, export) run on it. It is
// built in O(V+E) (node indices change: look nodes up by id) and kept, with an analysis cache of its own,
// in a small process-wide cache per (snapshot version, day): its own, because an analysis cache keeps only
// the newest snapshot version it has seen, and the served graph's results must not make way for it. An
// undated snapshot, or one where everything is present that day, is not copied. Path and neighbourhood
// queries do not need it: they filter as they walk (query/traversal.hpp).
//
//   const dated_snapshot then = snapshot_as_of(graph, *day_of("2019-06-30"));
//   const snapshot& g = then.graph ? *then.graph : graph;
#pragma once

#include <memory>
#include <vector>

#include "chainex/dates.hpp"
#include "chainex/query/analysis_cache.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct dated_snapshot {
  std::shared_ptr<const snapshot> graph;  // null: the graph asked about is the graph as of that day
  std::shared_ptr<analysis_cache> analyses;
};

// `graph` as of `day`.
[[nodiscard]] dated_snapshot snapshot_as_of(const snapshot& graph, day_number day);

// `graph` as of `day`, built now and kept by no cache (for a part of a graph, asked about many days);
// null when that is `graph` itself.
[[nodiscard]] std::shared_ptr<const snapshot> copy_as_of(const snapshot& graph, day_number day);

// The subgraph induced by `nodes` (node indices of `graph`, each once), every item with its dates.
[[nodiscard]] std::shared_ptr<const snapshot> induced_subgraph(const snapshot& graph,
                                                               const std::vector<node_index>& nodes);

}  // namespace chainex
