// PageRank by pull-style power iteration over in-edges (see query/pagerank.hpp).
#include "chainex/query/pagerank.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "negative_weight.hpp"
#include "no_convergence.hpp"
#include "parallel.hpp"
#include "simple_graph.hpp"

namespace chainex {

std::vector<double> pagerank(const snapshot& snap, direction mode, double damping, double tolerance,
                             std::size_t max_iterations, unsigned threads, const interrupt& stop) {
  if (!(damping >= 0 && damping <= 1))
    throw query_error(failure_code::bad_parameter, "pagerank: damping must be in [0, 1]");
  if (!(tolerance > 0)) throw query_error(failure_code::bad_parameter, "pagerank: tolerance must be positive");
  for (edge_index e = 0; e < snap.edge_count(); ++e)
    if (!(snap.weight(e) >= 0)) throw detail::negative_weight_error(snap, e, "pagerank");
  const detail::simple_graph g(snap, mode, stop);
  const std::size_t n = g.node_count();
  if (n == 0) return {};
  std::vector<double> out_weight(n, 0.0);
  for (node_index u = 0; u < n; ++u) {
    for (double w : g.out().weights_of(u)) out_weight[u] += w;
  }
  // share[i]: the part of its rank the in-neighbour of entry i passes along that edge, times damping.
  const detail::csr_rows& in = g.in();
  std::vector<double> share(in.neighbors.size());
  for (node_index v = 0; v < n; ++v) {
    for (std::size_t i = in.offsets[v]; i < in.offsets[v + 1]; ++i) {
      const double total = out_weight[in.neighbors[i]];
      share[i] = total > 0 ? damping * in.weights[i] / total : 0.0;
    }
  }
  std::vector<node_index> dangling;
  for (node_index u = 0; u < n; ++u) {
    if (out_weight[u] == 0.0) dangling.push_back(u);
  }
  const double count = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / count);
  std::vector<double> next(n);
  for (std::size_t iteration = 0; iteration < max_iterations; ++iteration) {
    stop.check();
    stop.progress(static_cast<double>(iteration) / static_cast<double>(max_iterations));
    double dangling_sum = 0;
    for (node_index u : dangling) dangling_sum += x[u];
    const double base = damping * dangling_sum / count + (1.0 - damping) / count;
    detail::for_each_slice(n, threads, [&](std::size_t begin, std::size_t end) {
      for (std::size_t v = begin; v < end; ++v) {
        double sum = 0;
        for (std::size_t i = in.offsets[v]; i < in.offsets[v + 1]; ++i) sum += share[i] * x[in.neighbors[i]];
        next[v] = sum + base;
      }
    });
    double error = 0;
    for (std::size_t v = 0; v < n; ++v) error += std::abs(next[v] - x[v]);
    x.swap(next);
    if (error < count * tolerance) {
      stop.progress(1.0);
      return x;
    }
  }
  throw detail::no_convergence_error("pagerank", max_iterations, tolerance);
}

}  // namespace chainex
