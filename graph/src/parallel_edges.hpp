// parallel_edges.hpp — finds edges that repeat another edge's source, target and type.
//
// Parallel edges are allowed (two citations for one supply relation, say) but usually a mistake in an
// export, so the import reports them as warnings: one per repeated (source, type, target) triple.
#pragma once

#include <string>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

struct parallel_edges {
  std::size_t count = 0;           // repeated triples
  std::vector<diagnostic> listed;  // the first `max_listed` of them
};

[[nodiscard]] parallel_edges find_parallel_edges(const snapshot& graph, const std::string& file,
                                                 std::size_t max_listed);

}  // namespace chainex
