// The dispatcher and top-k (see query/centrality.hpp); degree centrality is in degree.cpp.
#include "chainex/query/centrality.hpp"

#include <algorithm>
#include <stdexcept>

#include "chainex/query/betweenness.hpp"
#include "chainex/query/closeness.hpp"
#include "chainex/query/eigenvector.hpp"
#include "chainex/query/pagerank.hpp"

namespace chainex {

std::vector<double> compute_centrality(const snapshot& snap, const centrality_options& o, const interrupt& stop) {
  switch (o.kind) {
    case metric::degree:
      return degree_centrality(snap, o.mode, o.threads);
    case metric::betweenness:
      return o.approximate ? approximate_betweenness(snap, o.mode, o.epsilon, o.delta, o.seed, o.threads, stop).values
                           : betweenness_centrality(snap, o.mode, o.threads, stop);
    case metric::closeness:
      return closeness_centrality(snap, o.mode, o.threads, stop);
    case metric::harmonic:
      return harmonic_centrality(snap, o.mode, o.threads, stop);
    case metric::pagerank:
      return pagerank(snap, o.mode, o.damping, o.tolerance, o.max_iterations, o.threads, stop);
    case metric::eigenvector:
      return eigenvector_centrality(snap, o.mode, o.tolerance, o.max_iterations, stop);
  }
  throw std::invalid_argument("unknown metric");
}

std::vector<ranked_node> top_k(const snapshot& snap, std::span<const double> values, std::size_t k,
                               std::optional<kind_code> kind) {
  auto order = [](const ranked_node& a, const ranked_node& b) {
    return a.value != b.value ? a.value > b.value : a.node < b.node;
  };
  const auto wanted = [&](node_index v) { return !kind || snap.kind(v) == *kind; };
  std::vector<ranked_node> ranked;
  if (k == 0) {
    for (node_index v = 0; v < values.size(); ++v)
      if (wanted(v)) ranked.push_back({v, values[v]});
    std::sort(ranked.begin(), ranked.end(), order);
    return ranked;
  }
  // A heap of the best k so far, its worst on top: one pass, k entries of memory (a ranking's top 10 of 2M
  // nodes reads the values once and allocates nothing large).
  ranked.reserve(k);
  for (node_index v = 0; v < values.size(); ++v) {
    if (!wanted(v)) continue;
    const ranked_node candidate{v, values[v]};
    if (ranked.size() < k) {
      ranked.push_back(candidate);
      std::push_heap(ranked.begin(), ranked.end(), order);
    } else if (order(candidate, ranked.front())) {
      std::pop_heap(ranked.begin(), ranked.end(), order);
      ranked.back() = candidate;
      std::push_heap(ranked.begin(), ranked.end(), order);
    }
  }
  std::sort_heap(ranked.begin(), ranked.end(), order);
  return ranked;
}

}  // namespace chainex
