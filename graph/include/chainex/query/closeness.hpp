// closeness.hpp — closeness and harmonic centrality.
//
// Closeness (networkx closeness_centrality, wf_improved=True; Wasserman and Faust, "Social Network
// Analysis", 1994, p. 201): for node u with r nodes able to reach it (u included) at total distance D,
// ((r − 1) / D) · ((r − 1) / (n − 1)); 0 when D = 0 or n ≤ 1. The second factor is Wasserman and Faust's
// correction that lets graphs in several pieces be compared.
// Harmonic (networkx harmonic_centrality; Boldi and Vigna, "Axioms for centrality", 2014): the sum of
// 1/d(v, u) over nodes v ≠ u that reach u.
// Both use distances *to* u, as networkx does on a directed graph (so `out` on G measures how near
// others are to u along the edges' direction, `in` how near u is to others). Unweighted (hops).
// Sources are shared among threads. The interrupt is checked before every source; progress is the share
// of sources done. Time: O(|V||E|).
#pragma once

#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

[[nodiscard]] std::vector<double> closeness_centrality(const snapshot& snap, direction mode, unsigned threads = 0,
                                                       const interrupt& stop = {});
[[nodiscard]] std::vector<double> harmonic_centrality(const snapshot& snap, direction mode, unsigned threads = 0,
                                                      const interrupt& stop = {});

}  // namespace chainex
