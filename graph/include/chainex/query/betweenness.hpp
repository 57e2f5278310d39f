// betweenness.hpp — betweenness centrality, exact (Brandes) and sampled (KADABRA).
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
// Approximate: M. Borassi and E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random
// Approximation", ESA 2016 (J. Exp. Algorithmics 24, 2019); NetworKit's KadabraBetweenness is the same
// design. Each sample is a uniformly random ordered pair (s, t) and one of its shortest paths drawn
// uniformly by a balanced bidirectional BFS; a node's estimate is the share of samples with the node
// inside the path, times n/(n − 2) for networkx's normalisation.
// Guarantee: with probability ≥ 1 − δ, every value is within ε of the exact normalised betweenness
// above (absolute error, all nodes at once). δ is split in two halves. (1) Sampling stops at the
// latest after ω = ⌈(0.5/ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(2/δ))⌉ samples, ε' = ε(n − 2)/n, which suffices
// by Riondato and Kornaropoulos' VC-dimension bound (WSDM 2014); VD bounds the vertex diameter: for an
// undirected graph 2 · (BFS depth from one node) + 1 per component, for a directed one the largest
// weakly connected component's size. (2) A pilot of ω/100 samples, then discarded, spreads δ/2 over
// the nodes (δ_v larger where the pilot saw more betweenness); after every round of ω/100 samples the
// run stops early once KADABRA's bounds f(b̃, δ_v, ω, τ) and g(b̃, δ_v, ω, τ) on the error below and
// above are under ε' for every node (the paper shows that, whatever the stopping time, b(v) falls
// outside [b̃ − f, b̃ + g] with probability at most δ_L(v) + δ_U(v), here 2δ_v). Far fewer than ω
// samples are needed when all betweenness values are small; the largest values set the count (on the
// generated graphs, where one role node has b ≈ 0.3, it stays near ω). The bound is on values: nodes
// closer than 2ε may swap ranks.
// Samples come in seeded chunks summed after each round, so a run is reproducible whatever the thread
// count. Time: O(samples · (part of the graph a bidirectional BFS touches)).
//
// Both check the interrupt (interrupt.hpp) before every source or every chunk of 16 samples, and report
// progress: sources done / n, or samples drawn / ω (the run may stop before ω).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

[[nodiscard]] std::vector<double> betweenness_centrality(const snapshot& snap, direction mode, unsigned threads = 0,
                                                         const interrupt& stop = {});

struct betweenness_estimate {
  std::vector<double> values;
  std::size_t samples = 0;     // drawn, pilot included
  std::size_t sample_cap = 0;  // ω
  std::size_t vertex_diameter_bound = 0;
};

[[nodiscard]] betweenness_estimate approximate_betweenness(const snapshot& snap, direction mode, double epsilon,
                                                           double delta, std::uint64_t seed = 1, unsigned threads = 0,
                                                           const interrupt& stop = {});

}  // namespace chainex
