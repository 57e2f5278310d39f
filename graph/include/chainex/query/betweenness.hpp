// betweenness.hpp — betweenness centrality, exact (Brandes) and sampled (Riondato–Kornaropoulos).
//
// What: for each node v, the sum over ordered pairs s ≠ v ≠ t of σ_st(v) / σ_st, the share of shortest
// s–t paths through v; normalised as networkx's betweenness_centrality(normalized=True): divided by
// (n − 1)(n − 2) for directed and undirected graphs alike (for an undirected graph every pair counts
// twice, which makes it 2/((n−1)(n−2)) per unordered pair); n ≤ 2 gives zeros. Unweighted (hops), as
// networkx's default weight=None. The graph is the one the direction mode picks (centrality.hpp).
//
// Exact: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001. One
// BFS per source, dependencies accumulated backwards over the BFS order; sources taken by threads one at
// a time from a shared counter, each thread with its own scratch and score arrays (reset only where a
// source reached), summed at the end. Runs on a compact copy renumbered in BFS order; on an undirected
// graph leaves are folded into their neighbour (exact, see betweenness.cpp), which spares a search per
// leaf. Checked against networkx and Boost's brandes_betweenness_centrality.
// Time: O(|V||E|), memory O(|V|) per thread.
//
// Approximate: M. Riondato and E. Kornaropoulos, "Fast approximation of betweenness centrality through
// sampling", WSDM 2014. Samples r = ⌈(c/ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ node pairs (c = 0.5,
// ε' = ε(n − 2)/n), draws one shortest path of each pair uniformly (bidirectional BFS counting paths from
// both ends), and credits its inner nodes. VD bounds the vertex diameter: for undirected graphs the
// longest two BFS branches from one node per component (+1), for directed ones the largest weakly
// connected component's size. Guarantee: with probability ≥ 1 − δ, every value is within ε of the exact
// normalised betweenness above. Samples are split into 64 fixed chunks with seeds derived from `seed`,
// so a run is reproducible whatever the thread count. Time: O(r · (part of the graph a pair touches)).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

[[nodiscard]] std::vector<double> betweenness_centrality(const snapshot& snap, direction mode, unsigned threads = 0);

struct betweenness_estimate {
  std::vector<double> values;
  std::size_t samples = 0;
  std::size_t vertex_diameter_bound = 0;
};

[[nodiscard]] betweenness_estimate approximate_betweenness(const snapshot& snap, direction mode, double epsilon,
                                                           double delta, std::uint64_t seed = 1,
                                                           unsigned threads = 0);

}  // namespace chainex
