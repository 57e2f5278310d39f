// pagerank.hpp — PageRank by power iteration, as networkx 2.8's pagerank (pure-Python reference version).
//
// L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking", 1999. Start at 1/n; each
// step x' = α·Wᵀx + α·(Σ x over dangling nodes)/n + (1 − α)/n, where W is the graph's edges weighted by
// `weight` divided by each node's total out-weight, and dangling nodes (out-weight 0) spread evenly.
// Stops when Σ|x' − x| < n·tolerance and returns x' (not renormalised, like networkx); after
// max_iterations without converging it throws query_error(unanswerable) with the iterations done. Weighted
// (networkx's default weight="weight"); a negative weight anywhere in the snapshot is refused with
// query_error(unanswerable) naming the edge (networkx would compute a meaningless vector). On `both` every undirected
// edge leads both ways. Rows are spread over threads. The interrupt is checked before every iteration;
// progress is iterations / max_iterations, then 1. Time: O(|E|) per iteration.
#pragma once

#include <cstddef>
#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

[[nodiscard]] std::vector<double> pagerank(const snapshot& snap, direction mode, double damping = 0.85,
                                           double tolerance = 1e-6, std::size_t max_iterations = 100,
                                           unsigned threads = 0, const interrupt& stop = {});

}  // namespace chainex
