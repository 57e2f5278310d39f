// centrality.hpp — which nodes matter: the metrics, one entry point, and top-k.
//
// Every metric is defined as networkx 2.8 defines it, on the graph the direction mode picks:
//   out  = the snapshot's graph G (undirected edges count both ways),
//   in   = G.reverse(),
//   both = G as an undirected graph, u-v present when u→v or v→u is (networkx's to_undirected).
// Parallel edges merge into one with the smallest weight, as in a networkx (Di)Graph. Values come back
// per node index. The definitions (references, weights, normalisation, cost) are at the top of each
// metric's header: degree here, betweenness.hpp, closeness.hpp, pagerank.hpp, eigenvector.hpp.
//
// degree: networkx degree_centrality / out_degree_centrality on the picked graph: degree / (n − 1)
// (so `in` gives in_degree_centrality of G; an undirected self-loop counts 2; n ≤ 1 gives 1).
// Weights ignored. Read straight from the snapshot's rows, nodes spread over threads. Time: O(|E| log d).
//
//   std::vector<double> v = compute_centrality(snap, {.kind = metric::pagerank, .mode = direction::out});
//   for (auto [node, value] : top_k(snap, v, 20, snap.find_kind("enterprise"))) ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chainex/name_table.hpp"
#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

enum class metric : std::uint8_t { degree, betweenness, closeness, harmonic, pagerank, eigenvector };
inline constexpr metric all_metrics[] = {metric::degree,   metric::betweenness, metric::closeness,
                                         metric::harmonic, metric::pagerank,    metric::eigenvector};
inline constexpr std::array metric_names{
    named{metric::degree, "degree"},       named{metric::betweenness, "betweenness"},
    named{metric::closeness, "closeness"}, named{metric::harmonic, "harmonic"},
    named{metric::pagerank, "pagerank"},   named{metric::eigenvector, "eigenvector"}};
[[nodiscard]] constexpr std::string_view to_string(metric m) noexcept { return name_in(metric_names, m); }
[[nodiscard]] constexpr std::optional<metric> parse_metric(std::string_view text) noexcept {
  return value_in(metric_names, text);
}

struct centrality_options {
  metric kind = metric::degree;
  direction mode = direction::out;
  // betweenness: exact unless `approximate`; then (epsilon, delta) and the sampling seed apply.
  bool approximate = false;
  double epsilon = 0.01;
  double delta = 0.1;
  std::uint64_t seed = 1;
  // pagerank and eigenvector: power iteration.
  double damping = 0.85;
  double tolerance = 1e-6;
  std::size_t max_iterations = 100;
  unsigned threads = 0;  // 0: all cores
  friend bool operator==(const centrality_options&, const centrality_options&) = default;
};

// Throws query_error: bad_parameter for options out of range; unanswerable when a power iteration does not
// converge within max_iterations (as networkx raises PowerIterationFailedConvergence) or PageRank meets a
// negative weight; cancelled or deadline_exceeded when `stop` says so (degree, linear, does not look).
[[nodiscard]] std::vector<double> compute_centrality(const snapshot& snap, const centrality_options& options,
                                                     const interrupt& stop = {});

[[nodiscard]] std::vector<double> degree_centrality(const snapshot& snap, direction mode, unsigned threads = 0);

struct ranked_node {
  node_index node = 0;
  double value = 0;
  friend bool operator==(const ranked_node&, const ranked_node&) = default;
};

// The k highest values (all when k = 0) among nodes of `kind` (all kinds when empty), by value
// descending, then by node index.
[[nodiscard]] std::vector<ranked_node> top_k(const snapshot& snap, std::span<const double> values, std::size_t k,
                                             std::optional<kind_code> kind = std::nullopt);

}  // namespace chainex
