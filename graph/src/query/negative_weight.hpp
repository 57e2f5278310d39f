// negative_weight.hpp — the error a weighted algorithm gives when an edge's weight is negative.
//
// PageRank and Dijkstra are defined for non-negative weights only; meeting a negative one is a property of
// the data, not a bug, so it is a query_error(unanswerable) naming the edge (index, ends, type, weight).
#pragma once

#include <string>
#include <string_view>

#include "chainex/query_error.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::detail {

[[nodiscard]] inline query_error negative_weight_error(const snapshot& snap, edge_index e, std::string_view needs) {
  const std::string source(snap.id(snap.source(e)));
  const std::string target(snap.id(snap.target(e)));
  const std::string weight = std::to_string(snap.weight(e));
  return {failure_code::unanswerable,
          std::string(needs) + " needs non-negative weights: edge " + std::to_string(e) + " (" + source + " -> " +
              target + ", " + std::string(snap.type_name(e)) + ") has weight " + weight,
          {{"edge", std::to_string(e)}, {"source", source}, {"target", target}, {"weight", weight}}};
}

}  // namespace chainex::detail
