// eigenvector.hpp — eigenvector centrality by power iteration, as networkx 2.8's eigenvector_centrality.
//
// P. Bonacich, "Power and centrality: a family of measures", American J. Sociology 92(5), 1987. Start
// at 1/n; each step x' = (Aᵀ + I)x normalised to unit Euclidean length, where Aᵀx sums over a node's
// in-neighbours (for a directed graph this is the left eigenvector: a node matters when important nodes
// point to it); stops when Σ|x' − x| < n·tolerance, throws query_error(unanswerable) after
// max_iterations. Unweighted (networkx's default weight=None): negative weights do not matter to it. The
// interrupt is checked before every iteration; progress is iterations / max_iterations, then 1.
// Time: O(|E|) per iteration.
#pragma once

#include <cstddef>
#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

[[nodiscard]] std::vector<double> eigenvector_centrality(const snapshot& snap, direction mode, double tolerance = 1e-6,
                                                         std::size_t max_iterations = 100, const interrupt& stop = {});

}  // namespace chainex
